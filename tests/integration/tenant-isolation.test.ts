import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listLessons } from "@/registration/server/list-lessons";
import { countLessonPupils } from "@/registration/server/count-lesson-pupils";
import { listOwnChildren } from "@/guardians/server/list-own-children";
import { listMentorGroups } from "@/pupils/server/list-mentor-groups";
import { getDailyCheck } from "@/daily-check/server/get-daily-check";
import { summarizeAttendance } from "@/pupils/server/summarize-attendance";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// Every read use case, asked in school B for ids of school A, finds nothing.
let db: TestDatabase;
let a: SchoolWithLesson;
let b: SchoolWithLesson;
const date = "2026-11-23";

beforeAll(async () => {
  db = await useFreshAppDatabase();
  a = await createSchoolWithLesson(db.prisma, { name: "School A", date });
  b = await createSchoolWithLesson(db.prisma, { name: "School B", date });
  await db.prisma.registration.create({
    data: { schoolId: a.schoolId, lessonId: a.lessonId, pupilId: a.pupilIds[0]!, date: new Date(`${date}T00:00:00Z`), status: "ABSENT_UNKNOWN", observed: "ABSENT" },
  });
  // A row without a mark or a category (left by a cleared mark) does not count as marked.
  await db.prisma.registration.create({
    data: { schoolId: a.schoolId, lessonId: a.lessonId, pupilId: a.pupilIds[1]!, date: new Date(`${date}T00:00:00Z`), status: "UNREGISTERED" },
  });
});
afterAll(() => db.drop());

describe("a school sees its own data", () => {
  it("lists the teacher's lesson with its pupils", async () => {
    const lessons = await listLessons({ schoolId: a.schoolId, staffId: a.teacherStaffId, date });
    expect(lessons.map((l) => [l.id, l.pupils, l.marked])).toEqual([[a.lessonId, a.pupilIds.length, 1]]);
  });
});

describe("and never another school's", () => {
  it("lessons", async () => {
    expect(await listLessons({ schoolId: b.schoolId, staffId: a.teacherStaffId, date })).toEqual([]);
    expect(await countLessonPupils({ schoolId: b.schoolId, lessonIds: [a.lessonId] })).toEqual(new Map());
  });

  it("children of a guardian", async () => {
    expect(await listOwnChildren({ schoolId: b.schoolId, guardianId: a.guardianId, today: date, yearStart: "2026-08-01", recentFrom: "2026-11-09" })).toEqual([]);
  });

  it("a mentor's groups", async () => {
    expect(await listMentorGroups({ schoolId: b.schoolId, staffId: a.mentorStaffId, date, yearStart: "2026-08-01" })).toEqual([]);
  });

  it("attendance figures", async () => {
    const summary = await summarizeAttendance({ schoolId: b.schoolId, pupilIds: [a.pupilIds[0]!], from: "2026-08-01", to: date });
    expect(summary.get(a.pupilIds[0]!)?.registeredLessons).toBe(0);
  });

  it("the daily check", async () => {
    const inA = await getDailyCheck({ schoolId: a.schoolId, from: "2026-11-20", today: date, nowMinutes: 23 * 60 });
    const inB = await getDailyCheck({ schoolId: b.schoolId, from: "2026-11-20", today: date, nowMinutes: 23 * 60 });
    expect(inA.unknownAbsences.map((u) => u.pupilId)).toEqual([a.pupilIds[0]]);
    expect(inB.unknownAbsences).toEqual([]);
    expect(inB.unregisteredLessons.map((l) => l.id)).toEqual([b.lessonId]);
  });
});
