import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { ZResolveAbsenceSchema, ZSendReminderSchema } from "@/daily-check/schemas";
import { resolveUnknownAbsence } from "@/daily-check/server/resolve-unknown-absence";
import { sendRegistrationReminder } from "@/daily-check/server/send-registration-reminder";
import { getDailyCheck } from "@/daily-check/server/get-daily-check";
import { listOpenReminders } from "@/registration/server/list-open-reminders";
import { type SmtpSink, freshAppDatabaseWithMail } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const DATE = "2026-11-23";
let db: TestDatabase;
let smtp: SmtpSink;
let school: SchoolWithLesson;
let other: SchoolWithLesson;

beforeAll(async () => {
  const fresh = await freshAppDatabaseWithMail();
  db = fresh;
  smtp = fresh.smtp;
  school = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 1, name: "Andere school" });
});
afterAll(() => db.drop());
beforeEach(async () => {
  await prisma.registrationChange.deleteMany({});
  await prisma.registration.deleteMany({});
  await prisma.registrationReminder.deleteMany({});
  smtp.received.length = 0;
});

const actor = async (role: FactoryRole, of = school): Promise<Actor> => (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;

function remind(who: Actor, input: Record<string, unknown>) {
  return authorize(who, { permission: "daily-check:use", schema: ZSendReminderSchema, input }, sendRegistrationReminder);
}
function resolve(who: Actor, input: Record<string, unknown>) {
  return authorize(who, { permission: "daily-check:use", schema: ZResolveAbsenceSchema, input }, resolveUnknownAbsence);
}
async function unknownAbsence(pupilId: string, lessonId = school.lessonId, of = school) {
  return prisma.registration.create({
    data: { schoolId: of.schoolId, lessonId, pupilId, date: new Date(`${DATE}T00:00:00Z`), observed: "ABSENT", status: "ABSENT_UNKNOWN", statusSource: "TEACHER" },
  });
}

describe("the reminder to a teacher", () => {
  it("is e-mailed through the mail server and shown on the teacher's start page", async () => {
    const message = await remind(await actor("coordinator"), { staffId: school.teacherStaffId, lessonIds: school.lessonId });
    expect(message).toContain("per e-mail en in de app");
    expect(smtp.received).toHaveLength(1);
    const teacherEmail = (await prisma.staff.findFirstOrThrow({ where: { id: school.teacherStaffId } })).email!;
    expect(smtp.received[0]!.to).toEqual([teacherEmail]);
    expect(smtp.received[0]!.raw).toContain("nog niet geregistreerd");
    const open = await listOpenReminders({ schoolId: school.schoolId, staffId: school.teacherStaffId, since: new Date("2026-11-01") });
    expect(open.map((r) => r.lessonId)).toEqual([school.lessonId]);
  });

  it("disappears for the teacher once the lesson is registered", async () => {
    await remind(await actor("coordinator"), { staffId: school.teacherStaffId, lessonIds: school.lessonId });
    await prisma.lesson.update({ where: { schoolId_id: { schoolId: school.schoolId, id: school.lessonId } }, data: { registeredAt: new Date() } });
    expect(await listOpenReminders({ schoolId: school.schoolId, staffId: school.teacherStaffId, since: new Date("2026-11-01") })).toEqual([]);
    await prisma.lesson.update({ where: { schoolId_id: { schoolId: school.schoolId, id: school.lessonId } }, data: { registeredAt: null } });
  });

  it("refuses a lesson of another teacher or school, and roles without the daily check, writing nothing", async () => {
    const coordinator = await actor("coordinator");
    await expect(remind(coordinator, { staffId: school.mentorStaffId, lessonIds: school.lessonId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(remind(coordinator, { staffId: school.teacherStaffId, lessonIds: other.lessonId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(remind(coordinator, { staffId: other.teacherStaffId, lessonIds: other.lessonId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(remind(coordinator, { staffId: school.teacherStaffId, lessonIds: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    for (const role of ["teacher", "mentor", "leader", "admin", "parent"] as const) {
      await expect(remind(await actor(role), { staffId: school.teacherStaffId, lessonIds: school.lessonId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.registrationReminder.count()).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });
});

describe("resolving an unknown absence after a call", () => {
  it("sets the category for the whole day with the call as source and history", async () => {
    const pupil = school.pupilIds[0]!;
    const registration = await unknownAbsence(pupil);
    const message = await resolve(await actor("coordinator"), { registrationId: registration.id, resolution: "SICK", wholeDay: "on", note: "Moeder gebeld" });
    expect(message).toBe("Vastgelegd als ‘Ziek’ (1 les).");
    const row = await prisma.registration.findFirstOrThrow({ where: { id: registration.id }, include: { changes: true } });
    expect([row.status, row.statusSource, row.observed]).toEqual(["SICK", "FOLLOW_UP_CALL", "ABSENT"]);
    expect(row.changes.map((c) => [c.source, c.fromStatus, c.toStatus, c.note])).toEqual([["FOLLOW_UP_CALL", "ABSENT_UNKNOWN", "SICK", "Moeder gebeld"]]);
    const check = await getDailyCheck({ schoolId: school.schoolId, from: DATE, today: DATE, nowMinutes: 600 });
    expect(check.unknownAbsences).toEqual([]);
  });

  it("records holiday without leave as unexcused with its reason", async () => {
    const registration = await unknownAbsence(school.pupilIds[1]!);
    await resolve(await actor("coordinator"), { registrationId: registration.id, resolution: "HOLIDAY_WITHOUT_LEAVE", wholeDay: "" });
    const row = await prisma.registration.findFirstOrThrow({ where: { id: registration.id } });
    expect([row.status, row.reason]).toEqual(["ABSENT_UNEXCUSED", "HOLIDAY_WITHOUT_LEAVE"]);
  });

  it("refuses twice, another school's registration, a bad outcome and other roles, changing nothing", async () => {
    const registration = await unknownAbsence(school.pupilIds[2]!);
    const coordinator = await actor("coordinator");
    await resolve(coordinator, { registrationId: registration.id, resolution: "UNEXCUSED" });
    await expect(resolve(coordinator, { registrationId: registration.id, resolution: "SICK" })).rejects.toMatchObject({ code: "CONFLICT" });
    const foreign = await unknownAbsence(other.pupilIds[0]!, other.lessonId, other);
    await expect(resolve(coordinator, { registrationId: foreign.id, resolution: "SICK" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resolve(coordinator, { registrationId: foreign.id, resolution: "NAP" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { resolution: ["Kies wat het gesprek opleverde."] } });
    for (const role of ["teacher", "mentor", "leader", "admin", "parent"] as const) {
      await expect(resolve(await actor(role, other), { registrationId: foreign.id, resolution: "SICK" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await prisma.registration.findFirstOrThrow({ where: { id: foreign.id } })).status).toBe("ABSENT_UNKNOWN");
    expect((await prisma.registration.findFirstOrThrow({ where: { id: registration.id } })).status).toBe("ABSENT_UNEXCUSED");
  });
});

describe("parent reports that contradict the teacher", () => {
  it("lists a pupil reported sick but seen in class", async () => {
    const pupil = school.pupilIds[0]!;
    await prisma.absenceReport.create({ data: { schoolId: school.schoolId, pupilId: pupil, kind: "SICK", startDate: new Date(`${DATE}T00:00:00Z`), reportedById: school.users.parent.id, reportedVia: "GUARDIAN" } });
    await prisma.registration.create({ data: { schoolId: school.schoolId, lessonId: school.lessonId, pupilId: pupil, date: new Date(`${DATE}T00:00:00Z`), observed: "PRESENT", status: "PRESENT", statusSource: "TEACHER" } });
    const check = await getDailyCheck({ schoolId: school.schoolId, from: DATE, today: DATE, nowMinutes: 600 });
    expect(check.mismatches.map((m) => [m.pupilId, m.reportKind, m.observed])).toEqual([[pupil, "SICK", "PRESENT"]]);
    const elsewhere = await getDailyCheck({ schoolId: other.schoolId, from: DATE, today: DATE, nowMinutes: 600 });
    expect(elsewhere.mismatches).toEqual([]);
  });
});
