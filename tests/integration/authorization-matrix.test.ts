import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import type { Permission } from "@/auth/permissions";
import type { UseCase } from "@/auth/authorize";
import { ZUpdateCorrectionDaysSchema, ZUpdateReportLimitsSchema, ZUpdateRetentionYearsSchema, ZUpdateRulesProfileSchema } from "@/school-settings/schemas";
import { updateReportLimits } from "@/school-settings/server/update-report-limits";
import { updateRetentionYears } from "@/school-settings/server/update-retention-years";
import { updateCorrectionDays } from "@/school-settings/server/update-correction-days";
import { updateRulesProfile } from "@/school-settings/server/update-rules-profile";
import { ZAddBellScheduleSchema, ZCreateNextSchoolYearSchema, ZSaveCalendarEventSchema } from "@/school-calendar/schemas";
import { addBellSchedule } from "@/school-calendar/server/add-bell-schedule";
import { createNextSchoolYear } from "@/school-calendar/server/create-next-school-year";
import { saveCalendarEvent } from "@/school-calendar/server/save-calendar-event";
import { prisma } from "@/db/client";
import { ZReportRecoveredSchema, ZReportSickSchema } from "@/absence-reports/schemas";
import { reportRecovered } from "@/absence-reports/server/report-recovered";
import { reportSick } from "@/absence-reports/server/report-sick";
import { ZLeaveSettingsSchema } from "@/leave/schemas";
import { updateLeaveSettings } from "@/leave/server/update-leave-settings";
import { ZCloseSignalSchema, ZReopenSignalSchema, ZSignalActionSchema } from "@/signal-queue/schemas";
import { closeSignal } from "@/signal-queue/server/close-signal";
import { reopenSignal } from "@/signal-queue/server/reopen-signal";
import { updateSignalState } from "@/signal-queue/server/update-signal-state";
import { ZInviteStaffSchema, ZPersonSchema, ZSetRolesSchema } from "@/accounts/schemas";
import { inviteStaff } from "@/accounts/server/invite-staff";
import { reactivatePerson } from "@/accounts/server/reactivate-person";
import { setPersonRoles } from "@/accounts/server/set-person-roles";
import { ZChooseGuardianViewSchema, ZPupilViewSettingSchema } from "@/pupil-account/schemas";
import { chooseGuardianView } from "@/pupil-account/server/choose-guardian-view";
import { setPupilViewSetting } from "@/pupil-account/server/set-pupil-view-setting";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// Every role × every write action: allowed, or refused with nothing changed.
// Later issues add their actions to ACTIONS.
type Action = { name: string; allowed: FactoryRole[]; attempt: (actor: Actor | null) => Promise<unknown> };

/** `input` may be a function, for ids made in `beforeAll` (the signals) or input that depends on who asks. */
function action<S extends z.ZodType>(name: string, allowed: FactoryRole[], permission: Permission, schema: S, run: UseCase<z.infer<S>, unknown>, input: unknown): Action {
  return { name, allowed, attempt: (actor) => authorize(actor, { permission, schema, input: typeof input === "function" ? input(actor) : input }, run) };
}

// School A's signals: the first is closed (and then reopened) by the matrix, the second taken on.
const signalIds: string[] = [];
// School A's first pupil's parent reports them sick (then better) through the matrix.
const sickKey = "0195f1d2-7c4e-7a00-8000-000000000121";
const pupilSickKey = "0195f1d2-7c4e-7a00-8000-000000000122";

