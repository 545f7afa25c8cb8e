import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

process.env.APP_NOW = "2026-11-23T10:05:00+01:00";

import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { UPLOAD_BODY_LIMIT } from "@/http/body-limits";
import { ZDecideLeaveSchema, ZLeaveSettingsSchema, ZRecordOfficerDecisionSchema, ZWithdrawLeaveSchema } from "@/leave/schemas";
import { answerLeaveUpload } from "@/leave/server/answer-leave-upload";
import { decideLeave } from "@/leave/server/decide-leave";
import { getLeaveAttachment } from "@/leave/server/get-leave-attachment";
import { getLeaveRequest } from "@/leave/server/get-leave-request";
import { listOwnLeaveRequests } from "@/leave/server/list-own-leave-requests";
import { recordOfficerDecision } from "@/leave/server/record-officer-decision";
import { updateLeaveSettings } from "@/leave/server/update-leave-settings";
import { withdrawLeave } from "@/leave/server/withdraw-leave";
import { knownAbsences } from "@/registration/known-absences";
import { afterRegistrationsChanged } from "@/registration/server/after-registrations-changed";
import { readRegisterState } from "@/registration/server/read-register-state";
import { evaluatePupils } from "@/signals/server/evaluate-pupils";
import { type SmtpSink, freshAppDatabaseWithMail } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const pdfText = (pdf: Uint8Array) => execFileSync("/usr/bin/pdftotext", ["-layout", "-", "-"], { input: pdf }).toString("utf8").replace(/\s+/g, " ");
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const BASE = "http://127.0.0.1:3000";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

let db: TestDatabase;
let smtp: SmtpSink;
let school: SchoolWithLesson;
let other: SchoolWithLesson;

beforeAll(async () => {
  const fresh = await freshAppDatabaseWithMail();
  db = fresh;
  smtp = fresh.smtp;
  // The lesson falls inside the leave periods asked below (Thursday 3 December 2026).
  school = await createSchoolWithLesson(db.prisma, { date: "2026-12-03", pupils: 2 });
  other = await createSchoolWithLesson(db.prisma, { date: "2026-12-03", pupils: 1, name: "Andere school" });
});
afterAll(() => db.drop());
beforeEach(async () => {
  await prisma.registrationChange.deleteMany({});
  await prisma.registration.deleteMany({});
  await prisma.letter.deleteMany({});
  await prisma.caseEntry.deleteMany({});
  await prisma.leaveRequest.deleteMany({});
  await prisma.signal.deleteMany({});
  await prisma.school.updateMany({ data: { coordinatorDecidesLeave: false, leaveNoticeWeeks: 8 } });
  smtp.received.length = 0;
});

