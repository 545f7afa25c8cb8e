import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { findOwnPupil, listOwnPupils } from "@/guardians/server/own-pupils";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const TODAY = "2026-11-23";
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let parent: Actor;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 1 });
  parent = (await loadActor({ userId: school.users.parent.id, schoolId: school.schoolId }))!;
});
afterAll(async () => db?.drop());

async function linkToParent(pupilId: string) {
  await prisma.pupilGuardian.create({ data: { schoolId: school.schoolId, pupilId, guardianId: school.guardianId, relation: "vader" } });
}

describe("the pupils a person reports for", () => {
  it("gives a parent their own child only, never a classmate or a pupil of another school", async () => {
    const own = await listOwnPupils({ actor: parent, today: TODAY });
    expect(own.map((p) => p.id)).toEqual([school.pupilIds[0]]);
    await expect(findOwnPupil({ actor: parent, pupilId: school.pupilIds[1]!, today: TODAY })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findOwnPupil({ actor: parent, pupilId: other.pupilIds[0]!, today: TODAY })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("leaves out a child who left the school", async () => {
    await linkToParent(school.pupilIds[2]!);
    await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: school.pupilIds[2]! } }, data: { enrolledUntil: d("2026-11-20") } });
    expect((await listOwnPupils({ actor: parent, today: TODAY })).map((p) => p.id)).not.toContain(school.pupilIds[2]);
  });

  it("keeps an adult child with the parents only while the child lets them see", async () => {
    const child = school.pupilIds[1]!;
    await linkToParent(child);
    await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: child } }, data: { birthDate: d("2008-11-23") } });
    expect((await findOwnPupil({ actor: parent, pupilId: child, today: TODAY })).adult).toBe(true);
    await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: child } }, data: { guardiansMayView: false } });
    await expect(findOwnPupil({ actor: parent, pupilId: child, today: TODAY })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets a pupil with an account report for themselves from their 18th birthday, not before", async () => {
    const pupilId = school.pupilIds[1]!;
    const user = await prisma.user.create({ data: { id: randomUUID(), email: `leerling-${randomUUID()}@test`, name: "Leerling", passwordHash: "x", memberships: { create: { schoolId: school.schoolId, roles: ["PARENT"] } } } });
    await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: pupilId } }, data: { userId: user.id, birthDate: d("2008-11-24") } });
    const self = (await loadActor({ userId: user.id, schoolId: school.schoolId }))!;
    expect(await listOwnPupils({ actor: self, today: TODAY })).toEqual([]);
    expect(await listOwnPupils({ actor: self, today: "2026-11-24" })).toMatchObject([{ id: pupilId, self: true, adult: true }]);
  });
});

describe("who is told of a report", () => {
  it("tells guardians with parental authority, not those without", async () => {
    const { reportRecipients } = await import("@/guardians/server/report-recipients");
    const pupilId = school.pupilIds[0]!;
    const before = await reportRecipients({ schoolId: school.schoolId, pupilId, today: TODAY });
    expect(before.length).toBeGreaterThan(0);
    await prisma.pupilGuardian.updateMany({ where: { schoolId: school.schoolId, pupilId }, data: { parentalAuthority: false } });
    expect(await reportRecipients({ schoolId: school.schoolId, pupilId, today: TODAY })).toEqual([]);
    expect(await reportRecipients({ schoolId: other.schoolId, pupilId, today: TODAY })).toEqual([]);
  });
});
