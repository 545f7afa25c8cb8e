import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DemoSchoolData } from "@/demo/types";
import { ZSignalEvidenceSchema } from "@/signals/signal-evidence";
import { evaluatePupils } from "@/signals/server/evaluate-pupils";
import { evaluateSchool } from "@/signals/server/evaluate-school";

import { createGeneratedSchool } from "../factories/create-generated-school";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// The generated schools' "today" is 2026-11-23; noon in Amsterdam.
const now = new Date("2026-11-23T11:00:00.000Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

let db: TestDatabase;
let a: DemoSchoolData;
let b: DemoSchoolData;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  a = await createGeneratedSchool(db.url);
  b = await createGeneratedSchool(db.url, { pupils: 30 });
  // Statistics, as the demo seed and autovacuum leave them: without them the planner guesses one row per table.
  await db.prisma.$executeRawUnsafe("ANALYZE");
}, 120_000);
afterAll(() => db?.drop());

const signalsOf = (schoolId: string, pupilId?: string) =>
  db.prisma.signal.findMany({
    where: { schoolId, ...(pupilId ? { pupilId } : {}) },
    orderBy: { id: "asc" },
    select: {
      id: true, pupilId: true, identity: true, kind: true, startDate: true, endDate: true, reachedOn: true, dueBy: true, evidence: true,
      state: true, ownerId: true, withdrawnAt: true, withdrawnReason: true, updatedAt: true, evaluatedAt: true,
    },
  });
const lrvOf = async (pupilId: string) => (await signalsOf(a.school.id, pupilId)).find((s) => s.kind === "LONG_TERM_RELATIVE")!;

