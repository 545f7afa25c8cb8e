import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { ZRecordMarksSchema, type TMark } from "@/registration/schemas";
import { recordMarks } from "@/registration/server/record-marks";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// Which saves of a register set off a re-evaluation of the pupils' signals
// (record-marks.ts, docs/decisions/052): a PRESENT on a day the pupil was
// already present in another lesson does not; everything that may change a
// signal does, also when the other lesson changes at the same moment.

const TZ = "Europe/Amsterdam";
const DATE = "2026-11-23"; // a Monday
const NOW = new Date("2026-11-23T14:00:00Z");

let db: TestDatabase;
let school: SchoolWithLesson;
/** Period 1 is the factory's lesson; period 2 and 3 follow it, for the same group; period 3 is cancelled. */
let second: string;
let cancelled: string;
let teacher: Actor;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 3 });
  const lesson = (period: number, extra: { cancelled?: boolean } = {}) =>
    prisma.lesson.create({
      data: {
        schoolId: school.schoolId, date: new Date(`${DATE}T00:00:00Z`), period, startMinutes: 460 + period * 50, endMinutes: 510 + period * 50,
        groupId: school.groupId, subjectId: school.subjectId, staffId: school.teacherStaffId, ...extra,
      },
    });
  second = (await lesson(2)).id;
  cancelled = (await lesson(3, { cancelled: true })).id;
  teacher = (await loadActor({ userId: school.users.teacher.id, schoolId: school.schoolId }))!;
});
afterAll(() => db.drop());
beforeEach(async () => {
  await prisma.registrationChange.deleteMany({});
  await prisma.registration.deleteMany({});
  await prisma.scheduleAdjustment.deleteMany({});
  await prisma.school.update({ where: { id: school.schoolId }, data: { rulesSettings: {} } });
});

function mark(pupilId: string, observation: TMark["observation"]): TMark {
  return { pupilId, observation, idempotencyKey: randomUUID(), markedAt: NOW.toISOString(), ...(observation === "LATE" ? { lateMinutes: 5 } : {}) };
}

function save(lessonId: string, marks: TMark[]) {
  return authorize(teacher, { permission: "register:mark", schema: ZRecordMarksSchema, input: { lessonId, marks } }, ({ actor, input }) =>
    recordMarks({ actor, input, now: NOW, timeZone: TZ, correctionDays: 0 }),
  );
}

/** A registration as another part of the app writes it (a coordinator, a report). */
async function register(lessonId: string, pupilId: string, status: "PRESENT" | "LATE_UNEXCUSED" | "SICK") {
  await prisma.registration.create({
    data: { schoolId: school.schoolId, lessonId, pupilId, date: new Date(`${DATE}T00:00:00Z`), status, statusSource: "COORDINATOR", lastMarkedAt: NOW },
  });
}

describe("which saves re-evaluate signals", () => {
  it("the first PRESENT of a pupil's day does, a later one does not; absences and lates always do", async () => {
    const [p1, p2, p3] = school.pupilIds as [string, string, string];
    const first = await save(school.lessonId, [mark(p1, "PRESENT"), mark(p2, "ABSENT"), mark(p3, "LATE")]);
    expect(first.pupilsToEvaluate.sort()).toEqual([p1, p2, p3].sort());

    const later = await save(second, [mark(p1, "PRESENT"), mark(p2, "PRESENT"), mark(p3, "PRESENT")]);
    expect(later.changedPupilIds.sort()).toEqual([p1, p2, p3].sort());
    // p3 was late (present) in period 1; p2 was absent there, so period 2 makes that day a different day for the rules.
    expect(later.pupilsToEvaluate.sort()).toEqual([p2]);

    const changedMind = await save(second, [mark(p1, "ABSENT")]);
    expect(changedMind.pupilsToEvaluate).toEqual([p1]);
  });

  it("only counts a present lesson that the rules count: not a cancelled one, not one the pupil is exempt from, not a sick one", async () => {
    const [p1, p2, p3] = school.pupilIds as [string, string, string];
    await register(cancelled, p1, "PRESENT");
    await register(school.lessonId, p2, "PRESENT");
    await prisma.scheduleAdjustment.create({
      data: { schoolId: school.schoolId, pupilId: p2, kind: "EXEMPTION", category: "EXEMPTION", reason: "Vrijstelling", lessonId: school.lessonId, validFrom: new Date(`${DATE}T00:00:00Z`) },
    });
    await register(school.lessonId, p3, "SICK");
    const outcome = await save(second, [mark(p1, "PRESENT"), mark(p2, "PRESENT"), mark(p3, "PRESENT")]);
    expect(outcome.pupilsToEvaluate.sort()).toEqual([p1, p2, p3].sort());
  });

  it("re-evaluates every PRESENT when the school counts partly absent days as full-absence days", async () => {
    const [p1] = school.pupilIds as [string];
    await register(school.lessonId, p1, "PRESENT");
    await prisma.school.update({ where: { id: school.schoolId }, data: { rulesSettings: { fullAbsenceShare: 0.8 } } });
    expect((await save(second, [mark(p1, "PRESENT")])).pupilsToEvaluate).toEqual([p1]);
    await prisma.school.update({ where: { id: school.schoolId }, data: { rulesSettings: { fullAbsenceShare: 1 } } });
    expect((await save(second, [mark(p1, "ABSENT"), mark(p1, "PRESENT")])).pupilsToEvaluate).toEqual([]);
  });

  it("waits for a change of the other lesson in progress and then re-evaluates, since that lesson no longer makes the day present", async () => {
    const [p1] = school.pupilIds as [string];
    await register(school.lessonId, p1, "PRESENT");
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE "Registration" SET "status" = 'ABSENT_UNKNOWN' WHERE "lessonId" = $1 AND "pupilId" = $2`, [school.lessonId, p1]);
      let settled = false;
      const saving = save(second, [mark(p1, "PRESENT")]).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled, "the save waits for the other lesson's change").toBe(false);
      await other.query("COMMIT");
      expect((await saving).pupilsToEvaluate).toEqual([p1]);
    } finally {
      await other.end();
    }
  });
});
