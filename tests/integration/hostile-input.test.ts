import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPublicFormAction } from "@/accounts/run-public-form-action";
import { ZAcceptInvitationSchema, ZInviteStaffSchema } from "@/accounts/schemas";
import { acceptInvitation } from "@/accounts/server/accept-invitation";
import { inviteStaff } from "@/accounts/server/invite-staff";
import { answerRoute } from "@/auth/answer-route";
import { loadActor, type Actor } from "@/auth/load-actor";
import { runFormAction } from "@/auth/run-form-action";
import { ZReportAppointmentSchema, ZReportRecoveredSchema, ZReportSickSchema } from "@/absence-reports/schemas";
import { reportAppointment } from "@/absence-reports/server/report-appointment";
import { reportRecovered } from "@/absence-reports/server/report-recovered";
import { reportSick } from "@/absence-reports/server/report-sick";
import { ZAddNoteSchema } from "@/case-file/schemas";
import { ZUpdateReportLimitsSchema } from "@/school-settings/schemas";
import { updateReportLimits } from "@/school-settings/server/update-report-limits";
import { addNote } from "@/case-file/server/add-note";
import { prisma } from "@/db/client";
import { JSON_BODY_LIMIT } from "@/http/body-limits";
import { ZRecordMarksSchema } from "@/registration/schemas";
import { recordMarks } from "@/registration/server/record-marks";
import { ZSwitchSchoolSchema } from "@/auth/schemas";
import { switchSchool } from "@/auth/server/switch-school";
import { ZChooseGuardianViewSchema, ZPupilViewSettingSchema } from "@/pupil-account/schemas";
import { chooseGuardianView } from "@/pupil-account/server/choose-guardian-view";
import { setPupilViewSetting } from "@/pupil-account/server/set-pupil-view-setting";
import { ZDecideLeaveSchema, ZRecordOfficerDecisionSchema, ZWithdrawLeaveSchema } from "@/leave/schemas";
import { answerLeaveUpload } from "@/leave/server/answer-leave-upload";
import { decideLeave } from "@/leave/server/decide-leave";
import { recordOfficerDecision } from "@/leave/server/record-officer-decision";
import { withdrawLeave } from "@/leave/server/withdraw-leave";
import { ZPendingTimetableSchema } from "@/imports/timetable/schemas";
import { answerTimetableUpload } from "@/imports/timetable/server/answer-timetable-upload";
import { confirmTimetableImport } from "@/imports/timetable/server/confirm-timetable-import";
import { buildZermeloExport } from "@/imports/timetable/zermelo-fixture";
import { ZEndScheduleChangeSchema, ZRemoveScheduleChangeSchema, ZSaveScheduleChangeSchema } from "@/schedule/schemas";
import { endScheduleChange } from "@/schedule/server/end-schedule-change";
import { removeScheduleChange } from "@/schedule/server/remove-schedule-change";
import { saveScheduleChange } from "@/schedule/server/save-schedule-change";
import {
  ZAddBellScheduleSchema, ZAddScheduleDateSchema, ZCreateNextSchoolYearSchema, ZRemoveCalendarEventSchema, ZRemoveScheduleDateSchema,
  ZSaveBellPeriodSchema, ZSaveCalendarEventSchema, ZSetWeekdaySchedulesSchema,
} from "@/school-calendar/schemas";
import { addBellSchedule } from "@/school-calendar/server/add-bell-schedule";
import { addScheduleDate } from "@/school-calendar/server/add-schedule-date";
import { createNextSchoolYear } from "@/school-calendar/server/create-next-school-year";
import { removeCalendarEvent } from "@/school-calendar/server/remove-calendar-event";
import { removeScheduleDate } from "@/school-calendar/server/remove-schedule-date";
import { saveBellPeriod } from "@/school-calendar/server/save-bell-period";
import { saveCalendarEvent } from "@/school-calendar/server/save-calendar-event";
import { setWeekdaySchedules } from "@/school-calendar/server/set-weekday-schedules";
import { ZPeopleImportSchema, ZRemapPeopleImportSchema } from "@/imports/people/schemas";
import { answerPeopleUpload } from "@/imports/people/server/answer-people-upload";
import { cancelPeopleImport } from "@/imports/people/server/cancel-people-import";
import { confirmPeopleImport } from "@/imports/people/server/confirm-people-import";
import { remapPeopleImport } from "@/imports/people/server/remap-people-import";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// Hostile requests thrown at the two input readers exactly as the app runs them (answerRoute for the JSON
// API, runFormAction for server actions), with a real actor and a real use case on real PostgreSQL:
// every one gets a clear 4xx (a Dutch message), and nothing is written.

const DATE = "2026-11-23";
const NOW = new Date("2026-11-23T08:40:00Z");
const BASE = "http://127.0.0.1:3000";
const OURS = { host: "127.0.0.1:3000", origin: BASE };

let db: TestDatabase;
let school: SchoolWithLesson;
let teacher: Actor;
let coordinator: Actor;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 2 });
  teacher = (await loadActor({ userId: school.users.teacher.id, schoolId: school.schoolId }))!;
  coordinator = (await loadActor({ userId: school.users.coordinator.id, schoolId: school.schoolId }))!;
});
afterAll(() => db.drop());

const marksRoute = {
  permission: "register:mark" as const,
  schema: ZRecordMarksSchema,
  run: ({ actor, input }: { actor: Actor; input: (typeof ZRecordMarksSchema)["_output"] }) =>
    recordMarks({ actor, input, now: NOW, timeZone: "Europe/Amsterdam", correctionDays: 0 }),
};

const noteAction = { permission: "case-file:write" as const, schema: ZAddNoteSchema, run: addNote };

/** What the tests count: every row the two use cases could write. */
async function written(): Promise<number> {
  const [registrations, changes, entries, audits] = await Promise.all([
    prisma.registration.count({ where: { schoolId: school.schoolId } }),
    prisma.registrationChange.count({ where: { schoolId: school.schoolId } }),
    prisma.caseEntry.count({ where: { schoolId: school.schoolId } }),
    prisma.auditEntry.count({ where: { schoolId: school.schoolId } }),
  ]);
  return registrations + changes + entries + audits;
}

// ---- the JSON API ----------------------------------------------------------------------------------------

type RouteRequest = { headers: Record<string, string>; body: string | Uint8Array<ArrayBuffer>; params: Record<string, string>; query: string };

function validMarks(): RouteRequest {
  const body = { marks: [{ pupilId: school.pupilIds[0], observation: "PRESENT", idempotencyKey: randomUUID(), markedAt: NOW.toISOString() }] };
  return { headers: { ...OURS, "content-type": "application/json" }, body: JSON.stringify(body), params: { lessonId: school.lessonId }, query: "" };
}

async function send(request: RouteRequest): Promise<Response> {
  // Next.js hands the route its path parameters decoded; the address itself plays no part here.
  const http = new Request(`${BASE}/api/lessons/lesson/marks${request.query}`, {
    method: "POST",
    headers: request.headers,
    body: request.body,
  });
  return answerRoute(marksRoute, http, request.params, { publicOrigin: null, actor: async () => teacher });
}

