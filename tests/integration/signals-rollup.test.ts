import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authorize } from "@/auth/authorize";
import { loadActor } from "@/auth/load-actor";
import type { DemoSchoolData } from "@/demo/types";
import { AppError } from "@/errors/app-error";
import { ZRecordMarksSchema, type TMark } from "@/registration/schemas";
import { recordMarks } from "@/registration/server/record-marks";
import { evaluatePupilLessons, sumLessonsPerDay } from "@/rules";
import { signalRows } from "@/signals/signal-rows";
import { evaluatePupils } from "@/signals/server/evaluate-pupils";
import { loadRulesInput } from "@/signals/server/load-rules-input";
import { loadSchoolRulesContext } from "@/signals/server/load-school-rules-context";

import { createGeneratedSchool } from "../factories/create-generated-school";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// The signals worker evaluates from a per-day rollup that it sums again only for the days that database
// triggers marked (decision 173). Here random changes go through the register's use case and through plain
// writes of the other paths (a sick report or leave decision, a cancelled lesson, a schedule change, a class
// change, a deleted registration); after each sequence the stored signals must equal a full evaluation from
// every lesson of the school year, and the rollup must equal the lessons summed per day.

const TZ = "Europe/Amsterdam";
const now = new Date("2026-11-23T11:00:00.000Z");

let db: TestDatabase;
let a: DemoSchoolData;
let pupilIds: string[];
/** Past lessons of the school year with their group's pupils. */
let lessons: { id: string; date: string; groupId: string; subjectId: string; staffUserId: string; pupils: string[] }[];

beforeAll(async () => {
  db = await useFreshAppDatabase();
  a = await createGeneratedSchool(db.url, { pupils: 30 });
  await db.prisma.$executeRawUnsafe("ANALYZE");
  pupilIds = a.pupils.map((p) => p.id);
  const userOfStaff = new Map(a.staff.map((s) => [s.id, s.userId]));
  const members = (groupId: string) => a.groupMembers.filter((m) => m.groupId === groupId).map((m) => m.pupilId);
  lessons = a.lessons
    .filter((l) => l.date < "2026-11-23" && l.date >= "2026-08-01" && !l.cancelled && l.staffId !== null && members(l.groupId).length > 0)
    .map((l) => ({ id: l.id, date: l.date, groupId: l.groupId, subjectId: l.subjectId, staffUserId: userOfStaff.get(l.staffId!)!, pupils: members(l.groupId) }));
  // The first evaluation sums every pupil's year.
  await evaluatePupils({ schoolId: a.school.id, pupilIds, now });
}, 180_000);
afterAll(() => db?.drop());

type TChange =
  | { kind: "mark"; lesson: number; pupil: number; observation: "PRESENT" | "ABSENT" | "LATE" }
  | { kind: "status"; lesson: number; pupil: number; status: "SICK" | "LEAVE" | "ABSENT_UNEXCUSED" | "SCHOOL_INITIATED" }
  | { kind: "cancel"; lesson: number; cancelled: boolean }
  | { kind: "exempt"; lesson: number; pupil: number }
  | { kind: "leaveGroup"; lesson: number; pupil: number }
  | { kind: "unregister"; lesson: number; pupil: number };

const index = fc.nat({ max: 10_000 });
const arbitraryChange: fc.Arbitrary<TChange> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("mark" as const), lesson: index, pupil: index, observation: fc.constantFrom("PRESENT" as const, "ABSENT" as const, "LATE" as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("status" as const), lesson: index, pupil: index, status: fc.constantFrom("SICK" as const, "LEAVE" as const, "ABSENT_UNEXCUSED" as const, "SCHOOL_INITIATED" as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), lesson: index, cancelled: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("exempt" as const), lesson: index, pupil: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("leaveGroup" as const), lesson: index, pupil: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("unregister" as const), lesson: index, pupil: index }) },
);

const day = (date: string) => new Date(`${date}T00:00:00Z`);

