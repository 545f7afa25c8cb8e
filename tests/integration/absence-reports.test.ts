import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { ZReportAppointmentSchema, ZReportRecoveredSchema, ZReportSickSchema } from "@/absence-reports/schemas";
import { reportAppointment } from "@/absence-reports/server/report-appointment";
import { reportRecovered } from "@/absence-reports/server/report-recovered";
import { reportSick } from "@/absence-reports/server/report-sick";
import { listOwnReports } from "@/absence-reports/server/list-own-reports";
import { listOpenReportsOfPupils } from "@/absence-reports/server/list-open-reports-of-pupils";
import { ZUpdateReportLimitsSchema } from "@/school-settings/schemas";
import { updateReportLimits } from "@/school-settings/server/update-report-limits";
import { getDailyCheck } from "@/daily-check/server/get-daily-check";
import { knownAbsences } from "@/registration/known-absences";
import { readRegisterState } from "@/registration/server/read-register-state";
import { type SmtpSink, freshAppDatabaseWithMail } from "../helpers/app-database";
import { mailText } from "../helpers/smtp-sink";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// The e2e morning: Monday 23 November 2026, 09:21 in Amsterdam (the clock runs on from there).
process.env.APP_NOW = "2026-11-23T09:21:00+01:00";
const TODAY = "2026-11-23";
const TZ = "Europe/Amsterdam";
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

let db: TestDatabase;
let smtp: SmtpSink;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let parent: Actor;
/** Lessons of the group today: 1st 08:30 (the factory's), 2nd 09:20, 3rd 10:10, 4th 11:20; and one on Wednesday. */
const lessons: Record<string, string> = {};
let child: string;
let sibling: string;

beforeAll(async () => {
  const fresh = await freshAppDatabaseWithMail();
  db = fresh;
  smtp = fresh.smtp;
  school = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 1, name: "Andere school" });
  lessons.p1 = school.lessonId;
  for (const [name, date, period, start, end] of [["p2", TODAY, 2, 560, 610], ["p3", TODAY, 3, 610, 660], ["p4", TODAY, 4, 680, 730], ["wed", "2026-11-25", 1, 510, 560]] as const) {
    const lesson = await prisma.lesson.create({
      data: { schoolId: school.schoolId, date: d(date), period, startMinutes: start, endMinutes: end, groupId: school.groupId, subjectId: school.subjectId, staffId: school.teacherStaffId },
    });
    lessons[name] = lesson.id;
  }
  [child, sibling] = school.pupilIds as [string, string];
  // The parent's second child: the third pupil, also theirs.
  await prisma.pupilGuardian.create({ data: { schoolId: school.schoolId, pupilId: school.pupilIds[2]!, guardianId: school.guardianId, relation: "moeder" } });
  sibling = school.pupilIds[2]!;
  await prisma.school.update({ where: { id: school.schoolId }, data: { phone: "030-1234567" } });
  parent = (await loadActor({ userId: school.users.parent.id, schoolId: school.schoolId }))!;
});
afterAll(() => db?.drop());
beforeEach(async () => {
  await prisma.registrationChange.deleteMany({});
  await prisma.registration.deleteMany({});
  await prisma.absenceReport.deleteMany({});
  await prisma.auditEntry.deleteMany({});
  await prisma.school.update({ where: { id: school.schoolId }, data: { reportTodayUntilMinutes: 720, reportDaysAhead: 14, reportKinds: ["SICK", "MEDICAL"], appointmentTravelMinutes: 30 } });
  smtp.received.length = 0;
});

const sick = (who: Actor, input: Record<string, unknown>) => authorize(who, { permission: "absence:report-own", schema: ZReportSickSchema, input }, reportSick);
const appointment = (who: Actor, input: Record<string, unknown>) => authorize(who, { permission: "absence:report-own", schema: ZReportAppointmentSchema, input }, reportAppointment);
const better = (who: Actor, input: Record<string, unknown>) => authorize(who, { permission: "absence:report-own", schema: ZReportRecoveredSchema, input }, reportRecovered);
const sickForm = (over: Record<string, unknown> = {}) => ({ idempotencyKey: randomUUID(), pupilIds: child, from: "now", until: "unknown", ...over });
const appointmentForm = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(), pupilId: child, appointmentType: "DENTIST", date: TODAY, startTime: "10:30", endTime: "11:00", ...over,
});