const ACTIONS: Action[] = [
  action("update the rules profile", ["admin"], "school:configure", ZUpdateRulesProfileSchema, updateRulesProfile, { rulesProfile: "TWENTE" }),
  action("add a free day", ["admin"], "school:configure", ZSaveCalendarEventSchema, saveCalendarEvent, () => ({ yearId: a.schoolYearId, name: "Studiedag", startDate: "2027-03-10", endDate: "2027-03-10" })),
  action("create the next school year", ["admin"], "school:configure", ZCreateNextSchoolYearSchema, createNextSchoolYear, {}),
  action("add a bell schedule", ["admin"], "school:configure", ZAddBellScheduleSchema, addBellSchedule, { name: "Verkort rooster" }),
  action("set the teachers' correction period", ["admin"], "school:configure", ZUpdateCorrectionDaysSchema, updateCorrectionDays, { teacherCorrectionDays: "2" }),
  action("set the retention period", ["admin"], "school:configure", ZUpdateRetentionYearsSchema, updateRetentionYears, { retentionYears: "7" }),
  action("let pupils under 18 see their own registrations", ["admin"], "school:configure", ZPupilViewSettingSchema, setPupilViewSetting, { pupilsSeeOwnRegistrations: "yes" }),
  action("hide one's registrations from one's parents (18+)", ["pupil"], "guardian-view:choose", ZChooseGuardianViewSchema,
    ({ actor, input }) => chooseGuardianView({ actor, input, now: new Date("2026-11-23T08:40:00Z") }), { guardianView: "hide" }),
  action("set what parents report online", ["admin"], "school:configure", ZUpdateReportLimitsSchema, updateReportLimits, { reportTodayUntil: "23:59", reportDaysAhead: "10", appointmentTravelMinutes: "15", reportSick: "on", reportMedical: "on", phone: "030-1234567" }),
  action("set the leave settings", ["admin"], "school:configure", ZLeaveSettingsSchema, updateLeaveSettings, { leaveNoticeWeeks: "6", coordinatorDecidesLeave: "on" }),
  action("take a signal on", ["coordinator"], "signals:manage", ZSignalActionSchema, updateSignalState, () => ({ signalId: signalIds[1], action: "take" })),
  action("close a signal with a reason", ["coordinator"], "signals:manage", ZCloseSignalSchema, closeSignal, () => ({ signalId: signalIds[0], reason: "ILLNESS_CONFIRMED" })),
  action("reopen a closed signal (undo)", ["coordinator"], "signals:manage", ZReopenSignalSchema, reopenSignal, () => ({ signalId: signalIds[0] })),
  // A parent reports for their child, a pupil of 18 for themselves (decision 120); each then reports better.
  action("report one's child or oneself sick", ["parent", "pupil"], "absence:report-own", ZReportSickSchema, reportSick, (actor: Actor | null) => (
    actor?.userId === a.users.pupil.id ? { idempotencyKey: pupilSickKey, pupilIds: a.ownPupilId, from: "now", until: "unknown" } : { idempotencyKey: sickKey, pupilIds: a.pupilIds[0], from: "now", until: "unknown" })),
  action("report one's child or oneself better", ["parent", "pupil"], "absence:report-own", ZReportRecoveredSchema, reportRecovered, (actor: Actor | null) => (
    { reportId: actor?.userId === a.users.pupil.id ? openReportIds.pupil : openReportIds.parent, from: "tomorrow" })),
  action("invite a member of staff", ["admin"], "accounts:manage", ZInviteStaffSchema,
    async ({ actor, input }) => { const result = await inviteStaff({ actor, input, origin: "http://app.test" }); return typeof result === "string" ? result : result.message; },
    { firstName: "Nieuwe", lastName: "Collega", email: "nieuwe.collega@school.test", code: "NCO", "rol-TEACHER": "on" }),
  action("give a person roles", ["admin"], "accounts:manage", ZSetRolesSchema, setPersonRoles, () => ({ userId: a.users.teacher.id, "rol-TEACHER": "on" })),
  action("reactivate a person", ["admin"], "accounts:manage", ZPersonSchema, reactivatePerson, () => ({ userId: a.users.leader.id })),
];
const NO_REPORT = "00000000-0000-4000-8000-000000000000";
const openReportIds = { parent: NO_REPORT, pupil: NO_REPORT };
const ROLES: FactoryRole[] = ["teacher", "mentor", "coordinator", "leader", "admin", "parent", "pupil"];

let db: TestDatabase;
let a: SchoolWithLesson;
let b: SchoolWithLesson;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  a = await createSchoolWithLesson(db.prisma, { name: "School A", date: "2026-11-23" });
  b = await createSchoolWithLesson(db.prisma, { name: "School B", date: "2026-11-23" });
  // A's pupil with an account is 18: old enough to decide what their parents see.
  await prisma.pupil.update({ where: { schoolId_id: { schoolId: a.schoolId, id: a.ownPupilId } }, data: { birthDate: new Date("2008-01-10T00:00:00Z") } });
  for (const [i, pupilId] of a.pupilIds.slice(0, 2).entries()) {
    const day = new Date("2026-11-20T00:00:00Z");
    const signal = await prisma.signal.create({
      data: { schoolId: a.schoolId, pupilId, identity: `UNEXCUSED_LETTER:${i}`, kind: "UNEXCUSED_LETTER", mandatory: false, startDate: day, reachedOn: day, evaluatedAt: new Date() },
    });
    signalIds.push(signal.id);
  }
  // Reports for today are taken all day here: the matrix runs on the real clock.
  await prisma.school.update({ where: { id: a.schoolId }, data: { reportTodayUntilMinutes: 1440 } });
});
afterAll(() => db.drop());

