import { z } from "zod";

// The backup archive (decision 170): a gzip'ed ustar file whose first entry is the manifest,
// then the data folder under data/ (with backup_label and the WAL it needs), and last a list
// of the SHA-256 of every entry. A restore reads the whole archive against that list before it
// touches anything, so a damaged or cut-off file is refused with the old data still in place.

export const MANIFEST_ENTRY = "aanwezig-backup.json";
export const CHECKSUMS_ENTRY = "checksums.json";
export const DATA_PREFIX = "data/";
export const BACKUP_FORMAT = "aanwezig-backup";

export const ZBackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  label: z.string(),
  postgres: z.object({ version: z.string(), major: z.number().int() }),
  /** Of the app's database at the start of the backup; null before the first migration. */
  migrations: z.object({ count: z.number().int(), last: z.string().nullable() }),
});
export type TBackupManifest = z.infer<typeof ZBackupManifestSchema>;

export const ZBackupChecksumsSchema = z.object({
  algorithm: z.literal("sha256"),
  /** Every entry before this one, by name, in archive order. */
  entries: z.array(z.object({ name: z.string(), size: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type TBackupChecksums = z.infer<typeof ZBackupChecksumsSchema>;

/** The file name of a backup made at `at`: aanwezig-2026-12-08T01-30-00.tar.gz (sorts by time). */
export function backupFileName(at: Date, extension: "tar.gz" | "dump"): string {
  return `aanwezig-${at.toISOString().slice(0, 19).replaceAll(":", "-")}.${extension}`;
}
