import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { queueHref } from "@/signal-queue/queue-href";
import { ZQueueFiltersSchema } from "@/signal-queue/schemas";
import { listSignalQueue } from "@/signal-queue/server/list-signal-queue";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// One line per pupil, mandatory reports first; paging over pupils with a keyset cursor that keeps the filters.
const TODAY = "2026-11-23";
let db: TestDatabase;
let school: SchoolWithLesson;
let coordinator: Actor;
const day = (d: string) => new Date(`${d}T00:00:00Z`);

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 8 });
  coordinator = (await loadActor({ userId: school.users.coordinator.id, schoolId: school.schoolId }))!;
  const [late, ...others] = school.pupilIds;
  const base = { schoolId: school.schoolId, evaluatedAt: new Date(), startDate: day("2026-09-01") };
  await prisma.signal.createMany({
    data: [
      // Five late-arrival levels and one mandatory report for one pupil.
      ...[1, 2, 3, 4, 5].map((level) => ({ ...base, pupilId: late!, kind: "LATE_ARRIVALS", mandatory: false, level, identity: `LATE_ARRIVALS:2026-08-01:${level}`, reachedOn: day(`2026-11-0${level}`) })),
      { ...base, pupilId: late!, kind: "RELATIVE_16H", mandatory: true, identity: "RELATIVE_16H:x:0", reachedOn: day("2026-11-18"), dueBy: day("2026-11-25"), hours: 17 },
      // Seven pupils with one warning each, reached on different days.
      ...others.map((pupilId, i) => ({ ...base, pupilId, kind: "UNEXCUSED_LETTER", mandatory: false, identity: `UNEXCUSED_LETTER:${i}`, reachedOn: day(`2026-11-1${i}`) })),
    ],
  });
});
afterAll(() => db.drop());

const page = (filters: Record<string, string> = {}, pageSize = 3) => listSignalQueue({ actor: coordinator, filters: ZQueueFiltersSchema.parse(filters), today: TODAY, pageSize });

describe("the grouped, paged signal queue", () => {
  it("shows a pupil with five late-arrival levels and a mandatory report as one line, the report first", async () => {
    const first = await page();
    expect(first.totalPupils).toBe(8);
    expect(first.totalSignals).toBe(13);
    const line = first.pupils[0]!;
    expect(line.pupil.id).toBe(school.pupilIds[0]);
    expect(line.signals.map((s) => `${s.kind}${s.level ? `:${s.level}` : ""}`)).toEqual([
      "RELATIVE_16H", "LATE_ARRIVALS:5", "LATE_ARRIVALS:4", "LATE_ARRIVALS:3", "LATE_ARRIVALS:2", "LATE_ARRIVALS:1",
    ]);
    // Each signal keeps its own id, so its actions stay reachable from the line.
    expect(new Set(line.signals.map((s) => s.id)).size).toBe(6);
  });

  it("pages through every pupil once, in order, and the cursor survives a pupil leaving the list", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null) {
      const result = await page(cursor ? { na: cursor } : {});
      seen.push(...result.pupils.map((l) => l.pupil.id));
      expect(result.from).toBe(pages * 3 + 1);
      expect(result.previous).toEqual(pages === 0 ? null : expect.any(String));
      cursor = result.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    // Warnings only: the newest first.
    const reached = await prisma.signal.findMany({ where: { pupilId: { in: seen.slice(1) } }, select: { pupilId: true, reachedOn: true } });
    const when = new Map(reached.map((r) => [r.pupilId, r.reachedOn.getTime()]));
    expect(seen.slice(1).map((id) => when.get(id)!)).toEqual([...seen.slice(1).map((id) => when.get(id)!)].sort((a, b) => b - a));

    // Someone on page 1 is dealt with meanwhile: the next page still starts right after what was shown.
    const first = await page();
    await prisma.signal.updateMany({ where: { pupilId: first.pupils[1]!.pupil.id }, data: { state: "CLOSED" } });
    const second = await page({ na: first.next! });
    expect(second.pupils[0]!.pupil.id).toBe(seen[3]);
  });

  it("keeps the filters on the next page's link, and a forged cursor starts at the top", async () => {
    const filtered = await page({ soort: "UNEXCUSED_LETTER" }, 2);
    const open = await prisma.signal.groupBy({ by: ["pupilId"], where: { schoolId: school.schoolId, kind: "UNEXCUSED_LETTER", state: "NEW" } });
    expect(filtered.totalPupils).toBe(open.length);
    expect(filtered.pupils).toHaveLength(2);
    const href = queueHref(ZQueueFiltersSchema.parse({ soort: "UNEXCUSED_LETTER", termijn: "alle" }), filtered.next);
    expect(href).toMatch(/^\/verzuim\/signalen\?soort=UNEXCUSED_LETTER&na=/);
    const next = await page(Object.fromEntries(new URL(href, "http://x").searchParams), 2);
    expect(next.pupils.every((l) => l.signals.every((s) => s.kind === "UNEXCUSED_LETTER"))).toBe(true);
    expect(next.from).toBe(3);
    expect((await page({ na: "bm9uc2Vuc2U" })).from).toBe(1);
  });
});