async function actorOf(school: SchoolWithLesson, role: FactoryRole): Promise<Actor> {
  const actor = await loadActor({ userId: school.users[role].id, schoolId: school.schoolId });
  if (!actor) throw new Error(`no actor for ${role}`);
  return actor;
}

/** Everything a denied write could have touched. */
async function snapshot() {
  return {
    schools: await prisma.school.findMany({ orderBy: { id: "asc" }, select: { id: true, rulesProfile: true, teacherCorrectionDays: true, retentionYears: true, pupilsSeeOwnRegistrations: true, reportTodayUntilMinutes: true, reportDaysAhead: true, reportKinds: true, phone: true, leaveNoticeWeeks: true, coordinatorDecidesLeave: true } }),
    pupils: await prisma.pupil.findMany({ orderBy: { id: "asc" }, select: { id: true, guardiansMayView: true, guardiansMayViewChosenAt: true } }),
    calendar: await prisma.calendarEvent.count(),
    schoolYears: await prisma.schoolYear.count(),
    bellSchedules: await prisma.bellSchedule.count(),
    audit: await prisma.auditEntry.count(),
    signals: await prisma.signal.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, ownerId: true, closeReason: true } }),
    caseEntries: await prisma.caseEntry.count(),
    absenceReports: await prisma.absenceReport.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
    accounts: await prisma.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, roles: true, active: true } }),
    users: await prisma.user.count(),
    invitations: await prisma.invitation.count(),
  };
}

describe.each(ACTIONS)("$name", (action) => {
  it.each(ROLES)("as %s", async (role) => {
    const actor = await actorOf(a, role);
    const before = await snapshot();
    const attempt = action.attempt(actor);
    if (action.allowed.includes(role)) {
      await expect(attempt).resolves.toEqual(expect.any(String));
      for (const [who, pupilId] of [["parent", a.pupilIds[0]!], ["pupil", a.ownPupilId]] as const) {
        openReportIds[who] = (await prisma.absenceReport.findFirst({ where: { schoolId: a.schoolId, pupilId }, select: { id: true } }))?.id ?? openReportIds[who];
      }
    } else {
      await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await snapshot()).toEqual(before);
    }
  });

  it("without a session", async () => {
    const before = await snapshot();
    await expect(action.attempt(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("bad input and forged schools", () => {
  it("refuses a malformed field with a Dutch message per field and writes nothing", async () => {
    const admin = await actorOf(a, "admin");
    const before = await snapshot();
    await expect(
      authorize(admin, { permission: "school:configure", schema: ZSaveCalendarEventSchema, input: { yearId: a.schoolYearId, name: "S", startDate: "2027-02-30", endDate: "2027-01-01" } }, saveCalendarEvent),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { name: [expect.stringContaining("naam")], startDate: ["Deze datum bestaat niet."] },
    });
    await expect(
      authorize(admin, { permission: "school:configure", schema: ZUpdateRulesProfileSchema, input: { rulesProfile: "AMSTERDAM" } }, updateRulesProfile),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { rulesProfile: ["Kies een van de profielen."] } });
    await expect(
      authorize(admin, { permission: "school:configure", schema: ZUpdateCorrectionDaysSchema, input: { teacherCorrectionDays: "-1" } }, updateCorrectionDays),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { teacherCorrectionDays: [expect.stringContaining("0")] } });
    for (const [retentionYears, message] of [["0", "Minstens 1 jaar"], ["11", "Hoogstens 10 jaar"], ["2,5", "Vul een"], ["", "Minstens 1 jaar"]] as const) {
      await expect(
        authorize(admin, { permission: "school:configure", schema: ZUpdateRetentionYearsSchema, input: { retentionYears } }, updateRetentionYears),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { retentionYears: [expect.stringContaining(message)] } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("ignores a schoolId in the request: the change lands in the actor's own school only", async () => {
    const adminB = await actorOf(b, "admin");
    const profileOfA = (await prisma.school.findUniqueOrThrow({ where: { id: a.schoolId } })).rulesProfile;
    await authorize(adminB, { permission: "school:configure", schema: ZUpdateRulesProfileSchema, input: { rulesProfile: "PARKSTAD", schoolId: a.schoolId } }, updateRulesProfile);
    expect((await prisma.school.findUniqueOrThrow({ where: { id: a.schoolId } })).rulesProfile).toBe(profileOfA);
    expect((await prisma.school.findUniqueOrThrow({ where: { id: b.schoolId } })).rulesProfile).toBe("PARKSTAD");
  });

  it("gives a user no actor in a school where they have no membership", async () => {
    expect(await loadActor({ userId: b.users.admin.id, schoolId: a.schoolId })).toBeNull();
  });
});