async function knownIn(lessonId: string) {
  const state = await readRegisterState({ schoolId: school.schoolId, lessonId });
  return knownAbsences(state.covering, { date: state.lesson.date, startMinutes: state.lesson.startMinutes, endMinutes: state.lesson.endMinutes, timeZone: TZ });
}
async function mark(lessonId: string, pupilId: string, status: "ABSENT_UNKNOWN" | "PRESENT" | "LATE_UNEXCUSED", observed: "ABSENT" | "PRESENT" | "LATE") {
  return prisma.registration.create({
    data: { schoolId: school.schoolId, lessonId, pupilId, date: d(TODAY), observed, status, statusSource: "TEACHER", lateMinutes: observed === "LATE" ? 5 : 0 },
  });
}
const written = async () =>
  (await prisma.absenceReport.count()) + (await prisma.registrationChange.count()) + (await prisma.registration.count({ where: { status: { in: ["SICK", "MEDICAL"] } } }));

describe("ziek melden", () => {
  it("stores an open report from now, confirms it, e-mails the parent, and the register pre-fills the lessons from now on", async () => {
    const message = await sick(parent, sickForm());
    expect(message).toMatch(/^Ziekmelding voor .+ ontvangen: ziek vanaf maandag 23 november 09:2\d, tot nog niet bekend\./);
    const [report] = await prisma.absenceReport.findMany();
    expect(report).toMatchObject({ pupilId: child, kind: "SICK", state: "ACTIVE", endDate: null, reportedVia: "GUARDIAN", reportedById: parent.userId });
    expect(report!.startMinutes).toBeGreaterThanOrEqual(561);
    expect(smtp.received.map((m) => m.to)).toEqual([[school.users.parent.email]]);
    expect(mailText(smtp.received[0]!.raw)).toContain("Ziekmelding ontvangen");
    expect((await knownIn(lessons.p1!)).has(child)).toBe(false); // 08:30-09:20 was over before the report's start
    expect((await knownIn(lessons.p2!)).get(child)).toMatchObject({ status: "SICK", source: "GUARDIAN" });
    expect((await knownIn(lessons.wed!)).get(child)).toMatchObject({ status: "SICK" });
    expect((await knownIn(lessons.p2!)).has(school.pupilIds[1]!)).toBe(false);
    // Shows up for the coordinator's daily check.
    expect((await getDailyCheck({ schoolId: school.schoolId, from: "2026-11-16", today: TODAY, nowMinutes: 600 })).newReports.map((r) => r.id)).toContain(report!.id);
    // In the audit log: who reported what, for which pupil.
    expect(await prisma.auditEntry.findMany({ where: { action: "absence-report.create" } })).toEqual([
      expect.objectContaining({ schoolId: school.schoolId, actorId: parent.userId, entityId: report!.id, pupilId: child, details: { kind: "SICK" } }),
    ]);
  });

  it("turns a teacher's 'absent, reason unknown' into sick, recorded, and never touches a present or late mark", async () => {
    const unknown = await mark(lessons.p1!, child, "ABSENT_UNKNOWN", "ABSENT");
    const present = await mark(lessons.p2!, child, "PRESENT", "PRESENT");
    const late = await mark(lessons.p1!, sibling, "LATE_UNEXCUSED", "LATE");
    await sick(parent, sickForm({ pupilIds: `${child},${sibling}`, from: "08:30", until: "today" }));
    const after = await prisma.registration.findMany({ orderBy: { id: "asc" } });
    const byId = new Map(after.map((r) => [r.id, r]));
    expect(byId.get(unknown.id)).toMatchObject({ status: "SICK", statusSource: "GUARDIAN", observed: "ABSENT", version: 2 });
    expect(byId.get(unknown.id)!.absenceReportId).not.toBeNull();
    expect(byId.get(present.id)).toMatchObject({ status: "PRESENT", statusSource: "TEACHER", version: 1 });
    expect(byId.get(late.id)).toMatchObject({ status: "LATE_UNEXCUSED", statusSource: "TEACHER", version: 1 });
    const changes = await prisma.registrationChange.findMany();
    expect(changes).toEqual([expect.objectContaining({ registrationId: unknown.id, source: "GUARDIAN", fromStatus: "ABSENT_UNKNOWN", toStatus: "SICK", changedById: parent.userId })]);
    // No longer on the coordinator's list of pupils to call.
    const check = await getDailyCheck({ schoolId: school.schoolId, from: "2026-11-16", today: TODAY, nowMinutes: 600 });
    expect(check.unknownAbsences.map((u) => u.registrationId)).not.toContain(unknown.id);
    expect(await prisma.absenceReport.count()).toBe(2);
    expect(smtp.received).toHaveLength(2);
  });

  it("e-mails every guardian with parental authority, not one without it", async () => {
    for (const [name, authority] of [["Vader met gezag", true], ["Stiefouder zonder gezag", false]] as const) {
      const guardian = await prisma.guardian.create({ data: { schoolId: school.schoolId, name, email: `${authority ? "gezag" : "geen-gezag"}-${randomUUID()}@test` } });
      await prisma.pupilGuardian.create({ data: { schoolId: school.schoolId, pupilId: child, guardianId: guardian.id, relation: "ouder", parentalAuthority: authority } });
    }
    await sick(parent, sickForm());
    const to = smtp.received.flatMap((m) => m.to).sort();
    expect(to).toHaveLength(2);
    expect(to.some((a) => a.startsWith("gezag-"))).toBe(true);
    expect(to.some((a) => a.startsWith("geen-gezag-"))).toBe(false);
    await prisma.pupilGuardian.deleteMany({ where: { pupilId: child, guardian: { name: { in: ["Vader met gezag", "Stiefouder zonder gezag"] } } } });
  });

  it("answers the same form sent twice with the same confirmation and exactly one report", async () => {
    const form = sickForm();
    const [first, second] = await Promise.all([sick(parent, form), sick(parent, form)]);
    const third = await sick(parent, form);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(await prisma.absenceReport.count()).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: "absence-report.create" } })).toBe(1);
    expect(smtp.received).toHaveLength(1);
  });

  it("refuses with a clear message, writing nothing: another's child, end before start, an overlap, after the school's time, a kind not taken online", async () => {
    await expect(sick(parent, sickForm({ pupilIds: school.pupilIds[1] }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sick(parent, sickForm({ pupilIds: `${child},${other.pupilIds[0]}` }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sick(parent, sickForm({ until: "date", untilDate: "2026-11-20" }))).rejects.toMatchObject({ code: "INVALID_INPUT", message: "De verwachte einddatum ligt in het verleden." });
    await expect(sick(parent, sickForm({ until: "date", untilDate: "" }))).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { untilDate: ["Vul de verwachte einddatum in."] } });
    await expect(sick(parent, sickForm({ from: "25:00" }))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await prisma.school.update({ where: { id: school.schoolId }, data: { reportTodayUntilMinutes: 480 } });
    await expect(sick(parent, sickForm())).rejects.toMatchObject({ code: "RULE_VIOLATION", message: "Een melding voor vandaag kan online tot 08:00. Bel de school: 030-1234567." });
    await prisma.school.update({ where: { id: school.schoolId }, data: { reportTodayUntilMinutes: 720, reportKinds: ["MEDICAL"] } });
    await expect(sick(parent, sickForm())).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/niet online aan\. Bel de school: 030-1234567\./) });
    expect(await written()).toBe(0);
    expect(smtp.received).toHaveLength(0);

    await prisma.school.update({ where: { id: school.schoolId }, data: { reportKinds: ["SICK", "MEDICAL"] } });
    await sick(parent, sickForm());
    await expect(sick(parent, sickForm({ until: "today" }))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/al een ziekmelding open/) });
    // An appointment is another kind: it may be reported beside the sickness; the same slot twice may not.
    await appointment(parent, appointmentForm());
    await expect(appointment(parent, appointmentForm({ startTime: "10:45", endTime: "11:15" }))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/al een afspraak open/) });
    expect(await prisma.absenceReport.count()).toBe(2);
  });

  it("is refused to roles without the permission", async () => {
    for (const role of ["teacher", "mentor", "coordinator", "admin"] as const) {
      const who = (await loadActor({ userId: school.users[role].id, schoolId: school.schoolId }))!;
      await expect(sick(who, sickForm())).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await written()).toBe(0);
  });
});