async function apply(change: TChange): Promise<void> {
  const lesson = lessons[change.lesson % lessons.length]!;
  const schoolId = a.school.id;
  if (change.kind === "cancel") {
    // As the calendar's free days and the timetable import do: the lesson row only.
    await db.prisma.lesson.update({ where: { schoolId_id: { schoolId, id: lesson.id } }, data: { cancelled: change.cancelled } });
    return;
  }
  const pupilId = lesson.pupils[change.pupil % lesson.pupils.length]!;
  switch (change.kind) {
    case "mark": {
      // The teacher's register (a correction of a past lesson), through its use case.
      const teacher = (await loadActor({ userId: lesson.staffUserId, schoolId }))!;
      const mark: TMark = {
        pupilId, observation: change.observation, idempotencyKey: randomUUID(), markedAt: new Date(now.getTime() - 60_000).toISOString(),
        ...(change.observation === "LATE" ? { lateMinutes: 7 } : {}),
      };
      try {
        await authorize(teacher, { permission: "register:mark", schema: ZRecordMarksSchema, input: { lessonId: lesson.id, marks: [mark] } }, ({ actor, input }) =>
          recordMarks({ actor, input, now, timeZone: TZ, correctionDays: 400 }),
        );
      } catch (error) {
        // A pupil who left the group or was exempted is no longer on the register, a cancelled lesson has
        // nothing to register: refused, and nothing changes.
        if (!(error instanceof AppError && (error.code === "INVALID_INPUT" || error.code === "RULE_VIOLATION"))) throw error;
      }
      return;
    }
    case "status":
      // A report, a leave decision or a coordinator's correction writes the registration's status.
      await db.prisma.registration.upsert({
        where: { schoolId_lessonId_pupilId: { schoolId, lessonId: lesson.id, pupilId } },
        create: { schoolId, lessonId: lesson.id, pupilId, date: day(lesson.date), status: change.status, statusSource: "COORDINATOR", lastMarkedAt: now,
          reason: change.status === "SCHOOL_INITIATED" ? "SUSPENSION" : null },
        update: { status: change.status, reason: change.status === "SCHOOL_INITIATED" ? "SUSPENSION" : null, version: { increment: 1 } },
      });
      return;
    case "exempt":
      await db.prisma.scheduleAdjustment.create({
        data: { schoolId, pupilId, kind: "EXEMPTION", category: "EXEMPTION", subjectId: lesson.subjectId, validFrom: day(lesson.date), reason: "vrijstelling" },
      });
      return;
    case "leaveGroup":
      await db.prisma.groupMember.updateMany({ where: { schoolId, groupId: lesson.groupId, pupilId }, data: { validUntil: day(lesson.date) } });
      return;
    case "unregister":
      await db.prisma.registrationChange.deleteMany({ where: { schoolId, registration: { lessonId: lesson.id, pupilId } } });
      await db.prisma.registration.deleteMany({ where: { schoolId, lessonId: lesson.id, pupilId } });
      return;
  }
}

/** What a full evaluation from every lesson would store, per pupil, in the stored rows' shape. */
async function fullEvaluation(): Promise<{ rows: Map<string, unknown[]>; days: Map<string, string[]> }> {
  const context = await loadSchoolRulesContext({ schoolId: a.school.id, now });
  const inputs = await loadRulesInput({ db: db.prisma, schoolId: a.school.id, pupilIds, from: context.from, asOf: context.asOf });
  const rows = new Map<string, unknown[]>();
  const days = new Map<string, string[]>();
  for (const { pupil, lessons: pupilLessons } of inputs) {
    const output = evaluatePupilLessons(pupil, pupilLessons.columns, context.prepared, { asOf: context.asOf, profile: context.profile, settings: context.settings });
    const signals = signalRows(output, pupilLessons, { prepared: context.prepared, lateCountsAsAbsence: context.lateCountsAsAbsence, holidaySides: context.holidaySides });
    rows.set(pupil.id, signals.map((s) => ({ ...s })).sort((x, y) => x.identity.localeCompare(y.identity)));
    const sums = sumLessonsPerDay(pupilLessons.columns);
    days.set(pupil.id, Array.from({ length: sums.length }, (_, k) =>
      [sums.day[k], sums.flags[k], sums.registeredMinutes[k], sums.absentMinutes[k], sums.lateMinutes[k], sums.luxuryMinutes[k], sums.unknownMinutes[k], sums.lateLessons[k]].join(",")));
  }
  return { rows, days };
}

