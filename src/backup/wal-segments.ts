// Which WAL segment files a base backup needs, from the backup_label that pg_backup_stop() returns
// and the stop position: what pg_basebackup -X fetch copies into the backup's pg_wal (decision 170).

export class WalRangeError extends Error {
  override name = "WalRangeError";
}

/** "16/B374D848" → 0x16B374D848. */
export function parseLsn(lsn: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn.trim());
  if (!match) throw new WalRangeError(`geen WAL-positie: ${lsn}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** The file name of segment `segment` on `timeline`, as in pg_wal (XLogFileName). */
export function walFileName(timeline: number, segment: bigint, segmentSize: number): string {
  const perId = 0x1_0000_0000n / BigInt(segmentSize);
  const hex = (value: bigint | number) => value.toString(16).toUpperCase().padStart(8, "0");
  return `${hex(timeline)}${hex(segment / perId)}${hex(segment % perId)}`;
}

export type BackupLabel = { startLsn: bigint; timeline: number; startWalFile: string };

/** The start position and timeline from a backup_label's text. */
export function parseBackupLabel(labelFile: string): BackupLabel {
  const start = /^START WAL LOCATION: ([0-9A-F/]+) \(file ([0-9A-F]{24})\)$/im.exec(labelFile);
  const timeline = /^START TIMELINE: (\d+)$/im.exec(labelFile);
  if (!start || !timeline) throw new WalRangeError("backup_label zonder START WAL LOCATION of START TIMELINE");
  return { startLsn: parseLsn(start[1]!), timeline: Number(timeline[1]), startWalFile: start[2]! };
}

/**
 * The segment files from the one holding the backup's start to the one holding the last byte
 * before `stopLsn` (pg_backup_stop() returns the end of its backup-end record; when that end
 * falls exactly on a segment boundary, the next segment holds nothing of the backup).
 * Example (16 MB segments): start 0/2000028 and stop 0/3000000 need segment 2 only; a stop at
 * 0/3000001 needs segments 2 and 3.
 */
export function walSegmentsForBackup(label: BackupLabel, stopLsn: bigint, segmentSize: number): string[] {
  const size = BigInt(segmentSize);
  const first = label.startLsn / size;
  const last = (stopLsn - 1n) / size;
  if (last < first) throw new WalRangeError("de WAL-stoppositie ligt vóór de startpositie");
  const names: string[] = [];
  for (let segment = first; segment <= last; segment++) names.push(walFileName(label.timeline, segment, segmentSize));
  if (names[0] !== label.startWalFile) throw new WalRangeError(`startbestand ${names[0]} wijkt af van backup_label (${label.startWalFile})`);
  return names;
}