/** A text with something in it that must not reach the database. */
const poisoned = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom("\u0000", "\ud800", "\udfff", "\udbff\u0000", "x\udc00y"), fc.string({ maxLength: 10 }))
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/** One hostile change to a valid request; the name says which. */
const hostile: fc.Arbitrary<[string, (r: RouteRequest) => RouteRequest]> = fc.oneof(
  poisoned.chain((bad) =>
    fc.constantFrom("pupilId", "observation", "idempotencyKey", "markedAt").map((field): [string, (r: RouteRequest) => RouteRequest] => [
      `unsafe ${field}`,
      (r) => ({ ...r, body: (r.body as string).replace(new RegExp(`("${field}":")([^"]*)`), (_, head: string, value: string) => `${head}${JSON.stringify(bad + value).slice(1, -1)}`) }),
    ]),
  ),
  poisoned.map((bad): [string, (r: RouteRequest) => RouteRequest] => ["unsafe key", (r) => ({ ...r, body: (r.body as string).replace('"marks"', `${JSON.stringify(bad)}:1,"marks"`) })]),
  poisoned.map((bad): [string, (r: RouteRequest) => RouteRequest] => ["unsafe path parameter", (r) => ({ ...r, params: { lessonId: `${school.lessonId}${bad}` } })]),
  fc.constantFrom("%00", "%ED%A0%80", "%E0%A4", "%FF", "%C0%80").map((bad): [string, (r: RouteRequest) => RouteRequest] => ["bad query", (r) => ({ ...r, query: `?q=${bad}` })]),
  fc.webUrl({ withQueryParameters: false, withFragments: false }).map((origin): [string, (r: RouteRequest) => RouteRequest] => ["other origin", (r) => ({ ...r, headers: { ...r.headers, origin: new URL(origin).origin } })]),
  fc.constant<[string, (r: RouteRequest) => RouteRequest]>(["no origin", (r) => ({ ...r, headers: { host: OURS.host, "content-type": "application/json" } })]),
  fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/json-patch+json")
    .map((type): [string, (r: RouteRequest) => RouteRequest] => ["content type", (r) => ({ ...r, headers: { ...r.headers, "content-type": type } })]),
  fc.integer({ min: 1, max: 4096 }).map((extra): [string, (r: RouteRequest) => RouteRequest] => [
    "too large",
    (r) => ({ ...r, body: (r.body as string).replace('"marks"', `"pad":"${"x".repeat(JSON_BODY_LIMIT + extra)}","marks"`) }),
  ]),
  fc.constantFrom([0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe0, 0xa4], [0xf8, 0x88, 0x80, 0x80, 0x80]).map((bytes): [string, (r: RouteRequest) => RouteRequest] => [
    "invalid UTF-8",
    (r) => {
      const text = r.body as string;
      const at = text.indexOf('"PRESENT"') + 2;
      const encoder = new TextEncoder();
      return { ...r, body: new Uint8Array([...encoder.encode(text.slice(0, at)), ...bytes, ...encoder.encode(text.slice(at))]) };
    },
  ]),
  fc.integer({ min: 1, max: 60 }).map((cut): [string, (r: RouteRequest) => RouteRequest] => ["broken JSON", (r) => ({ ...r, body: (r.body as string).slice(0, -cut) })]),
  fc.constantFrom("[]", "null", "1", '"x"', "true").map((body): [string, (r: RouteRequest) => RouteRequest] => ["not an object", (r) => ({ ...r, body })]),
  fc.integer({ min: 17, max: 5000 }).map((depth): [string, (r: RouteRequest) => RouteRequest] => [
    "deep",
    (r) => ({ ...r, body: (r.body as string).replace('"marks"', `"deep":${"[".repeat(depth)}${"]".repeat(depth)},"marks"`) }),
  ]),
);