describe("beter melden", () => {
  it("ends an open report from a later lesson today: the lessons after it are no longer pre-filled, and what the report set goes back", async () => {
    const earlier = await mark(lessons.p1!, child, "ABSENT_UNKNOWN", "ABSENT");
    await sick(parent, sickForm({ from: "08:30" }));
    const p3 = await prisma.registration.create({
      data: { schoolId: school.schoolId, lessonId: lessons.p3!, pupilId: child, date: d(TODAY), status: "SICK", statusSource: "GUARDIAN" },
    });
    const report = (await prisma.absenceReport.findFirstOrThrow())!;
    smtp.received.length = 0;
    const message = await better(parent, { reportId: report.id, from: "10:10" });
    expect(message).toMatch(/beter gemeld vanaf maandag 23 november 10:10/);
    expect(await prisma.absenceReport.findFirstOrThrow()).toMatchObject({ state: "RECOVERED", endDate: d(TODAY), endMinutes: 610 });
    expect((await knownIn(lessons.p2!)).get(child)).toMatchObject({ status: "SICK" });
    expect((await knownIn(lessons.p3!)).has(child)).toBe(false);
    expect((await knownIn(lessons.p4!)).has(child)).toBe(false);
    expect((await knownIn(lessons.wed!)).has(child)).toBe(false);
    expect(await prisma.registration.findFirstOrThrow({ where: { id: earlier.id } })).toMatchObject({ status: "SICK" });
    expect(await prisma.registration.findFirstOrThrow({ where: { id: p3.id } })).toMatchObject({ status: "UNREGISTERED", statusSource: null });
    expect(await prisma.registrationChange.findFirst({ where: { registrationId: p3.id } })).toMatchObject({ fromStatus: "SICK", toStatus: "UNREGISTERED", source: "GUARDIAN" });
    expect(smtp.received).toHaveLength(1);
    expect(mailText(smtp.received[0]!.raw)).toContain("Betermelding ontvangen");
    // Sent again: the same confirmation, nothing changed.
    expect(await better(parent, { reportId: report.id, from: "10:10" })).toBe(message);
    const reports = await listOwnReports({ actor: parent, today: TODAY, timeZone: TZ });
    expect(reports.find((r) => r.pupil.id === child)).toMatchObject({ open: [], past: [expect.objectContaining({ state: "RECOVERED" })] });
  });

  it("refuses another's report (404), a moment already past, and a report already ended", async () => {
    await sick(parent, sickForm({ from: "08:30" }));
    const report = (await prisma.absenceReport.findFirstOrThrow())!;
    const otherParent = (await loadActor({ userId: other.users.parent.id, schoolId: other.schoolId }))!;
    await expect(better(otherParent, { reportId: report.id, from: "now" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(better(parent, { reportId: randomUUID(), from: "now" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(better(parent, { reportId: report.id, from: "09:00" })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/al voorbij/) });
    expect(await prisma.absenceReport.findFirstOrThrow()).toMatchObject({ state: "ACTIVE" });
    await better(parent, { reportId: report.id, from: "tomorrow" });
    expect(await prisma.absenceReport.findFirstOrThrow()).toMatchObject({ state: "RECOVERED", endDate: d(TODAY), endMinutes: null });
    expect((await knownIn(lessons.p4!)).get(child)).toMatchObject({ status: "SICK" });
    expect((await knownIn(lessons.wed!)).has(child)).toBe(false);
  });
});

describe("afspraak melden", () => {
  it("covers only the lessons that overlap the slot plus the school's travel time", async () => {
    const message = await appointment(parent, appointmentForm({ startTime: "10:45", endTime: "11:00" }));
    expect(message).toMatch(/afspraak \(tandarts\) op maandag 23 november van 10:45 tot 11:00; afwezig van 10:15 tot 11:30/);
    expect(await prisma.absenceReport.findFirstOrThrow()).toMatchObject({ kind: "MEDICAL", appointmentType: "DENTIST", startMinutes: 615, endMinutes: 690, appointmentStartMinutes: 645 });
    expect((await knownIn(lessons.p2!)).has(child)).toBe(false);
    expect((await knownIn(lessons.p3!)).get(child)).toMatchObject({ status: "MEDICAL" });
    expect((await knownIn(lessons.p4!)).get(child)).toMatchObject({ status: "MEDICAL" });
    await prisma.school.update({ where: { id: school.schoolId }, data: { appointmentTravelMinutes: 0 } });
    await appointment(parent, appointmentForm({ pupilId: sibling, startTime: "10:45", endTime: "11:00" }));
    expect((await knownIn(lessons.p4!)).has(sibling)).toBe(false);
  });

  it("refuses a past slot, one outside school hours, a day without lessons, too far ahead, and a kind the school does not take online", async () => {
    await expect(appointment(parent, appointmentForm({ startTime: "08:00", endTime: "09:00" }))).rejects.toMatchObject({ message: "Deze afspraak is al voorbij." });
    await expect(appointment(parent, appointmentForm({ date: "2026-11-20" }))).rejects.toMatchObject({ message: "Deze afspraak is al voorbij." });
    await expect(appointment(parent, appointmentForm({ startTime: "16:00", endTime: "17:00" }))).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/buiten de lestijden \(08:30 tot 12:10\)/) });
    await expect(appointment(parent, appointmentForm({ date: "2026-11-24" }))).rejects.toMatchObject({ message: expect.stringMatching(/geen lessen/) });
    await expect(appointment(parent, appointmentForm({ date: "2027-01-15" }))).rejects.toMatchObject({ code: "RULE_VIOLATION", message: "Online melden kan tot 14 dagen vooruit. Bel de school: 030-1234567." });
    await expect(appointment(parent, appointmentForm({ startTime: "11:00", endTime: "10:30" }))).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { endTime: ["De eindtijd ligt voor of op de begintijd."] } });
    await expect(appointment(parent, appointmentForm({ appointmentType: "DIAGNOSE" }))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(appointment(parent, appointmentForm({ pupilId: other.pupilIds[0] }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.school.update({ where: { id: school.schoolId }, data: { reportKinds: ["SICK"] } });
    await expect(appointment(parent, appointmentForm())).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/niet online aan/) });
    expect(await written()).toBe(0);
  });
});

