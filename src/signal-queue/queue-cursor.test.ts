import { describe, expect, it } from "vitest";
import { comparePupilKeys, decodeQueueCursor, encodeQueueCursor, type TPupilQueueKey } from "./queue-cursor";

const key = (rank: 0 | 1 | 2, date: string, name: string, id = name): TPupilQueueKey => ({ rank, date, name, id });

describe("the queue's pupil order and cursor", () => {
  it("puts overdue first by due date, then mandatory by due date, then warnings newest first, then by name", () => {
    const keys = [key(2, "2026-11-20", "Bram"), key(1, "2026-11-30", "Anna"), key(2, "2026-11-22", "Cas"), key(0, "2026-11-10", "Dirk"), key(1, "2026-11-25", "Eva"), key(2, "2026-11-20", "Älva")];
    expect(keys.sort(comparePupilKeys).map((k) => k.name)).toEqual(["Dirk", "Eva", "Anna", "Cas", "Älva", "Bram"]);
  });

  it("reads back what it wrote and ignores anything else", () => {
    const k = key(1, "2026-11-25", "Zoë de Vries", "019a0000-0000-7000-8000-000000000001");
    expect(decodeQueueCursor(encodeQueueCursor(k))).toEqual(k);
    for (const junk of [undefined, "", "nonsense", Buffer.from('[3,"x","y","z"]').toString("base64url"), Buffer.from("{}").toString("base64url")]) {
      expect(decodeQueueCursor(junk)).toBeNull();
    }
  });
});