describe("evaluating a school", () => {
  it("stores an open LRV with its evidence for the pupil who stopped coming", async () => {
    const summary = await evaluateSchool({ schoolId: a.school.id, now });
    expect(summary).toMatchObject({ asOf: "2026-11-23", pupils: 60, withdrawn: 0 });
    expect(summary.created).toBe(summary.signals);

    const lrv = await lrvOf(a.story.stoppedPupilId);
    expect(lrv).toMatchObject({ endDate: null, state: "NEW", withdrawnAt: null });
    expect(lrv.dueBy).not.toBeNull();
    const evidence = ZSignalEvidenceSchema.parse(lrv.evidence);
    expect(evidence.lessonCount).toBeGreaterThan(20);
    expect(evidence.lessons.every((l) => l.status === "ABSENT_UNEXCUSED" || l.status === "ABSENT_UNKNOWN")).toBe(true);
    expect(evidence.lessons[0]!.date >= lrv.startDate.toISOString().slice(0, 10)).toBe(true);

    // The 16-hour reports before it: their evidence adds up to their hours.
    const reports = (await db.prisma.signal.findMany({
      where: { schoolId: a.school.id, pupilId: a.story.stoppedPupilId, kind: "RELATIVE_16H" }, select: { hours: true, evidence: true },
    }));
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(ZSignalEvidenceSchema.parse(report.evidence).hours).toBe(Number(report.hours));
  });

  it("is idempotent: the same rows, untouched, on a second evaluation", async () => {
    const before = await signalsOf(a.school.id);
    const summary = await evaluateSchool({ schoolId: a.school.id, now: later(5) });
    expect(summary).toMatchObject({ created: 0, updated: 0, withdrawn: 0, unchanged: before.length });
    const after = await signalsOf(a.school.id);
    expect(after.map((s) => [s.id, s.identity, s.updatedAt])).toEqual(before.map((s) => [s.id, s.identity, s.updatedAt]));
    expect(after.every((s) => s.evaluatedAt.getTime() === later(5).getTime())).toBe(true);
    expect(new Set(after.map((s) => `${s.pupilId}|${s.identity}`)).size).toBe(after.length);
  });

  it("keeps the coordinator's state and owner, and closes the LRV when the pupil comes back", async () => {
    const pupilId = a.story.stoppedPupilId;
    const lrv = await lrvOf(pupilId);
    const ownerId = a.users[0]!.id;
    await db.prisma.signal.update({ where: { schoolId_id: { schoolId: a.school.id, id: lrv.id } }, data: { state: "IN_PROGRESS", ownerId } });

    // The last two school days the pupil was there after all (a teacher's correction).
    const days = await db.prisma.registration.findMany({
      where: { schoolId: a.school.id, pupilId, status: { in: ["ABSENT_UNEXCUSED", "ABSENT_UNKNOWN"] } },
      distinct: ["date"], orderBy: { date: "desc" }, take: 2, select: { date: true },
    });
    await db.prisma.registration.updateMany({
      where: { schoolId: a.school.id, pupilId, date: { in: days.map((d) => d.date) } },
      data: { status: "PRESENT", reason: null },
    });
    await evaluatePupils({ schoolId: a.school.id, pupilIds: [pupilId], now: later(10) });

    const closed = await lrvOf(pupilId);
    expect(closed.id).toBe(lrv.id);
    expect(closed).toMatchObject({ state: "IN_PROGRESS", ownerId, withdrawnAt: null });
    expect(closed.endDate).not.toBeNull();
    expect(closed.endDate!.getTime()).toBeLessThan(days[1]!.date.getTime());
    expect(closed.updatedAt.getTime()).toBe(later(10).getTime());
  });

  it("withdraws, with the reason, a signal the corrected marks no longer support, and never deletes it", async () => {
    const pupilId = a.story.stoppedPupilId;
    const lrv = await lrvOf(pupilId);
    const rowsBefore = await db.prisma.signal.count({ where: { schoolId: a.school.id, pupilId } });
    await db.prisma.registration.updateMany({
      where: { schoolId: a.school.id, pupilId, status: { in: ["ABSENT_UNEXCUSED", "ABSENT_UNKNOWN"] }, date: { gte: lrv.startDate } },
      data: { status: "PRESENT", reason: null },
    });
    const summary = await evaluatePupils({ schoolId: a.school.id, pupilIds: [pupilId], now: later(15) });
    expect(summary.withdrawn).toBeGreaterThan(0);

    const withdrawn = await lrvOf(pupilId);
    expect(withdrawn).toMatchObject({ id: lrv.id, state: "IN_PROGRESS", ownerId: lrv.ownerId });
    expect(withdrawn.withdrawnAt?.getTime()).toBe(later(15).getTime());
    expect(withdrawn.withdrawnReason).toMatch(/^Niet meer onderbouwd door de registraties: \d+ van de \d+ lessen .*aanwezig/);
    expect(await db.prisma.signal.count({ where: { schoolId: a.school.id, pupilId } })).toBe(rowsBefore);

    // Marking the absences again brings the same signal back.
    await db.prisma.registration.updateMany({
      where: { schoolId: a.school.id, pupilId, status: "PRESENT", date: { gte: lrv.startDate } },
      data: { status: "ABSENT_UNEXCUSED" },
    });
    await evaluatePupils({ schoolId: a.school.id, pupilIds: [pupilId], now: later(20) });
    expect(await lrvOf(pupilId)).toMatchObject({ id: lrv.id, withdrawnAt: null, withdrawnReason: null, state: "IN_PROGRESS" });
  });
});

describe("tenant isolation", () => {
  it("never touches or creates another school's signals", async () => {
    await evaluateSchool({ schoolId: b.school.id, now });
    const before = await signalsOf(b.school.id);
    expect(before.length).toBeGreaterThan(0);

    await evaluateSchool({ schoolId: a.school.id, now: later(30) });
    // School B's pupils, asked for under school A, are not found there.
    const summary = await evaluatePupils({ schoolId: a.school.id, pupilIds: b.pupils.map((p) => p.id), now: later(35) });
    expect(summary.pupils).toBe(0);

    expect(await signalsOf(b.school.id)).toEqual(before);
    const bPupils = new Set(b.pupils.map((p) => p.id));
    expect((await signalsOf(a.school.id)).some((s) => bPupils.has(s.pupilId))).toBe(false);
  });
});
