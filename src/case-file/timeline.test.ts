import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";
import type { TCaseSignal } from "./server/list-case-signals";
import type { TCaseEntryRecord, TLetterRecord } from "./server/list-case-records";

const signal = { id: "s1", kind: "RELATIVE_16H", reachedOn: "2026-11-18" } as TCaseSignal;
const entry = (id: string, occurredOn: string, createdAt: string) => ({ id, kind: "NOTE", occurredOn, createdAt: new Date(createdAt) }) as TCaseEntryRecord;
const letter = { id: "l1", createdAt: new Date("2026-11-18T23:30:00Z") } as TLetterRecord; // 19 November in Amsterdam

describe("buildTimeline", () => {
  it("puts the newest first, by the school's local day, and on one day the latest recorded first", () => {
    const items = buildTimeline({
      signals: [signal],
      entries: [entry("e1", "2026-11-19", "2026-11-19T08:00:00Z"), entry("e2", "2026-11-19", "2026-11-19T09:00:00Z"), entry("e3", "2026-11-02", "2026-11-20T09:00:00Z")],
      letters: [letter],
      duoReports: [],
      localDate: (d) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(d),
    });
    expect(items.map((i) => `${i.type}:${i.date}`)).toEqual([
      "entry:2026-11-19", "entry:2026-11-19", "letter:2026-11-19", "signal:2026-11-18", "entry:2026-11-02",
    ]);
    expect(items[0]!.type === "entry" && items[0]!.entry.id).toBe("e2");
  });
});
