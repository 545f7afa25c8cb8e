import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { createGunzip } from "node:zlib";

import {
  CHECKSUMS_ENTRY, DATA_PREFIX, MANIFEST_ENTRY, ZBackupChecksumsSchema, ZBackupManifestSchema, type TBackupManifest,
} from "@/backup/archive-format";
import { BackupRefusal } from "@/backup/backup-refusal";
import { readTar, TarFormatError, type TarEntry } from "@/backup/tar";

// Reads a backup archive from start to end and checks every entry against the checksum list at
// its end; optionally writes the data folder out at the same time. A restore reads twice: once
// only to check (nothing touched yet), then to unpack into a new folder (checked again).

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export type ReadBackupResult = { manifest: TBackupManifest; entries: number; dataBytes: number };

async function collect(entry: TarEntry, limit: number): Promise<Buffer> {
  if (entry.size > limit) throw new BackupRefusal(`${entry.name} is te groot (${entry.size} bytes)`);
  const parts: Buffer[] = [];
  for await (const chunk of entry.body) parts.push(chunk);
  return Buffer.concat(parts);
}

/** `name` inside the data folder, or a refusal for anything that would land outside it. */
function dataPath(name: string, target: string): string {
  const relative = name.slice(DATA_PREFIX.length);
  if (relative === "") return target;
  const normalised = path.posix.normalize(relative);
  if (normalised !== relative || normalised.startsWith("../") || path.posix.isAbsolute(normalised)) {
    throw new BackupRefusal(`ongeldige naam in de back-up: ${name}`);
  }
  return path.join(target, ...normalised.split("/"));
}

async function writeEntry(entry: TarEntry, destination: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const output = createWriteStream(destination, { mode: 0o600, flags: "wx" });
  for await (const chunk of entry.body) {
    hash.update(chunk);
    if (!output.write(chunk)) await once(output, "drain");
  }
  output.end();
  await once(output, "close");
}

/**
 * Checks the whole archive (and, with `extractTo`, writes its data folder there; the folder must
 * not exist yet). Refuses with a precise message a missing file, a file that is not an Aanwezig
 * backup, and a damaged or cut-off one.
 */
export async function readBackup(file: string, { extractTo }: { extractTo?: string } = {}): Promise<ReadBackupResult> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new BackupRefusal(
      error.code === "ENOENT" ? `${file} bestaat niet` : error.code === "EISDIR" ? `${file} is een map, geen back-upbestand` : `${file} is niet te lezen: ${error.code ?? error.message}`,
    );
  });
  const { bytesRead, buffer: magic } = await handle.read({ buffer: Buffer.alloc(2), position: 0 });
  await handle.close();
  if (bytesRead < 2 || !magic.equals(GZIP_MAGIC)) throw new BackupRefusal(`${file} is geen back-up van Aanwezig (geen gzip-bestand)`);

  const source = createReadStream(file).pipe(createGunzip());
  let manifest: TBackupManifest | undefined;
  const seen: { name: string; size: number; sha256: string }[] = [];
  let dataBytes = 0;
  let checked = false;
  try {
    for await (const entry of readTar(source)) {
      if (checked) throw new BackupRefusal(`${file} is beschadigd: er staat iets na de controlelijst`);
      if (!manifest) {
        const bytes = entry.name === MANIFEST_ENTRY ? await collect(entry, 1 << 16) : undefined;
        const parsed = bytes ? ZBackupManifestSchema.safeParse(JSON.parse(bytes.toString("utf8") || "null")) : undefined;
        if (!bytes || !parsed?.success) throw new BackupRefusal(`${file} is geen back-up van Aanwezig (het eerste item is geen geldige ${MANIFEST_ENTRY})`);
        manifest = parsed.data;
        seen.push({ name: entry.name, size: entry.size, sha256: createHash("sha256").update(bytes).digest("hex") });
        continue;
      }
      if (entry.name === CHECKSUMS_ENTRY) {
        const list = ZBackupChecksumsSchema.safeParse(JSON.parse((await collect(entry, 64 << 20)).toString("utf8")));
        if (!list.success) throw new BackupRefusal(`${file} is beschadigd: de controlelijst is onleesbaar`);
        const expected = list.data.entries;
        const mismatch = expected.length !== seen.length ? "het aantal bestanden" : expected.find((item, index) => JSON.stringify(item) !== JSON.stringify(seen[index]))?.name;
        if (mismatch) throw new BackupRefusal(`${file} is beschadigd: de controlesom klopt niet (${mismatch})`);
        checked = true;
        continue;
      }
      if (!entry.name.startsWith(DATA_PREFIX) && entry.name !== DATA_PREFIX.slice(0, -1)) throw new BackupRefusal(`onverwacht item in de back-up: ${entry.name}`);
      const destination = extractTo === undefined ? undefined : dataPath(`${entry.name}${entry.type === "directory" && !entry.name.endsWith("/") ? "/" : ""}`, extractTo);
      if (entry.type === "directory") {
        if (destination) await mkdir(destination, { mode: 0o700 });
        continue;
      }
      const hash = createHash("sha256");
      if (destination) await writeEntry(entry, destination, hash);
      else for await (const chunk of entry.body) hash.update(chunk);
      seen.push({ name: entry.name, size: entry.size, sha256: hash.digest("hex") });
      dataBytes += entry.size;
    }
  } catch (error) {
    source.destroy();
    if (error instanceof BackupRefusal) throw error;
    if (error instanceof TarFormatError || error instanceof SyntaxError || (error as NodeJS.ErrnoException).code?.startsWith("Z_")) {
      throw new BackupRefusal(`${file} is beschadigd: ${(error as Error).message}`);
    }
    throw error;
  }
  if (!manifest) throw new BackupRefusal(`${file} is geen back-up van Aanwezig (leeg archief)`);
  if (!checked) throw new BackupRefusal(`${file} is beschadigd of onvolledig: de controlelijst aan het eind ontbreekt`);
  return { manifest, entries: seen.length, dataBytes };
}