describe("the school's rules and who sees a report", () => {
  it("takes the administrator's rules: a kind switched off and an earlier hour are refused with the new phone number", async () => {
    const admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
    const set = (input: Record<string, unknown>) => authorize(admin, { permission: "school:configure", schema: ZUpdateReportLimitsSchema, input }, updateReportLimits);
    await expect(set({ reportTodayUntil: "25:00", reportDaysAhead: "-1", appointmentTravelMinutes: "x", phone: "bel ons" })).rejects.toMatchObject({
      code: "INVALID_INPUT", fieldErrors: { reportTodayUntil: [expect.any(String)], reportDaysAhead: [expect.any(String)], appointmentTravelMinutes: [expect.any(String)], phone: [expect.any(String)] },
    });
    await set({ reportTodayUntil: "08:00", reportDaysAhead: "3", appointmentTravelMinutes: "10", reportSick: "on", phone: "033-7654321" });
    expect(await prisma.school.findUniqueOrThrow({ where: { id: school.schoolId } })).toMatchObject({ reportTodayUntilMinutes: 480, reportDaysAhead: 3, appointmentTravelMinutes: 10, reportKinds: ["SICK"], phone: "033-7654321" });
    await expect(sick(parent, sickForm())).rejects.toMatchObject({ message: "Een melding voor vandaag kan online tot 08:00. Bel de school: 033-7654321." });
    await expect(appointment(parent, appointmentForm({ date: "2026-11-25" }))).rejects.toMatchObject({ message: expect.stringMatching(/niet online aan\. Bel de school: 033-7654321\./) });
    expect(await written()).toBe(0);
    await prisma.school.update({ where: { id: school.schoolId }, data: { phone: "030-1234567" } });
  });

  it("shows the open reports to the mentor's page by pupil, without the parent's note", async () => {
    await sick(parent, sickForm({ note: "Koorts" }));
    const reports = await listOpenReportsOfPupils({ schoolId: school.schoolId, pupilIds: school.pupilIds, today: TODAY, timeZone: TZ });
    expect([...reports.keys()]).toEqual([child]);
    expect(reports.get(child)).toEqual([expect.objectContaining({ kind: "SICK", state: "ACTIVE" })]);
    expect(JSON.stringify(reports.get(child))).not.toContain("Koorts");
    const otherSchool = await listOpenReportsOfPupils({ schoolId: other.schoolId, pupilIds: school.pupilIds, today: TODAY, timeZone: TZ });
    expect(otherSchool.size).toBe(0);
  });
});
