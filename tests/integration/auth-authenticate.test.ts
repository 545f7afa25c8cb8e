import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/auth/authenticate";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

let db: TestDatabase;
let school: SchoolWithLesson;

beforeAll(async () => {
  db = await createTestDatabase();
  school = await createSchoolWithLesson(db.prisma);
});
afterAll(() => db.drop());

describe("authenticate", () => {
  it("accepts the right password, whatever the case of the e-mail address", async () => {
    const { email, password, id } = school.users.teacher;
    const user = await authenticate({ email: `  ${email.toUpperCase()} `, password }, { prisma: db.prisma });
    expect(user).toMatchObject({ id, schoolId: school.schoolId });
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id }, select: { lastLoginAt: true } });
    expect(stored.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown user and malformed input alike", async () => {
    const { email } = school.users.teacher;
    expect(await authenticate({ email, password: "fout" }, { prisma: db.prisma })).toBeNull();
    expect(await authenticate({ email: "niemand@example.org", password: "test-wachtwoord" }, { prisma: db.prisma })).toBeNull();
    expect(await authenticate({ email: "geen-adres", password: "x" }, { prisma: db.prisma })).toBeNull();
    expect(await authenticate(null, { prisma: db.prisma })).toBeNull();
    expect(await authenticate({ email, password: "x".repeat(5000) }, { prisma: db.prisma })).toBeNull();
  });

  it("refuses a deactivated user and one whose membership was ended", async () => {
    const { email, password, id } = school.users.leader;
    await db.prisma.user.update({ where: { id }, data: { active: false } });
    expect(await authenticate({ email, password }, { prisma: db.prisma })).toBeNull();
    await db.prisma.user.update({ where: { id }, data: { active: true } });

    await db.prisma.membership.update({ where: { schoolId_userId: { schoolId: school.schoolId, userId: id } }, data: { active: false } });
    expect(await authenticate({ email, password }, { prisma: db.prisma })).toBeNull();
    await db.prisma.membership.update({ where: { schoolId_userId: { schoolId: school.schoolId, userId: id } }, data: { active: true } });
  });
});