const actor = async (role: FactoryRole, of = school): Promise<Actor> => (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;

type Fields = Record<string, string>;
function leaveForm(fields: Fields, files: { name: string; type: string; data: Uint8Array }[] = []): FormData {
  const form = new FormData();
  const all = { pupilId: school.pupilIds[0]!, type: "SPECIAL_CIRCUMSTANCES", startDate: "2026-12-03", endDate: "2026-12-04", reason: "Huwelijk van een oom in Groningen", idempotencyKey: randomUUID(), ...fields };
  for (const [k, v] of Object.entries(all)) form.set(k, v);
  for (const f of files) form.append("attachments", new File([f.data as Uint8Array<ArrayBuffer>], f.name, { type: f.type }));
  return form;
}
async function ask(who: Actor | null, form: FormData, headers: Record<string, string> = { origin: BASE }): Promise<{ status: number; body: { id?: string; message?: string; error?: { code: string; message: string; fields: Record<string, string[]> } } }> {
  const request = new Request(`${BASE}/api/leave-requests`, { method: "POST", headers: { host: "127.0.0.1:3000", ...headers }, body: form });
  const response = await answerLeaveUpload(request, { permission: "leave:request-own", publicOrigin: null, actor: async () => who });
  return { status: response.status, body: await response.json() };
}
const decide = (who: Actor, input: Record<string, unknown>) => authorize(who, { permission: "leave:decide", schema: ZDecideLeaveSchema, input }, decideLeave);
const count = () => prisma.leaveRequest.count();

describe("asking leave", () => {
  it("makes one request with its attachment, and the same form sent twice makes exactly one", async () => {
    const parent = await actor("parent");
    const form = leaveForm({}, [{ name: "uitnodiging.pdf", type: "application/pdf", data: PDF }]);
    const first = await ask(parent, form);
    expect(first.status).toBe(200);
    expect(first.body.message).toMatch(/ontvangen/);
    const again = await ask(parent, form);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, message: expect.stringMatching(/al ontvangen.*geen tweede/) });
    expect(await count()).toBe(1);
    const stored = await prisma.leaveRequest.findFirstOrThrow({ include: { attachments: true } });
    expect(stored).toMatchObject({ state: "REQUESTED", schoolDays: 2, requestedById: parent.userId });
    expect(stored.attachments).toHaveLength(1);
    expect(stored.attachments[0]).toMatchObject({ fileName: "uitnodiging.pdf", contentType: "application/pdf", size: PDF.byteLength });
    expect((await listOwnLeaveRequests({ actor: parent, today: "2026-11-23" })).map((r) => r.id)).toEqual([first.body.id]);
  });

  it("answers a child who is not yours with 404 and writes nothing", async () => {
    const parent = await actor("parent");
    for (const pupilId of [school.pupilIds[1]!, other.pupilIds[0]!]) {
      const { status } = await ask(parent, leaveForm({ pupilId }));
      expect(status).toBe(404);
    }
    expect(await count()).toBe(0);
  });

  it("refuses what the law or the form does not allow, with the reason, and writes nothing", async () => {
    const parent = await actor("parent");
    const cases: [Fields, string, RegExp][] = [
      [{ endDate: "2026-12-01" }, "endDate", /vóór de eerste dag/],
      [{ startDate: "2026-11-20", endDate: "2026-11-24" }, "startDate", /al voorbij/],
      [{ type: "HOLIDAY_LEAVE", startDate: "2027-03-01", endDate: "2027-03-16" }, "endDate", /hoogstens 10 schooldagen/],
      [{ type: "HOLIDAY_LEAVE", startDate: "2026-12-03", endDate: "2026-12-04" }, "startDate", /minstens 8 weken/],
      [{ type: "HOLIDAY_LEAVE", startDate: "2027-03-01", endDate: "2027-03-02" }, "attachments", /werkgever/],
      [{ type: "RELIGIOUS", startDate: "2026-11-24", endDate: "2026-11-24" }, "startDate", /minstens 2 dagen/],
      [{ type: "OTHER" }, "type", /soort verlof/],
      [{ reason: "" }, "reason", /reden/],
      [{ startDate: "2026-02-30" }, "startDate", /bestaat niet/],
    ];
    for (const [fields, field, message] of cases) {
      const { status, body } = await ask(parent, leaveForm(fields));
      expect([400, 422], JSON.stringify(fields)).toContain(status);
      expect(body.error?.fields[field]?.join(" "), JSON.stringify(fields)).toMatch(message);
    }
    expect(await count()).toBe(0);
  });

  it("refuses an attachment that is no PDF, JPEG or PNG by its bytes, or is too large", async () => {
    const parent = await actor("parent");
    const fake = await ask(parent, leaveForm({}, [{ name: "verklaring.pdf", type: "application/pdf", data: new TextEncoder().encode("MZ this is a program") }]));
    expect(fake.status).toBe(400);
    expect(fake.body.error?.fields.attachments?.[0]).toMatch(/geen PDF, JPEG, PNG/);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    const large = await ask(parent, leaveForm({}, [{ name: "groot.pdf", type: "application/pdf", data: big }]));
    expect(large.status).toBe(400);
    expect(large.body.error?.fields.attachments?.[0]).toMatch(/groter dan 5 MB/);
    expect(await count()).toBe(0);
    expect(await prisma.leaveAttachment.count()).toBe(0);
  });

  it("refuses a body over the upload limit, another origin, another content type, a NUL character and other roles", async () => {
    const parent = await actor("parent");
    const huge = new Uint8Array(UPLOAD_BODY_LIMIT);
    expect((await ask(parent, leaveForm({}, [{ name: "a.pdf", type: "application/pdf", data: huge }]))).status).toBe(413);
    expect((await ask(parent, leaveForm({}), { origin: "https://evil.example" })).status).toBe(403);
    const json = await answerLeaveUpload(new Request(`${BASE}/api/leave-requests`, { method: "POST", headers: { host: "127.0.0.1:3000", origin: BASE, "content-type": "application/json" }, body: "{}" }), { permission: "leave:request-own", publicOrigin: null, actor: async () => parent });
    expect(json.status).toBe(415);
    const nul = await ask(parent, leaveForm({ reason: "Huwelijk\u0000" }));
    expect(nul.status).toBe(400);
    expect(Object.keys(nul.body.error!.fields)).toEqual(["reason"]);
    expect((await ask(null, leaveForm({}))).status).toBe(401);
    expect((await ask(await actor("teacher"), leaveForm({}))).status).toBe(403);
    expect(await count()).toBe(0);
  });
});