describe("the JSON API's input reader, under fire", () => {
  it("writes a valid request (so that the refusals below are refusals)", async () => {
    const response = await send(validMarks());
    expect(response.status).toBe(200);
    expect(await written()).toBeGreaterThan(0);
    await prisma.registrationChange.deleteMany({ where: { schoolId: school.schoolId } });
    await prisma.registration.deleteMany({ where: { schoolId: school.schoolId } });
    await prisma.auditEntry.deleteMany({ where: { schoolId: school.schoolId } });
    expect(await written()).toBe(0);
  });

  it("answers every hostile request with a 4xx and a Dutch message, and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async ([name, spoil]) => {
        const response = await send(spoil(validMarks()));
        expect([400, 403, 413, 415], name).toContain(response.status);
        const { error } = (await response.json()) as { error: { code: string; message: string } };
        expect(error.message, name).toMatch(/\S/);
        expect(await written(), name).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- server actions ---------------------------------------------------------------------------------------

function validNote(): FormData {
  const form = new FormData();
  form.set("pupilId", school.pupilIds[0]!);
  form.set("occurredOn", DATE);
  form.set("title", "Gesprek");
  form.set("body", "Kort gesproken over het te laat komen.");
  return form;
}

function act(form: FormData, headers: Record<string, string> = OURS) {
  return runFormAction(noteAction, form, { headers: new Headers(headers), publicOrigin: null, actor: async () => coordinator });
}

describe("the form actions' input reader, under fire", () => {
  it("writes a valid form (so that the refusals below are refusals)", async () => {
    expect(await act(validNote())).toMatchObject({ ok: true });
    expect(await written()).toBeGreaterThan(0);
    await prisma.auditEntry.deleteMany({ where: { schoolId: school.schoolId } });
    await prisma.caseEntry.deleteMany({ where: { schoolId: school.schoolId } });
  });

  // FormData holds well-formed text only (a lone surrogate becomes U+FFFD, as it does when the body is
  // decoded), so what remains to refuse is the NUL character.
  const withNul = fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`);

  it("refuses a NUL character in any field or field name with a message naming the field, and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(withNul, fc.constantFrom("pupilId", "occurredOn", "title", "body", "name"), async (bad, field) => {
        const form = validNote();
        if (field === "name") form.set(`title${bad}`, "x");
        else form.set(field, `${form.get(field) ?? ""}${bad}`);
        const state = await act(form);
        expect(state.ok).toBe(false);
        expect(state.message).toMatch(/teken dat niet kan worden opgeslagen/);
        expect(Object.keys(state.errors)).toEqual([field === "name" ? "_" : field]);
        expect(await written()).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses a form from another site or without origin, and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(fc.webUrl({ withQueryParameters: false, withFragments: false }), { nil: undefined }), async (url) => {
        const headers: Record<string, string> = url === undefined ? { host: OURS.host } : { host: OURS.host, origin: new URL(url).origin };
        const state = await act(validNote(), headers);
        expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/geweigerd/) });
        expect(await written()).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});

// ---- accounts: the administrator's invitation and the public invitation page ------------------------------

describe("the accounts' actions, under fire", () => {
  const inviteAction = {
    permission: "accounts:manage" as const,
    schema: ZInviteStaffSchema,
    run: ({ actor, input }: { actor: Actor; input: (typeof ZInviteStaffSchema)["_output"] }) => inviteStaff({ actor, input, origin: BASE }),
  };
  const accounts = () => Promise.all([prisma.user.count(), prisma.invitation.count(), prisma.membership.count()]);
  const inviteForm = () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ firstName: "Fuzz", lastName: "Test", email: "fuzz@school.test", code: "FZT", "rol-TEACHER": "on" })) form.set(key, value);
    return form;
  };

  it("refuses NUL, unknown roles, bad addresses and other origins in an invitation with a message, and writes nothing", async () => {
    const admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
    const before = await accounts();
    const nul = fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`);
    const spoil: fc.Arbitrary<[string, (form: FormData) => Headers | undefined]> = fc.oneof(
      fc.tuple(nul, fc.constantFrom("firstName", "lastName", "email", "code", "rol-TEACHER")).map(([bad, field]): [string, (form: FormData) => undefined] => [`NUL in ${field}`, (form) => void form.set(field, `${form.get(field)}${bad}`)]),
      fc.string({ minLength: 1, maxLength: 30 }).filter((role) => !["TEACHER", "MENTOR", "COORDINATOR", "LEADER", "ADMIN"].includes(role)).map((role): [string, (form: FormData) => undefined] => ["unknown role", (form) => void form.set(`rol-${role}`, "on")]),
      fc.string({ maxLength: 300 }).filter((text) => !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(text.trim())).map((email): [string, (form: FormData) => undefined] => ["bad address", (form) => void form.set("email", email)]),
      fc.webUrl({ withQueryParameters: false, withFragments: false }).map((url): [string, () => Headers] => ["other origin", () => new Headers({ host: OURS.host, origin: new URL(url).origin })]),
    );
    await fc.assert(
      fc.asyncProperty(spoil, async ([name, apply]) => {
        const form = inviteForm();
        const headers = apply(form) ?? new Headers(OURS);
        const state = await runFormAction(inviteAction, form, { headers, publicOrigin: null, actor: async () => admin });
        expect(state.ok, name).toBe(false);
        expect(state.message, name).toMatch(/\S/);
        expect(await accounts(), name).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it("answers any token, NUL or origin on the public invitation form with a message, and sets no password", async () => {
    const accept = { schema: ZAcceptInvitationSchema, run: (input: (typeof ZAcceptInvitationSchema)["_output"]) => acceptInvitation({ input }) };
    const before = await prisma.user.findMany({ select: { id: true, passwordHash: true }, orderBy: { id: "asc" } });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.constantFrom("none", "nul", "origin"), async (token, twist) => {
        const form = new FormData();
        form.set("token", twist === "nul" ? `${token}\u0000` : token);
        form.set("password", "paard batterij nietje");
        form.set("confirmation", "paard batterij nietje");
        const headers = new Headers(twist === "origin" ? { host: OURS.host, origin: "https://elders.example" } : OURS);
        const state = await runPublicFormAction(accept, form, { headers, publicOrigin: null });
        expect(state.ok).toBe(false);
        expect(state.message).toMatch(/\S/);
      }),
      { numRuns: 150 },
    );
    expect(await prisma.user.findMany({ select: { id: true, passwordHash: true }, orderBy: { id: "asc" } })).toEqual(before);
  });
});

const withNul = fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`);

// ---- pupils' accounts and the school switch (issue 10) -------------------------------------------------------

describe("the pupil account's and the school switch's form actions, under fire", () => {
  let other: SchoolWithLesson;
  const actors: Record<"pupil" | "admin" | "parent", Actor> = {} as never;
  beforeAll(async () => {
    other = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 1 });
    await prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: school.ownPupilId } }, data: { birthDate: new Date("2008-01-10T00:00:00Z") } });
    // The parent has a membership in the other school too: the switch has somewhere to go.
    await prisma.membership.create({ data: { schoolId: other.schoolId, userId: school.users.parent.id, roles: ["PARENT"] } });
    for (const role of ["pupil", "admin", "parent"] as const) actors[role] = (await loadActor({ userId: school.users[role].id, schoolId: school.schoolId }))!;
  });

  /** Everything the three actions could write. */
  async function state() {
    return {
      pupils: await prisma.pupil.findMany({ orderBy: { id: "asc" }, select: { guardiansMayView: true, guardiansMayViewChosenAt: true } }),
      schools: await prisma.school.findMany({ orderBy: { id: "asc" }, select: { pupilsSeeOwnRegistrations: true } }),
      sessions: await prisma.session.count(),
      audit: await prisma.auditEntry.count(),
    };
  }

  const cases = [
    { name: "the 18+ choice", field: "guardianView", valid: ["show", "hide"], actor: "pupil" as const,
      definition: { permission: "guardian-view:choose" as const, schema: ZChooseGuardianViewSchema, run: ({ actor, input }: { actor: Actor; input: (typeof ZChooseGuardianViewSchema)["_output"] }) => chooseGuardianView({ actor, input, now: NOW }) } },
    { name: "the school's pupil view setting", field: "pupilsSeeOwnRegistrations", valid: ["yes", "no"], actor: "admin" as const,
      definition: { permission: "school:configure" as const, schema: ZPupilViewSettingSchema, run: setPupilViewSetting } },
    { name: "the school switch", field: "schoolId", valid: [] as string[], actor: "parent" as const,
      definition: { permission: "account:manage-own" as const, schema: ZSwitchSchoolSchema, run: async ({ actor, input }: { actor: Actor; input: (typeof ZSwitchSchoolSchema)["_output"] }) => (await switchSchool({ actor, input, userAgent: null })).schoolName } },
  ];

  it.each(cases)("$name: a malformed or foreign value gets a Dutch message, never a crash, and nothing is written", async ({ field, valid, actor, definition }) => {
    const before = await state();
    // Any text but a valid value: random strings, NUL characters, other schools' and made-up ids.
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), fc.constant(school.schoolId), withNul).filter((v) => !valid.includes(v));
    await fc.assert(
      fc.asyncProperty(value, async (bad) => {
        const form = new FormData();
        form.set(field, bad);
        const result = await runFormAction(definition as never, form, { headers: new Headers(OURS), publicOrigin: null, actor: async () => actors[actor] });
        expect(result.ok, JSON.stringify(bad)).toBe(false);
        expect(result.message).toMatch(/\S/);
        expect(result.message).not.toMatch(/Er ging iets mis/);
      }),
      { numRuns: 60 },
    );
    expect(await state()).toEqual(before);
  });
});

// ---- a parent's absence reports ---------------------------------------------------------------------------

describe("the absence report forms, under fire", () => {
  const reportActions = {
    sick: { permission: "absence:report-own" as const, schema: ZReportSickSchema, run: reportSick },
    appointment: { permission: "absence:report-own" as const, schema: ZReportAppointmentSchema, run: reportAppointment },
    better: { permission: "absence:report-own" as const, schema: ZReportRecoveredSchema, run: reportRecovered },
  };
  const fields = {
    sick: ["idempotencyKey", "pupilIds", "from", "until", "untilDate", "note"],
    appointment: ["idempotencyKey", "pupilId", "appointmentType", "date", "startTime", "endTime", "note"],
    better: ["reportId", "from"],
  } as const;
  let parent: Actor;
  const reports = async () => (await prisma.absenceReport.count({ where: { schoolId: school.schoolId } })) + (await written());

  beforeAll(async () => {
    parent = (await loadActor({ userId: school.users.parent.id, schoolId: school.schoolId }))!;
    // The real clock: reports for today are taken all day here.
    await prisma.school.update({ where: { id: school.schoolId }, data: { reportTodayUntilMinutes: 1440 } });
  });

  function form(kind: keyof typeof fields): FormData {
    const values: Record<string, string> = kind === "sick"
      ? { idempotencyKey: randomUUID(), pupilIds: school.pupilIds[0]!, from: "now", until: "unknown", untilDate: "", note: "" }
      : kind === "appointment"
        ? { idempotencyKey: randomUUID(), pupilId: school.pupilIds[0]!, appointmentType: "GP", date: "2026-11-23", startTime: "10:00", endTime: "11:00", note: "" }
        : { reportId: randomUUID(), from: "now" };
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.set(key, value);
    return data;
  }
  const send = (kind: keyof typeof fields, data: FormData) => {
    const request = { headers: new Headers(OURS), publicOrigin: null, actor: async () => parent };
    if (kind === "sick") return runFormAction(reportActions.sick, data, request);
    if (kind === "appointment") return runFormAction(reportActions.appointment, data, request);
    return runFormAction(reportActions.better, data, request);
  };

  async function clearReports() {
    await prisma.registrationChange.deleteMany({ where: { schoolId: school.schoolId } });
    await prisma.registration.deleteMany({ where: { schoolId: school.schoolId } });
    await prisma.absenceReport.deleteMany({ where: { schoolId: school.schoolId } });
    await prisma.auditEntry.deleteMany({ where: { schoolId: school.schoolId } });
  }

  it("writes a valid sick report (so that the refusals below are refusals)", async () => {
    await clearReports();
    expect(await send("sick", form("sick"))).toMatchObject({ ok: true });
    expect(await prisma.absenceReport.count({ where: { schoolId: school.schoolId } })).toBe(1);
    await clearReports();
  });

  // Whatever a field holds (text, numbers, ids of nothing, huge or empty), the answer is a message, never a 500.
  const junk = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("", " ", "-1", "1e309", "NaN", "2026-02-30", "24:00", "99:99", "now,now", "null", "[]", "{}", "x".repeat(5000), randomUUID(), `${randomUUID()},${randomUUID()}`),
  );

  it("answers malformed values in every field with a Dutch message, and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("sick", "appointment", "better") as fc.Arbitrary<keyof typeof fields>, fc.nat(), junk, async (kind, pick, value) => {
        const field = fields[kind][pick % fields[kind].length]!;
        const data = form(kind);
        data.set(field, value);
        const state = await send(kind, data);
        if (state.ok) {
          // A junk value that happens to be valid (an empty note or end date, another form's key) gives a proper report: start again.
          await clearReports();
          expect(["note", "untilDate", "idempotencyKey"], `${kind}.${field}`).toContain(field);
          return;
        }
        expect(state.message, `${kind}.${field}`).toMatch(/\S/);
        expect(state.message).not.toMatch(/Er ging iets mis/);
        expect(await reports(), `${kind}.${field}`).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("answers junk in the school's report rules with a message, never a 500, and changes nothing when it refuses", async () => {
    const admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
    const limits = { permission: "school:configure" as const, schema: ZUpdateReportLimitsSchema, run: updateReportLimits };
    const rules = () => prisma.school.findUniqueOrThrow({ where: { id: school.schoolId }, select: { reportTodayUntilMinutes: true, reportDaysAhead: true, appointmentTravelMinutes: true, reportKinds: true, phone: true } });
    const names = ["reportTodayUntil", "reportDaysAhead", "appointmentTravelMinutes", "reportSick", "reportMedical", "phone"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), junk, async (field, value) => {
        const data = new FormData();
        for (const [key, v] of Object.entries({ reportTodayUntil: "23:59", reportDaysAhead: "14", appointmentTravelMinutes: "30", reportSick: "on", reportMedical: "on", phone: "030-1234567" })) data.set(key, v);
        data.set(field, value);
        const before = await rules();
        const state = await runFormAction(limits, data, { headers: new Headers(OURS), publicOrigin: null, actor: async () => admin });
        expect(state.message, field).toMatch(/\S/);
        expect(state.message).not.toMatch(/Er ging iets mis/);
        if (!state.ok) expect(await rules(), field).toEqual(before);
      }),
      { numRuns: 100 },
    );
    await prisma.school.update({ where: { id: school.schoolId }, data: { reportTodayUntilMinutes: 1440, reportKinds: ["SICK", "MEDICAL"] } });
    await prisma.auditEntry.deleteMany({ where: { schoolId: school.schoolId } });
  });

  it("refuses a NUL character in any field with a message naming the field", async () => {
    for (const kind of ["sick", "appointment", "better"] as const) {
      for (const field of fields[kind]) {
        const data = form(kind);
        data.set(field, `${data.get(field) ?? ""}\u0000`);
        const state = await send(kind, data);
        expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/teken dat niet kan worden opgeslagen/) });
        expect(Object.keys(state.errors)).toEqual([field]);
      }
    }
    expect(await reports()).toBe(0);
  });
});

// ---- the leave request's upload (POST /api/leave-requests, decision 126) and the leave actions ------------

describe("the leave request's upload reader and the leave actions, under fire", () => {
  let parent: Actor;
  let leader: Actor;
  const leaveRows = () => Promise.all([prisma.leaveRequest.count(), prisma.leaveAttachment.count()]).then(([a, b]) => a + b);

  beforeAll(async () => {
    parent = (await loadActor({ userId: school.users.parent.id, schoolId: school.schoolId }))!;
    leader = (await loadActor({ userId: school.users.leader.id, schoolId: school.schoolId }))!;
  });

  function validLeave(): FormData {
    const form = new FormData();
    form.set("pupilId", school.pupilIds[0]!);
    form.set("type", "SPECIAL_CIRCUMSTANCES");
    form.set("startDate", "2027-03-04");
    form.set("endDate", "2027-03-05");
    form.set("reason", "Huwelijk van een oom");
    form.set("idempotencyKey", randomUUID());
    form.append("attachments", new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "kaart.pdf", { type: "application/pdf" }));
    return form;
  }
  const upload = (body: FormData | string, headers: Record<string, string> = OURS) =>
    answerLeaveUpload(new Request(`${BASE}/api/leave-requests`, { method: "POST", headers, body }), { permission: "leave:request-own", publicOrigin: null, actor: async () => parent });

  it("writes a valid request (so that the refusals below are refusals)", async () => {
    const response = await upload(validLeave());
    expect(response.status).toBe(200);
    expect(await leaveRows()).toBe(2);
    await prisma.leaveRequest.deleteMany({ where: { schoolId: school.schoolId } });
    await prisma.auditEntry.deleteMany({ where: { schoolId: school.schoolId } });
  });

  const hostileLeave: fc.Arbitrary<[string, () => Promise<Response>]> = fc.oneof(
    fc.tuple(fc.constantFrom("pupilId", "type", "startDate", "endDate", "reason", "idempotencyKey"), fc.string({ maxLength: 8 })).map(([field, bad]): [string, () => Promise<Response>] => [
      `NUL in ${field}`, () => { const f = validLeave(); f.set(field, `${f.get(field)}\u0000${bad}`); return upload(f); },
    ]),
    fc.tuple(fc.constantFrom("pupilId", "type", "startDate", "endDate", "reason", "idempotencyKey"), fc.oneof(fc.string({ maxLength: 40 }), fc.constant(""))).map(([field, value]): [string, () => Promise<Response>] => [
      `garbage ${field}`, () => { const f = validLeave(); f.set(field, field === "reason" ? value.slice(0, 3) : `x${value}`); return upload(f); },
    ]),
    fc.uint8Array({ minLength: 0, maxLength: 64 }).filter((b) => b[0] !== 0x25 && b[0] !== 0xff && b[0] !== 0x89).map((bytes): [string, () => Promise<Response>] => [
      "file that is no PDF, JPEG or PNG", () => { const f = validLeave(); f.set("attachments", new File([bytes as Uint8Array<ArrayBuffer>], "x.pdf", { type: "application/pdf" })); return upload(f); },
    ]),
    fc.webUrl({ withQueryParameters: false, withFragments: false }).map((url): [string, () => Promise<Response>] => ["other origin", () => upload(validLeave(), { host: OURS.host, origin: new URL(url).origin })]),
    fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded").map((type): [string, () => Promise<Response>] => ["content type", () => upload("{}", { ...OURS, "content-type": type })]),
    fc.constant<[string, () => Promise<Response>]>(["broken multipart", () => upload("--x\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nhal", { ...OURS, "content-type": "multipart/form-data; boundary=x" })]),
  );

  it("answers every hostile leave request with a 4xx and a Dutch message, and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileLeave, async ([name, send]) => {
        const response = await send();
        expect([400, 403, 404, 413, 415, 422], name).toContain(response.status);
        const { error } = (await response.json()) as { error: { message: string } };
        expect(error.message, name).toMatch(/\S/);
        expect(await leaveRows(), name).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses malformed input to the leave actions with a message, and writes nothing", async () => {
    const request = (who: () => Actor) => ({ headers: new Headers(OURS), publicOrigin: null, actor: async () => who() });
    const actions: { fields: string[]; send: (form: FormData) => ReturnType<typeof runFormAction> }[] = [
      { fields: ["leaveRequestId", "decision", "note"], send: (f) => runFormAction({ permission: "leave:decide", schema: ZDecideLeaveSchema, run: decideLeave }, f, request(() => leader)) },
      { fields: ["leaveRequestId", "outcome", "decidedOn", "officerName", "note"], send: (f) => runFormAction({ permission: "leave:decide", schema: ZRecordOfficerDecisionSchema, run: recordOfficerDecision }, f, request(() => leader)) },
      { fields: ["leaveRequestId"], send: (f) => runFormAction({ permission: "leave:request-own", schema: ZWithdrawLeaveSchema, run: withdrawLeave }, f, request(() => parent)) },
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: actions.length - 1 }), fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 }), { maxKeys: 5 }), fc.boolean(), async (i, garbage, nul) => {
        const action = actions[i]!;
        const form = new FormData();
        for (const [k, v] of Object.entries(garbage)) form.set(k, v);
        for (const field of action.fields) form.set(field, nul ? `${randomUUID()}\u0000` : (garbage[field] ?? randomUUID()));
        const state = await action.send(form);
        expect(state.ok).toBe(false);
        expect(state.message).toMatch(/\S/);
        expect(await leaveRows()).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});

// ---- the timetable upload (POST /api/imports/timetable, decision 148) and its actions ------------------------

describe("the timetable upload and its confirmation, under fire", () => {
  let admin: Actor;
  const timetableRows = () =>
    Promise.all([prisma.pendingImport.count(), prisma.lesson.count(), prisma.timetableEntry.count(), prisma.subject.count(), prisma.group.count()]).then((n) => n.join(","));
  const zermelo = () => JSON.stringify(buildZermeloExport({ from: "2026-11-30", to: "2026-12-04", classes: ["2havo-a"], teachers: ["DOC"], subjects: ["wi"], lessonsPerDay: 1 }));

  beforeAll(async () => {
    admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
  });

  function validUpload(): FormData {
    const form = new FormData();
    form.set("format", "zermelo");
    form.set("from", "2026-11-30");
    form.append("files", new File([zermelo()], "afspraken.json", { type: "application/json" }));
    return form;
  }
  const upload = (body: FormData | string, headers: Record<string, string> = OURS, who: () => Actor = () => admin) =>
    answerTimetableUpload(new Request(`${BASE}/api/imports/timetable`, { method: "POST", headers, body }), { permission: "school:configure", publicOrigin: null, actor: async () => who() });

  it("previews a valid upload (so that the refusals below are refusals)", async () => {
    const response = await upload(validUpload());
    expect(response.status).toBe(200);
    expect(((await response.json()) as { preview: { lessons: { added: number } } }).preview.lessons.added).toBe(5);
    await prisma.pendingImport.deleteMany({ where: { schoolId: school.schoolId } });
  });

  const file = (content: string | Uint8Array<ArrayBuffer>, name = "x.json") => (f: FormData) => f.set("files", new File([content], name));
  const hostileUpload: fc.Arbitrary<[string, () => Promise<Response>]> = fc.oneof(
    fc.tuple(fc.constantFrom("format", "from"), fc.string({ maxLength: 8 })).map(([field, bad]): [string, () => Promise<Response>] => [
      `NUL in ${field}`, () => { const f = validUpload(); f.set(field, `${f.get(field)}\u0000${bad}`); return upload(f); },
    ]),
    fc.tuple(fc.constantFrom("format", "from"), fc.string({ maxLength: 20 })).map(([field, value]): [string, () => Promise<Response>] => [
      `garbage ${field}`, () => { const f = validUpload(); f.set(field, `x${value}`); return upload(f); },
    ]),
    fc.string({ maxLength: 200 }).filter((t) => !t.trim().startsWith("[") && !t.trim().startsWith("{")).map((text): [string, () => Promise<Response>] => [
      "file that is no JSON", () => { const f = validUpload(); file(text)(f); return upload(f); },
    ]),
    fc.jsonValue({ maxDepth: 3 }).filter((v) => !Array.isArray(v)).map((value): [string, () => Promise<Response>] => [
      "JSON of another shape", () => { const f = validUpload(); file(JSON.stringify(value))(f); return upload(f); },
    ]),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes): [string, () => Promise<Response>] => [
      "binary file", () => { const f = validUpload(); file(new Uint8Array([0, ...bytes]))(f); return upload(f); },
    ]),
    fc.constant<[string, () => Promise<Response>]>(["no file", () => { const f = validUpload(); f.delete("files"); return upload(f); }]),
    fc.constant<[string, () => Promise<Response>]>(["a teacher", () => upload(validUpload(), OURS, () => teacher)]),
    fc.webUrl({ withQueryParameters: false, withFragments: false }).map((url): [string, () => Promise<Response>] => ["other origin", () => upload(validUpload(), { host: OURS.host, origin: new URL(url).origin })]),
    fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded").map((type): [string, () => Promise<Response>] => ["content type", () => upload("{}", { ...OURS, "content-type": type })]),
    fc.constant<[string, () => Promise<Response>]>(["broken multipart", () => upload("--x\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\n20", { ...OURS, "content-type": "multipart/form-data; boundary=x" })]),
  );

  it("answers every hostile upload with a 4xx and a Dutch message, and writes nothing", async () => {
    const before = await timetableRows();
    await fc.assert(
      fc.asyncProperty(hostileUpload, async ([name, send]) => {
        const response = await send();
        expect([400, 403, 413, 415], name).toContain(response.status);
        const { error } = (await response.json()) as { error: { message: string } };
        expect(error.message, name).toMatch(/\S/);
        expect(await timetableRows(), name).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses malformed input to the confirmation with a message, and writes nothing", async () => {
    const before = await timetableRows();
    const confirm = { permission: "school:configure" as const, schema: ZPendingTimetableSchema, run: ({ actor, input }: { actor: Actor; input: (typeof ZPendingTimetableSchema)["_output"] }) => confirmTimetableImport({ actor, ...input }).then(() => "ok") };
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 }), { maxKeys: 4 }), fc.boolean(), async (garbage, nul) => {
        const form = new FormData();
        for (const [k, v] of Object.entries(garbage)) form.set(k, v);
        form.set("id", nul ? `${randomUUID()}\u0000` : (garbage.id ?? randomUUID()));
        form.set("format", garbage.format ?? "zermelo");
        const state = await runFormAction(confirm, form, { headers: new Headers(OURS), publicOrigin: null, actor: async () => admin });
        expect(state.ok).toBe(false);
        expect(state.message).toMatch(/\S/);
        expect(await timetableRows()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});

// ---- per-pupil schedule changes (issue 12, decision 154) -----------------------------------------------------

describe("the schedule change actions, under fire", () => {
  const saveAction = { permission: "schedule:adjust" as const, schema: ZSaveScheduleChangeSchema, run: saveScheduleChange };
  const endAction = { permission: "schedule:adjust" as const, schema: ZEndScheduleChangeSchema, run: endScheduleChange };
  const removeAction = { permission: "schedule:adjust" as const, schema: ZRemoveScheduleChangeSchema, run: removeScheduleChange };
  const changes = () => Promise.all([prisma.scheduleAdjustment.findMany({ orderBy: { id: "asc" } }), prisma.auditEntry.count()]);
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const valid = () => ({ pupilId: school.pupilIds[0]!, id: "", category: "INTERNSHIP", subjectId: "", validFrom: "2026-11-27", validUntil: "", reason: "Stage bij de bakker", "dag-5": "on" });

  it("refuses NUL, unknown kinds, days and periods, impossible dates, other origins and unknown pupils with a message, and writes nothing", async () => {
    const admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
    const existing = await prisma.scheduleAdjustment.create({
      data: { schoolId: school.schoolId, pupilId: school.pupilIds[1]!, kind: "EXEMPTION", category: "INTERNSHIP", weekdays: [3], validFrom: new Date("2026-11-25T00:00:00Z"), reason: "Stage" },
    });
    const before = await changes();
    const spoil: fc.Arbitrary<[string, (fields: Record<string, string>) => Headers | undefined]> = fc.oneof(
      fc.tuple(withNul, fc.constantFrom("pupilId", "category", "validFrom", "reason", "dag-5")).map(([bad, field]): [string, (f: Record<string, string>) => undefined] => [`NUL in ${field}`, (f) => void (f[field] = `${f[field] ?? ""}${bad}`)]),
      fc.string({ maxLength: 20 }).filter((c) => !["REDUCED_SCHEDULE", "EXEMPTION", "INTERNSHIP"].includes(c)).map((c): [string, (f: Record<string, string>) => undefined] => ["unknown kind", (f) => void (f.category = c)]),
      fc.oneof(fc.integer({ min: 6, max: 99 }).map(String), fc.constantFrom("0", "-1", "x", "5.5", "")).map((d): [string, (f: Record<string, string>) => undefined] => ["unknown weekday", (f) => void (f[`dag-${d}`] = "on")]),
      fc.oneof(fc.integer({ min: 13, max: 99 }).map(String), fc.constantFrom("0", "x")).map((p): [string, (f: Record<string, string>) => undefined] => ["unknown period", (f) => void (f[`uur-${p}`] = "on")]),
      fc.constantFrom("2026-02-30", "2026-13-01", "26-11-2026", "", "morgen").map((d): [string, (f: Record<string, string>) => undefined] => ["impossible date", (f) => void (f.validFrom = d)]),
      fc.constant<[string, (f: Record<string, string>) => undefined]>(["ends before it starts", (f) => void (f.validUntil = "2026-11-01")]),
      fc.constant<[string, (f: Record<string, string>) => undefined]>(["exemption without subject", (f) => void (f.category = "EXEMPTION")]),
      fc.constant<[string, (f: Record<string, string>) => undefined]>(["unknown pupil", (f) => void (f.pupilId = randomUUID())]),
      fc.constant<[string, (f: Record<string, string>) => undefined]>(["unknown subject", (f) => void (f.subjectId = randomUUID())]),
      fc.constant<[string, (f: Record<string, string>) => undefined]>(["another pupil's change", (f) => void (f.id = existing.id)]),
      fc.string({ maxLength: 2 }).map((r): [string, (f: Record<string, string>) => undefined] => ["reason too short", (f) => void (f.reason = r)]),
      fc.webUrl({ withQueryParameters: false, withFragments: false }).map((url): [string, () => Headers] => ["other origin", () => new Headers({ host: OURS.host, origin: new URL(url).origin })]),
    );
    await fc.assert(
      fc.asyncProperty(spoil, async ([name, apply]) => {
        const fields = valid();
        const headers = apply(fields) ?? new Headers(OURS);
        const state = await runFormAction(saveAction, form(fields), { headers, publicOrigin: null, actor: async () => admin });
        expect(state.ok, name).toBe(false);
        expect(state.message, name).toMatch(/\S/);
        expect(await changes(), name).toEqual(before);
      }),
      { numRuns: 120 },
    );
    // Ending and removing: a change of another pupil, an unknown one, a day before it began, NUL; and a teacher is refused.
    const attempts: [string, typeof endAction | typeof removeAction, Record<string, string>, Actor][] = [
      ["end another pupil's change", endAction, { pupilId: school.pupilIds[0]!, id: existing.id, lastDay: "2026-12-01" }, admin],
      ["end before it began", endAction, { pupilId: school.pupilIds[1]!, id: existing.id, lastDay: "2026-11-24" }, admin],
      ["end with NUL", endAction, { pupilId: school.pupilIds[1]!, id: existing.id, lastDay: "2026-12-01\u0000" }, admin],
      ["remove an unknown change", removeAction, { pupilId: school.pupilIds[1]!, id: randomUUID() }, admin],
      ["remove as a teacher", removeAction, { pupilId: school.pupilIds[1]!, id: existing.id }, teacher],
    ];
    for (const [name, action, fields, actor] of attempts) {
      const state = await runFormAction(action as typeof removeAction, form(fields), { headers: new Headers(OURS), publicOrigin: null, actor: async () => actor });
      expect(state.ok, name).toBe(false);
      expect(state.message, name).toMatch(/\S/);
      expect(await changes(), name).toEqual(before);
    }
  });
});

// ---- the school calendar and bell schedules (issue 12) -------------------------------------------------------

describe("the calendar's form actions, under fire", () => {
  const P = "school:configure" as const;
  // A Monday after the real today and inside the factory's school year (2026-2027): bell changes apply from tomorrow on.
  const LATER = "2027-06-07";
  let admin: Actor;
  let scheduleId: string;
  let eventId: string;
  let dateUseId: string;
  // Each action with a form it takes (checked below), and the fields that must hold a date, time, number or id.
  const actions = () => ({
    saveEvent: { action: { permission: P, schema: ZSaveCalendarEventSchema, run: saveCalendarEvent }, form: { yearId: school.schoolYearId, kind: "FREE_DAY", name: "Studiedag", startDate: "2027-03-10", endDate: "2027-03-10" }, strict: ["yearId", "startDate", "endDate", "kind"] },
    removeEvent: { action: { permission: P, schema: ZRemoveCalendarEventSchema, run: removeCalendarEvent }, form: { eventId }, strict: ["eventId"] },
    nextYear: { action: { permission: P, schema: ZCreateNextSchoolYearSchema, run: createNextSchoolYear }, form: {}, strict: [] },
    period: { action: { permission: P, schema: ZSaveBellPeriodSchema, run: saveBellPeriod }, form: { bellScheduleId: scheduleId, number: "2", start: "09:20", end: "10:10", validFrom: LATER }, strict: ["bellScheduleId", "number", "start", "end", "validFrom"] },
    schedule: { action: { permission: P, schema: ZAddBellScheduleSchema, run: addBellSchedule }, form: { name: "Verkort rooster", copyFromId: scheduleId }, strict: ["copyFromId"] },
    weekdays: { action: { permission: P, schema: ZSetWeekdaySchedulesSchema, run: setWeekdaySchedules }, form: { yearId: school.schoolYearId, "dag-1": scheduleId, "dag-3": "", validFrom: LATER }, strict: ["yearId", "dag-1", "validFrom"] },
    date: { action: { permission: P, schema: ZAddScheduleDateSchema, run: addScheduleDate }, form: { yearId: school.schoolYearId, bellScheduleId: scheduleId, date: LATER }, strict: ["yearId", "bellScheduleId", "date"] },
    removeDate: { action: { permission: P, schema: ZRemoveScheduleDateSchema, run: removeScheduleDate }, form: { useId: dateUseId }, strict: ["useId"] },
  });
  type Kind = keyof ReturnType<typeof actions>;
  const KINDS = ["saveEvent", "removeEvent", "nextYear", "period", "schedule", "weekdays", "date", "removeDate"] as const satisfies readonly Kind[];
  const mine = () => ({ schoolId: school.schoolId });
  const calendar = async () => ({
    years: await prisma.schoolYear.findMany({ where: mine(), orderBy: { id: "asc" } }),
    events: await prisma.calendarEvent.findMany({ where: mine(), orderBy: { id: "asc" } }),
    schedules: await prisma.bellSchedule.findMany({ where: mine(), orderBy: { id: "asc" } }),
    periods: await prisma.bellPeriod.findMany({ where: mine(), orderBy: { id: "asc" } }),
    uses: await prisma.bellScheduleUse.findMany({ where: mine(), orderBy: { id: "asc" } }),
    lessons: await prisma.lesson.findMany({ where: mine(), orderBy: { id: "asc" }, select: { id: true, cancelled: true, startMinutes: true, endMinutes: true } }),
  });
  const send = (kind: Kind, values: Record<string, string>, headers: Headers = new Headers(OURS)) => {
    const { action } = actions()[kind];
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) form.set(key, value);
    // Each action's own types; runFormAction checks the form against the schema either way.
    return runFormAction(action as Parameters<typeof runFormAction>[0], form, { headers, publicOrigin: null, actor: async () => admin });
  };

  beforeAll(async () => {
    admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
    scheduleId = (await prisma.bellSchedule.create({ data: { schoolId: school.schoolId, name: "Normaal rooster" } })).id;
    await prisma.bellPeriod.create({ data: { schoolId: school.schoolId, bellScheduleId: scheduleId, number: 1, startMinutes: 510, endMinutes: 560 } });
    eventId = (await prisma.calendarEvent.create({ data: { schoolId: school.schoolId, schoolYearId: school.schoolYearId, kind: "FREE_DAY", name: "Studiedag", startDate: new Date("2027-02-12T00:00:00Z"), endDate: new Date("2027-02-12T00:00:00Z") } })).id;
    dateUseId = (await prisma.bellScheduleUse.create({ data: { schoolId: school.schoolId, schoolYearId: school.schoolYearId, bellScheduleId: scheduleId, date: new Date("2027-06-01T00:00:00Z") } })).id;
  });

  it("takes each valid form (so that the refusals below are refusals), then is put back", async () => {
    const before = await calendar();
    const [event, use] = await Promise.all([
      prisma.calendarEvent.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: eventId } } }),
      prisma.bellScheduleUse.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: dateUseId } } }),
    ]);
    for (const kind of KINDS) expect(await send(kind, actions()[kind].form), kind).toMatchObject({ ok: true });
    expect(await calendar()).not.toEqual(before);
    await prisma.schoolYear.deleteMany({ where: { id: { not: school.schoolYearId }, ...mine() } });
    await prisma.calendarEvent.deleteMany({ where: mine() });
    await prisma.bellScheduleUse.deleteMany({ where: mine() });
    await prisma.bellSchedule.deleteMany({ where: { id: { not: scheduleId }, ...mine() } });
    await prisma.bellPeriod.deleteMany({ where: { number: { not: 1 }, ...mine() } });
    await prisma.calendarEvent.create({ data: event });
    await prisma.bellScheduleUse.create({ data: use });
    await prisma.auditEntry.deleteMany({ where: { action: { startsWith: "calendar." }, ...mine() } });
    expect(await calendar()).toEqual(before);
  });

  it("refuses NUL, malformed dates, times, numbers and ids, unknown ids and other origins with a message, and writes nothing", async () => {
    const before = await calendar();
    const notShaped = fc.string({ maxLength: 40 }).filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text) && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(text) && !/^\d{1,2}$/.test(text) && !/^(FREE_DAY|HOLIDAY)$/.test(text) && text !== "");
    const spoil = fc.constantFrom(...KINDS).chain((kind) => {
      const { form, strict } = actions()[kind];
      const fields = Object.keys(form);
      const options: fc.Arbitrary<[string, Record<string, string>, Headers]>[] = [
        fc.webUrl({ withQueryParameters: false, withFragments: false }).map((url): [string, Record<string, string>, Headers] => [`${kind}: other origin`, form, new Headers({ host: OURS.host, origin: new URL(url).origin })]),
      ];
      if (fields.length > 0) options.push(fc.tuple(withNul, fc.constantFrom(...fields)).map(([bad, field]): [string, Record<string, string>, Headers] => [`${kind}: NUL in ${field}`, { ...form, [field]: `${form[field as keyof typeof form]}${bad}` }, new Headers(OURS)]));
      if (strict.length > 0) {
        options.push(fc.tuple(notShaped, fc.constantFrom(...strict)).map(([bad, field]): [string, Record<string, string>, Headers] => [`${kind}: ${field}=${JSON.stringify(bad)}`, { ...form, [field]: bad }, new Headers(OURS)]));
        const ids = strict.filter((f) => /Id$|^dag-/.test(f));
        const dates = strict.filter((f) => /[dD]ate$|validFrom/.test(f));
        if (ids.length > 0) options.push(fc.constantFrom(...ids).map((field): [string, Record<string, string>, Headers] => [`${kind}: unknown ${field}`, { ...form, [field]: randomUUID() }, new Headers(OURS)]));
        if (dates.length > 0) options.push(fc.constantFrom(...dates).map((field): [string, Record<string, string>, Headers] => [`${kind}: impossible ${field}`, { ...form, [field]: "2027-02-30" }, new Headers(OURS)]));
      }
      return fc.oneof(...options);
    });
    await fc.assert(
      fc.asyncProperty(spoil, async ([name, values, headers]) => {
        if (name.startsWith("nextYear") && !name.includes("origin") && !name.includes("NUL")) return;
        const state = await send(name.split(":")[0] as Kind, values, headers);
        expect(state.ok, name).toBe(false);
        expect(state.message, name).toMatch(/\S/);
        expect(await calendar(), name).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses an end before the start, a time that ends before it begins and a period from today, per field", async () => {
    const before = await calendar();
    expect(await send("saveEvent", { ...actions().saveEvent.form, endDate: "2027-03-09" })).toMatchObject({ ok: false, errors: { endDate: ["De einddatum ligt voor de begindatum."] } });
    expect(await send("period", { ...actions().period.form, end: "09:00" })).toMatchObject({ ok: false, errors: { end: ["De eindtijd ligt niet na de begintijd."] } });
    expect(await send("period", { ...actions().period.form, validFrom: "2020-01-06" })).toMatchObject({ ok: false, errors: { validFrom: [expect.stringContaining("of later")] } });
    expect(await calendar()).toEqual(before);
  });
});

// ---- the people import (issue 12): the upload route and the confirm, cancel and remap actions ---------------

describe("the people import's upload and actions, under fire", () => {
  let admin: Actor;
  const people = () => Promise.all([
    prisma.pupil.count(), prisma.guardian.count(), prisma.staff.count(), prisma.group.count(), prisma.pupilGuardian.count(), prisma.importMapping.count(),
  ]);
  const pending = () => prisma.pendingImport.count();

  beforeAll(async () => {
    admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
  });

  const CSV = "Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Opleiding;Leerjaar\r\n900001;Fuzz;Test;01-01-2013;havo;2\r\n";
  function validUpload(file: BlobPart = CSV, name = "leerlingen.csv"): FormData {
    const form = new FormData();
    form.set("kind", "pupils");
    form.append("file", new File([file], name, { type: "text/csv" }));
    return form;
  }
  const upload = (body: FormData | string, headers: Record<string, string> = OURS, who: Actor = admin) =>
    answerPeopleUpload(new Request(`${BASE}/api/imports/people`, { method: "POST", headers, body }), { permission: "school:configure", publicOrigin: null, actor: async () => who, now: NOW });

  it("previews a valid upload without writing the school's data (so that the refusals below are refusals)", async () => {
    const before = await people();
    const response = await upload(validUpload());
    expect(response.status).toBe(200);
    expect(await people()).toEqual(before);
    expect(await pending()).toBe(1);
    await prisma.pendingImport.deleteMany({});
  });

  const hostileUpload: fc.Arbitrary<[string, () => Promise<Response>]> = fc.oneof(
    fc.tuple(fc.constantFrom("kind", "endDate"), fc.string({ maxLength: 8 })).map(([field, bad]): [string, () => Promise<Response>] => [
      `NUL in ${field}`, () => { const f = validUpload(); f.set(field, `pupils\u0000${bad}`); return upload(f); },
    ]),
    fc.string({ maxLength: 20 }).filter((k) => !["pupils", "guardians", "staff"].includes(k)).map((kind): [string, () => Promise<Response>] => [
      "unknown kind", () => { const f = validUpload(); f.set("kind", kind); return upload(f); },
    ]),
    fc.string({ minLength: 1, maxLength: 20 }).filter((d) => !/^\d/.test(d.trim())).map((date): [string, () => Promise<Response>] => [
      "impossible end date", () => { const f = validUpload(); f.set("endDate", date); return upload(f); },
    ]),
    fc.uint8Array({ minLength: 0, maxLength: 64 }).map((bytes): [string, () => Promise<Response>] => [
      "a file that is no CSV", () => upload(validUpload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]), "leerlingen.csv")),
    ]),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes): [string, () => Promise<Response>] => [
      "binary with NUL", () => upload(validUpload(new Uint8Array([...bytes, 0, ...bytes]))),
    ]),
    fc.constant<[string, () => Promise<Response>]>(["no file", () => { const f = new FormData(); f.set("kind", "pupils"); return upload(f); }]),
    fc.constant<[string, () => Promise<Response>]>(["over 10 MB", () => upload(validUpload(new Uint8Array(10 * 1024 * 1024 + 70 * 1024).fill(0x41)))]),
    fc.webUrl({ withQueryParameters: false, withFragments: false }).map((url): [string, () => Promise<Response>] => ["other origin", () => upload(validUpload(), { host: OURS.host, origin: new URL(url).origin })]),
    fc.constantFrom("application/json", "text/plain", "text/csv").map((type): [string, () => Promise<Response>] => ["content type", () => upload(CSV, { ...OURS, "content-type": type })]),
    fc.constant<[string, () => Promise<Response>]>(["a teacher", () => upload(validUpload(), OURS, teacher)]),
  );

  it("answers every hostile upload with a 4xx and a Dutch message, and keeps nothing", async () => {
    const before = await people();
    await fc.assert(
      fc.asyncProperty(hostileUpload, async ([name, send]) => {
        const response = await send();
        expect([400, 403, 404, 413, 415, 422], name).toContain(response.status);
        const { error } = (await response.json()) as { error: { message: string } };
        expect(error.message, name).toMatch(/\S/);
        expect(await pending(), name).toBe(0);
        expect(await people(), name).toEqual(before);
      }),
      { numRuns: 120 },
    );
  });

  it("refuses malformed input to confirm, cancel and remap with a message, and writes nothing", async () => {
    const response = await upload(validUpload());
    const { id } = (await response.json()) as { id: string };
    const before = await people();
    const request = { headers: new Headers(OURS), publicOrigin: null, actor: async () => admin };
    const actions = [
      (f: FormData) => runFormAction({ permission: "school:configure", schema: ZPeopleImportSchema, run: ({ actor, input }) => confirmPeopleImport({ actor, ...input, now: NOW }).then((r) => r.message) }, f, request),
      (f: FormData) => runFormAction({ permission: "school:configure", schema: ZPeopleImportSchema, run: ({ actor, input }) => cancelPeopleImport({ actor, ...input }) }, f, request),
      (f: FormData) => runFormAction({ permission: "school:configure", schema: ZRemapPeopleImportSchema, run: ({ actor, input }) => remapPeopleImport({ actor, ...input, now: NOW }) }, f, request),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: actions.length - 1 }),
        fc.constantFrom("nul-id", "garbage-id", "other-id", "bad-kind", "bad-column", "unknown-field"),
        fc.string({ maxLength: 20 }),
        async (i, twist, text) => {
          const form = new FormData();
          form.set("id", twist === "nul-id" ? `${id}\u0000` : twist === "garbage-id" ? `x${text}` : twist === "other-id" ? randomUUID() : id);
          form.set("kind", twist === "bad-kind" ? `x${text}` : "pupils");
          if (twist === "bad-column") form.set("kolom-studentNumber", `niet-in-bestand-${text}`);
          if (twist === "unknown-field") form.set(`kolom-x${text}`, "Leerlingnummer");
          if (i !== 2 && (twist === "bad-column" || twist === "unknown-field")) return; // only remapping reads mapping fields
          const state = await actions[i]!(form);
          expect(state.ok, `${i} ${twist}`).toBe(false);
          expect(state.message).toMatch(/\S/);
          expect(await people()).toEqual(before);
          expect(await pending()).toBe(1);
        },
      ),
      { numRuns: 120 },
    );
    await prisma.pendingImport.deleteMany({});
  });
});