async function stored(from: string, asOf: string): Promise<{ rows: Map<string, unknown[]>; days: Map<string, string[]> }> {
  const signals = await db.prisma.signal.findMany({
    where: { schoolId: a.school.id, withdrawnAt: null, reachedOn: { gte: day(from) } },
    orderBy: { identity: "asc" },
  });
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const rows = new Map<string, unknown[]>(pupilIds.map((id) => [id, []]));
  for (const s of signals) {
    rows.get(s.pupilId)!.push({
      identity: s.identity, kind: s.kind, mandatory: s.mandatory, repeat: s.repeat, startDate: iso(s.startDate), endDate: iso(s.endDate),
      hours: s.hours === null ? null : Number(s.hours), reachedOn: iso(s.reachedOn), dueBy: iso(s.dueBy), provisional: s.provisional,
      level: s.level, count: s.count, evidence: s.evidence,
    });
  }
  const dayRows = await db.prisma.$queryRawUnsafe<{ pupilId: string; days: string[] }[]>(
    `SELECT "pupilId", array_agg(concat_ws(',', "date" - DATE '1970-01-01', "flags", "registeredMinutes", "absentMinutes", "lateMinutes", "luxuryMinutes",
       "unknownMinutes", "lateLessons") ORDER BY "date") AS "days"
     FROM "PupilDay" WHERE "schoolId" = $1::uuid AND "date" BETWEEN $2::date AND $3::date GROUP BY "pupilId"`,
    a.school.id, from, asOf,
  );
  const days = new Map<string, string[]>(pupilIds.map((id) => [id, []]));
  for (const row of dayRows) days.set(row.pupilId, row.days);
  return { rows, days };
}

describe("evaluating from the per-day rollup", () => {
  it("stores, after any sequence of changes, exactly what a full evaluation from every lesson gives", async () => {
    const context = await loadSchoolRulesContext({ schoolId: a.school.id, now });
    const compare = async () => {
      const [expected, actual] = await Promise.all([fullEvaluation(), stored(context.from, context.asOf)]);
      for (const pupilId of pupilIds) {
        expect(actual.days.get(pupilId), `rollup of ${pupilId}`).toEqual(expected.days.get(pupilId) ?? []);
        expect(actual.rows.get(pupilId), `signals of ${pupilId}`).toEqual(expected.rows.get(pupilId) ?? []);
      }
    };
    await compare();
    let evaluations = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryChange, { minLength: 1, maxLength: 6 }), async (changes) => {
        for (const change of changes) await apply(change);
        // The worker's path: the pupils a job names (here all of them; most have no marked day).
        await evaluatePupils({ schoolId: a.school.id, pupilIds, now: new Date(now.getTime() + ++evaluations * 1000) });
        await compare();
      }),
      { numRuns: 25 },
    );
    // Nothing is left marked: every mark read was summed and removed.
    expect(await db.prisma.pupilDayDirty.count({ where: { schoolId: a.school.id } })).toBe(0);
  }, 300_000);

  it("sums a pupil's whole year again when every day is marked, and a new school year starts a new rollup", async () => {
    const pupilId = pupilIds[0]!;
    await db.prisma.$executeRawUnsafe(`UPDATE "PupilDay" SET "registeredMinutes" = 1 WHERE "pupilId" = $1::uuid`, pupilId);
    await db.prisma.$executeRawUnsafe(`INSERT INTO "PupilDayDirty" ("schoolId", "pupilId", "date") VALUES ($1::uuid, $2::uuid, '-infinity')`, a.school.id, pupilId);
    await evaluatePupils({ schoolId: a.school.id, pupilIds: [pupilId], now });
    const context = await loadSchoolRulesContext({ schoolId: a.school.id, now });
    const [expected, actual] = await Promise.all([fullEvaluation(), stored(context.from, context.asOf)]);
    expect(actual.days.get(pupilId)).toEqual(expected.days.get(pupilId));

    await db.prisma.pupilDayRollup.update({ where: { schoolId_pupilId: { schoolId: a.school.id, pupilId } }, data: { yearFrom: day("2025-08-01") } });
    await db.prisma.$executeRawUnsafe(`UPDATE "PupilDay" SET "absentMinutes" = 999 WHERE "pupilId" = $1::uuid`, pupilId);
    await evaluatePupils({ schoolId: a.school.id, pupilIds: [pupilId], now });
    const again = await stored(context.from, context.asOf);
    expect(again.days.get(pupilId)).toEqual(expected.days.get(pupilId));
  }, 120_000);
});