async function requested(fields: Fields = {}): Promise<string> {
  const { status, body } = await ask(await actor("parent"), leaveForm(fields, [{ name: "kaart.pdf", type: "application/pdf", data: PDF }]));
  expect(status, JSON.stringify(body)).toBe(200);
  return body.id!;
}

describe("deciding", () => {
  it("approving: the decision letter with the objection clause is kept, e-mailed to the parent, and the register pre-fills LEAVE", async () => {
    const id = await requested();
    const message = await decide(await actor("leader"), { leaveRequestId: id, decision: "APPROVE", note: "" });
    expect(message).toMatch(/toegekend.*gemaild aan 1 ontvanger/);
    const request = await prisma.leaveRequest.findFirstOrThrow({ where: { id } });
    expect(request.state).toBe("APPROVED");
    const letter = await prisma.letter.findFirstOrThrow({ where: { id: request.decisionLetterId! } });
    expect(letter.kind).toBe("LEAVE_DECISION");
    const text = pdfText(letter.pdf);
    expect(text).toContain("toegekend");
    expect(text).toMatch(/binnen zes weken.*bezwaar/);
    expect(text).toContain("Huwelijk van een oom");
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual([school.users.parent.email]);
    expect(smtp.received[0]!.raw).toContain("application/pdf");
    expect(await prisma.caseEntry.count({ where: { pupilId: school.pupilIds[0] } })).toBe(1);

    const state = await readRegisterState({ schoolId: school.schoolId, lessonId: school.lessonId, keys: [] });
    const known = knownAbsences(state.covering, { date: "2026-12-03", startMinutes: 510, endMinutes: 560, timeZone: "Europe/Amsterdam" });
    expect(known.get(school.pupilIds[0]!)).toEqual({ status: "LEAVE", reason: "SPECIAL_CIRCUMSTANCES", source: "LEAVE" });
    expect(known.has(school.pupilIds[1]!)).toBe(false);
  });

  it("rejecting needs a reason; absence in the period then becomes holiday without leave, and the LUXURY signal follows", async () => {
    const id = await requested();
    const leader = await actor("leader");
    await expect(decide(leader, { leaveRequestId: id, decision: "REJECT", note: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.letter.count()).toBe(0);
    await decide(leader, { leaveRequestId: id, decision: "REJECT", note: "Een huwelijk van een oom valt buiten de gewichtige omstandigheden van de school." });
    const letter = await prisma.letter.findFirstOrThrow({ where: { kind: "LEAVE_DECISION" } });
    expect(pdfText(letter.pdf)).toContain("afgewezen");
    await expect(decide(leader, { leaveRequestId: id, decision: "APPROVE", note: "" })).rejects.toMatchObject({ code: "CONFLICT" });

    const pupilId = school.pupilIds[0]!;
    await prisma.registration.create({
      data: { schoolId: school.schoolId, lessonId: school.lessonId, pupilId, date: d("2026-12-03"), observed: "ABSENT", status: "ABSENT_UNKNOWN", statusSource: "TEACHER" },
    });
    await afterRegistrationsChanged({ schoolId: school.schoolId, pupilIds: [pupilId] });
    const registration = await prisma.registration.findFirstOrThrow({ where: { pupilId }, include: { changes: true } });
    expect(registration).toMatchObject({ status: "ABSENT_UNEXCUSED", reason: "HOLIDAY_WITHOUT_LEAVE", statusSource: "LEAVE", leaveRequestId: id });
    expect(registration.changes).toMatchObject([{ fromStatus: "ABSENT_UNKNOWN", toStatus: "ABSENT_UNEXCUSED", toReason: "HOLIDAY_WITHOUT_LEAVE", source: "LEAVE" }]);

    await evaluatePupils({ schoolId: school.schoolId, pupilIds: [pupilId], now: new Date("2026-12-04T16:00:00Z") });
    expect(await prisma.signal.findMany({ where: { pupilId, kind: "LUXURY" }, select: { mandatory: true } })).toEqual([{ mandatory: true }]);
    const detail = await getLeaveRequest({ actor: await actor("coordinator"), id });
    expect(detail).toMatchObject({ withoutLeaveLessons: 1, signals: [{ kind: "LUXURY" }] });
  });

  it("the coordinator decides only where the school allows it", async () => {
    const id = await requested();
    const coordinator = await actor("coordinator");
    await expect(decide(coordinator, { leaveRequestId: id, decision: "APPROVE", note: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await authorize(await actor("admin"), { permission: "school:configure", schema: ZLeaveSettingsSchema, input: { leaveNoticeWeeks: "8", coordinatorDecidesLeave: "on" } }, updateLeaveSettings);
    await decide(coordinator, { leaveRequestId: id, decision: "APPROVE", note: "" });
    expect((await prisma.leaveRequest.findFirstOrThrow({ where: { id } })).state).toBe("APPROVED");
    for (const role of ["teacher", "mentor", "admin", "parent"] as const) {
      await expect(decide(await actor(role), { leaveRequestId: id, decision: "APPROVE", note: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("a request of another school is not found, and nothing is written", async () => {
    const id = await requested();
    await expect(decide(await actor("leader", other), { leaveRequestId: id, decision: "APPROVE", note: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.leaveRequest.findFirstOrThrow({ where: { id } })).state).toBe("REQUESTED");
    expect(await prisma.letter.count()).toBe(0);
  });

  it("more than 10 school days: forwarded to the leerplichtambtenaar with the school's advice, then the officer's decision is recorded", async () => {
    const id = await requested({ startDate: "2027-01-11", endDate: "2027-01-26", reason: "Begrafenis van opa in Marokko" });
    const leader = await actor("leader");
    await expect(decide(leader, { leaveRequestId: id, decision: "APPROVE", note: "" })).rejects.toMatchObject({ code: "RULE_VIOLATION" });
    await decide(leader, { leaveRequestId: id, decision: "REFER", note: "De school adviseert toe te kennen: de familie woont ver weg." });
    const request = await prisma.leaveRequest.findFirstOrThrow({ where: { id } });
    expect(request).toMatchObject({ state: "REFERRED", schoolDays: 12, schoolAdvice: expect.stringContaining("adviseert") });
    const referral = pdfText((await prisma.letter.findFirstOrThrow({ where: { id: request.referralLetterId! } })).pdf);
    expect(referral).toContain("leerplichtambtenaar");
    expect(referral).toContain("Begrafenis van opa");
    expect(referral).toContain("adviseert toe te kennen");

    const officer = (input: Record<string, unknown>) => authorize(leader, { permission: "leave:decide", schema: ZRecordOfficerDecisionSchema, input }, recordOfficerDecision);
    await expect(officer({ leaveRequestId: id, outcome: "APPROVED", decidedOn: "2026-12-01", officerName: "J. Bakker", note: "Toegekend." })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await officer({ leaveRequestId: id, outcome: "REJECTED", decidedOn: "2026-11-23", officerName: "J. Bakker", note: "Afgewezen: te lang." });
    expect(await prisma.leaveRequest.findFirstOrThrow({ where: { id } })).toMatchObject({ state: "REJECTED", officerName: "J. Bakker", officerDecidedOn: d("2026-11-23") });
  });

  it("the requester may withdraw an open request; an attachment is read by the deciders and the requester only, audited", async () => {
    const id = await requested();
    const attachment = await prisma.leaveAttachment.findFirstOrThrow({ where: { leaveRequestId: id } });
    const leader = await actor("leader");
    expect((await getLeaveAttachment({ actor: leader, id: attachment.id, as: "decider" })).contentType).toBe("application/pdf");
    expect((await getLeaveAttachment({ actor: await actor("parent"), id: attachment.id, as: "requester" })).fileName).toBe("kaart.pdf");
    await expect(getLeaveAttachment({ actor: await actor("parent", other), id: attachment.id, as: "requester" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getLeaveAttachment({ actor: await actor("leader", other), id: attachment.id, as: "decider" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.auditEntry.count({ where: { action: "leave-attachment.read", entityId: attachment.id } })).toBe(2);

    const withdraw = (who: Actor) => authorize(who, { permission: "leave:request-own", schema: ZWithdrawLeaveSchema, input: { leaveRequestId: id } }, withdrawLeave);
    await expect(withdraw(await actor("parent", other))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await withdraw(await actor("parent"))).toMatch(/ingetrokken/);
    await expect(withdraw(await actor("parent"))).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await prisma.leaveRequest.findFirstOrThrow({ where: { id } })).state).toBe("WITHDRAWN");
  });
});
