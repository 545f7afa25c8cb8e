import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROLE, asAppRole } from "@/db/app-role";
import { withTenant } from "@/db/tenant-context";
import { classifyAbsencesInLeave } from "@/leave/server/classify-absences-in-leave";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// The statement that makes an absence inside a rejected leave "holiday without leave" runs after the
// request, as the app role under row-level security, as the server runs it (decision 127).

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  await db.prisma.$executeRawUnsafe(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD 'leave-rls'`);
  process.env.APP_DATABASE_URL = asAppRole(db.url, "leave-rls");
  school = await createSchoolWithLesson(db.prisma, { date: "2026-12-03", pupils: 1 });
  other = await createSchoolWithLesson(db.prisma, { date: "2026-12-03", pupils: 1, name: "Andere school" });
}, 60_000);
afterAll(() => db.drop());

async function rejectedLeaveWithAbsence(of: SchoolWithLesson) {
  const pupilId = of.pupilIds[0]!;
  const leave = await db.prisma.leaveRequest.create({
    data: { schoolId: of.schoolId, pupilId, type: "SPECIAL_CIRCUMSTANCES", startDate: d("2026-12-03"), endDate: d("2026-12-04"), reason: "Bruiloft", state: "REJECTED", requestedById: of.users.parent.id },
  });
  await db.prisma.registration.create({
    data: { schoolId: of.schoolId, lessonId: of.lessonId, pupilId, date: d("2026-12-03"), observed: "ABSENT", status: "ABSENT_UNKNOWN", statusSource: "TEACHER" },
  });
  return { pupilId, leaveId: leave.id };
}

describe("absence during a rejected leave, as the app role", () => {
  it("becomes holiday without leave in the tenant's school only", async () => {
    const mine = await rejectedLeaveWithAbsence(school);
    const theirs = await rejectedLeaveWithAbsence(other);
    // What afterRegistrationsChanged runs first, outside any request (the server's `after()`); it names the school itself.
    const changed = await withTenant({}, () => classifyAbsencesInLeave({ schoolId: school.schoolId, pupilIds: [mine.pupilId, theirs.pupilId], now: new Date() }));
    expect(changed).toEqual([mine.pupilId]);
    const registrations = await db.prisma.registration.findMany({ select: { pupilId: true, status: true, reason: true, leaveRequestId: true } });
    expect(registrations.find((r) => r.pupilId === mine.pupilId)).toMatchObject({ status: "ABSENT_UNEXCUSED", reason: "HOLIDAY_WITHOUT_LEAVE", leaveRequestId: mine.leaveId });
    expect(registrations.find((r) => r.pupilId === theirs.pupilId)).toMatchObject({ status: "ABSENT_UNKNOWN", reason: null });
    expect(await db.prisma.registrationChange.count({ where: { schoolId: school.schoolId, toReason: "HOLIDAY_WITHOUT_LEAVE" } })).toBe(1);
  });
});
