import { describe, expect, it } from "vitest";

import { parseBackupLabel, parseLsn, walFileName, walSegmentsForBackup } from "@/backup/wal-segments";

const MB16 = 16 * 1024 * 1024;

// A label as PostgreSQL 18 writes it.
const label = `START WAL LOCATION: 0/2000028 (file 000000010000000000000002)
CHECKPOINT LOCATION: 0/2000080
BACKUP METHOD: streamed
BACKUP FROM: primary
START TIME: 2026-12-08 00:00:00 CET
LABEL: aanwezig
START TIMELINE: 1
`;

describe("WAL segments of a base backup", () => {
  it("reads positions and names files like PostgreSQL", () => {
    expect(parseLsn("16/B374D848")).toBe(0x16b374d848n);
    expect(walFileName(1, 0x16b3n, MB16)).toBe("0000000100000016000000B3");
    expect(walFileName(3, 0x100n, 64 * 1024 * 1024)).toBe("000000030000000400000000");
    expect(() => parseLsn("0/XYZ")).toThrow(/geen WAL-positie/);
  });

  it("takes every segment from the start to the one holding the last byte before the stop", () => {
    const parsed = parseBackupLabel(label);
    expect(parsed).toEqual({ startLsn: 0x2000028n, timeline: 1, startWalFile: "000000010000000000000002" });
    expect(walSegmentsForBackup(parsed, 0x2000100n, MB16)).toEqual(["000000010000000000000002"]);
    // A stop exactly on a boundary: the next segment holds nothing of the backup.
    expect(walSegmentsForBackup(parsed, 0x3000000n, MB16)).toEqual(["000000010000000000000002"]);
    expect(walSegmentsForBackup(parsed, 0x4000001n, MB16)).toEqual([
      "000000010000000000000002", "000000010000000000000003", "000000010000000000000004",
    ]);
  });

  it("refuses a label without a start, and a stop before the start", () => {
    expect(() => parseBackupLabel("LABEL: x\n")).toThrow(/START WAL LOCATION/);
    expect(() => walSegmentsForBackup(parseBackupLabel(label), 0x1000000n, MB16)).toThrow(/vóór de startpositie/);
  });
});
