import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const TZ = "Europe/Amsterdam";
const DATE = "2026-11-23"; // a Monday; the lesson is 08:30–09:20
const ON_THE_DAY = new Date("2026-11-23T08:40:00Z");
const TUESDAY = new Date("2026-11-24T08:40:00Z");
const WEDNESDAY = new Date("2026-11-25T08:40:00Z");
const FRIDAY_BEFORE = new Date("2026-11-20T08:40:00Z");

let db: TestDatabase;
let school: SchoolWithLesson;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 3 });
  await prisma.absenceReport.create({
    data: { schoolId: school.schoolId, pupilId: school.pupilIds[0]!, kind: "SICK", startDate: new Date(`${DATE}T00:00:00Z`), reportedById: school.users.parent.id, reportedVia: "GUARDIAN" },
  });
});
afterAll(() => db.drop());
beforeEach(() => prisma.auditEntry.deleteMany({ where: { action: "register.read-sensitive" } }));

async function actor(role: FactoryRole): Promise<Actor> {
  return (await loadActor({ userId: school.users[role].id, schoolId: school.schoolId }))!;
}
const read = async (role: FactoryRole, now: Date, correctionDays = 1) =>
  getLessonRegister({ actor: await actor(role), lessonId: school.lessonId, policy: { timeZone: TZ, now, correctionDays } });
const audits = () => prisma.auditEntry.findMany({ where: { action: "register.read-sensitive" } });

describe("who may read a lesson's register", () => {
  it("lets the lesson's own teacher read it on any day, without an audit entry", async () => {
    for (const now of [FRIDAY_BEFORE, ON_THE_DAY, WEDNESDAY]) await expect(read("teacher", now)).resolves.toMatchObject({ lesson: { id: school.lessonId } });
    expect(await audits()).toEqual([]);
  });

  it("lets a colleague read it from the day itself through the correction period, and audits the health information shown", async () => {
    const view = await read("mentor", ON_THE_DAY);
    expect(view.pupils.find((p) => p.pupilId === school.pupilIds[0])).toMatchObject({ status: "SICK" });
    await read("mentor", TUESDAY);
    const entries = await audits();
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.actorId === school.users.mentor.id && e.pupilId === school.pupilIds[0] && e.entityId === school.lessonId && e.schoolId === school.schoolId)).toBe(true);
  });

  it("refuses a colleague before the lesson's day and after the correction period, writing nothing", async () => {
    for (const now of [FRIDAY_BEFORE, WEDNESDAY]) {
      await expect(read("mentor", now)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("van een collega") });
    }
    expect(await audits()).toEqual([]);
  });

  it("lets the coordinator read any day, audited", async () => {
    await read("coordinator", WEDNESDAY);
    expect(await audits()).toHaveLength(1);
  });
});
