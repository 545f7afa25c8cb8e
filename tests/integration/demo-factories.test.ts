import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "@/auth/password";

import { createGeneratedSchool } from "../factories/create-generated-school";
import { createSchoolWithLesson } from "../factories/create-school-with-lesson";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

describe("test factories", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it("creates a school with a lesson, pupils and a user per role, twice in one database", async () => {
    const a = await createSchoolWithLesson(db.prisma, { pupils: 4, date: "2026-11-23" });
    const b = await createSchoolWithLesson(db.prisma);
    expect(a.schoolId).not.toBe(b.schoolId);
    const lesson = await db.prisma.lesson.findUniqueOrThrow({
      where: { schoolId_id: { schoolId: a.schoolId, id: a.lessonId } },
      select: { staffId: true, groupId: true, date: true },
    });
    expect(lesson).toEqual({ staffId: a.teacherStaffId, groupId: a.groupId, date: new Date("2026-11-23T00:00:00.000Z") });
    expect(await db.prisma.groupMember.count({ where: { schoolId: a.schoolId, groupId: a.groupId } })).toBe(4);
    const parent = await db.prisma.guardian.findUniqueOrThrow({ where: { schoolId_id: { schoolId: a.schoolId, id: a.guardianId } }, select: { userId: true } });
    expect(parent.userId).toBe(a.users.parent.id);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: a.users.mentor.id }, select: { passwordHash: true, memberships: { select: { roles: true } } } });
    expect(user.memberships[0]!.roles).toEqual(["TEACHER", "MENTOR"]);
    expect(await verifyPassword(user.passwordHash, a.users.mentor.password)).toBe(true);
  });

  it("writes a generated school with history next to others", async () => {
    const first = await createGeneratedSchool(db.url);
    const second = await createGeneratedSchool(db.url, { pupils: 30 });
    expect(await db.prisma.pupil.count({ where: { schoolId: first.school.id } })).toBe(60);
    expect(await db.prisma.pupil.count({ where: { schoolId: second.school.id } })).toBe(30);
    expect(await db.prisma.registration.count({ where: { schoolId: first.school.id } })).toBe(first.registrations.length);
    // The guardians' postal addresses reach the database as generated (the letters' address block).
    const stored = await db.prisma.guardian.findMany({ where: { schoolId: first.school.id }, select: { id: true, street: true, postalCode: true, city: true } });
    const generated = new Map(first.guardians.map((g) => [g.id, { id: g.id, street: g.street, postalCode: g.postalCode, city: g.city }]));
    expect(stored.filter((g) => g.street !== null).length).toBeGreaterThan(0);
    expect(stored.map((g) => generated.get(g.id))).toEqual(stored);
  }, 60_000);
});
