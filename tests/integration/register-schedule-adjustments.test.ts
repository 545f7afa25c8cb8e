import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/auth/load-actor";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const TZ = "Europe/Amsterdam";
const DATE = "2026-11-23";
const NOW = new Date("2026-11-23T08:40:00Z");

let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let guestId: string;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 1, name: "Andere school" });
  // A pupil of another group who follows this lesson (an addition), and one of the group exempted from it.
  const guest = await db.prisma.pupil.create({
    data: {
      schoolId: school.schoolId, studentNumber: "200001", firstName: "Gijs", lastName: "Gastman", birthDate: new Date("2012-03-01T00:00:00Z"),
      sector: "HAVO", yearLevel: 3, enrolledFrom: new Date("2026-08-01T00:00:00Z"),
    },
  });
  guestId = guest.id;
  const common = { schoolId: school.schoolId, lessonId: school.lessonId, validFrom: new Date(`${DATE}T00:00:00Z`) };
  await db.prisma.scheduleAdjustment.createMany({
    data: [
      { ...common, pupilId: guest.id, kind: "ADDITION", category: "ADDITION", reason: "Versneld traject wiskunde" },
      { ...common, pupilId: school.pupilIds[2]!, kind: "EXEMPTION", category: "EXEMPTION", reason: "Medische vrijstelling: revalidatie" },
    ],
  });
  // Another school's adjustment of its own lesson must not show up here.
  await db.prisma.scheduleAdjustment.create({
    data: { schoolId: other.schoolId, lessonId: other.lessonId, validFrom: new Date(`${DATE}T00:00:00Z`), pupilId: other.pupilIds[0]!, kind: "EXEMPTION", category: "EXEMPTION", reason: "Elders" },
  });
});
afterAll(() => db.drop());

describe("a pupil whose schedule is adjusted", () => {
  it("tags a guest 'extra' on the list and names the exempted pupil under it, without the reason", async () => {
    const actor = (await loadActor({ userId: school.users.teacher.id, schoolId: school.schoolId }))!;
    const view = await getLessonRegister({ actor, lessonId: school.lessonId, policy: { timeZone: TZ, now: NOW, correctionDays: 0 } });

    expect(view.pupils.map((p) => [p.pupilId, p.guest]).sort()).toEqual(
      [[school.pupilIds[0]!, false], [school.pupilIds[1]!, false], [guestId, true]].sort(),
    );
    expect(view.pupils.find((p) => p.pupilId === guestId)?.scheduleTags).toEqual(["extra"]);
    expect(view.exempt).toEqual([{ pupilId: school.pupilIds[2]!, name: expect.any(String), word: "vrijstelling" }]);
    // The adjustment's own text (it may hold a medical reason) stays with the coordinator.
    expect(JSON.stringify(view)).not.toMatch(/revalidatie|Versneld/);
  });
});
