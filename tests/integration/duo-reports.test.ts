import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { authorize, type UseCase } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { encryptPupilBsn } from "@/bsn/encrypt-pupil-bsn";
import { prisma } from "@/db/client";
import { randomBsn } from "@/demo/bsn";
import { createRng } from "@/demo/random";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import {
  ZCreateDuoDraftSchema, ZDuoHumanFieldsSchema, ZDuoReportIdSchema, ZExportDuoReportSchema, ZMarkSubmittedSchema, ZRecordDuoStatusSchema, ZSaveDuoReportSchema,
} from "@/duo-reports/schemas";
import { ZAbsenceSpecificationSchema } from "@/duo-reports/absence-specification";
import { createDuoDraft } from "@/duo-reports/server/create-duo-draft";
import { updateDuoReport } from "@/duo-reports/server/update-duo-report";
import { markDuoReportReady } from "@/duo-reports/server/mark-duo-report-ready";
import { reopenDuoReport } from "@/duo-reports/server/reopen-duo-report";
import { exportDuoReport } from "@/duo-reports/server/export-duo-report";
import { markDuoReportSubmitted } from "@/duo-reports/server/mark-duo-report-submitted";
import { recordDuoStatus } from "@/duo-reports/server/record-duo-status";
import { confirmDuoEndDate } from "@/duo-reports/server/confirm-duo-end-date";
import { getDuoReport } from "@/duo-reports/server/get-duo-report";
import { viewDuoReport } from "@/duo-reports/server/view-duo-report";
import { listDuoReports } from "@/duo-reports/server/list-duo-reports";
import { listReportableSignals } from "@/duo-reports/server/list-reportable-signals";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// Monday 23 November 2026, 10:05 in Amsterdam: the app's "now" in these tests.
const NOW = new Date("2026-11-23T09:05:00Z");
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

let db: TestDatabase;
let a: SchoolWithLesson;
let b: SchoolWithLesson;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  a = await createSchoolWithLesson(db.prisma, { name: "Het Baken College", date: "2026-11-23", pupils: 6 });
  b = await createSchoolWithLesson(db.prisma, { name: "Andere school", date: "2026-11-23", pupils: 2 });
  // The coordinator of school A has a staff record: the reporter comes from it.
  await db.prisma.staff.create({
    data: { schoolId: a.schoolId, userId: a.users.coordinator.id, code: "VZC", firstName: "Petra", lastName: "de Vries", functionTitle: "verzuimcoördinator", email: "p.devries@baken.test", phone: "033-4567890" },
  });
});
afterAll(() => db.drop());

async function actor(role: FactoryRole, of = a): Promise<Actor> {
  return (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;
}

/** Lessons of the pupil's group on these dates (periods of 50 min from 08:30), registered with one status per period. */
async function registerDays(school: SchoolWithLesson, pupilId: string, dates: string[], statuses: AttendanceStatus[], lateMinutes = 0): Promise<void> {
  for (const date of dates) {
    for (const [i, status] of statuses.entries()) {
      const lesson = await db.prisma.lesson.create({
        data: { schoolId: school.schoolId, date: d(date), period: i + 1, startMinutes: 510 + i * 50, endMinutes: 560 + i * 50, groupId: school.groupId, subjectId: school.subjectId },
      });
      await db.prisma.registration.create({ data: { schoolId: school.schoolId, lessonId: lesson.id, pupilId, date: d(date), status, lateMinutes } });
    }
  }
}
const absent8: AttendanceStatus[] = Array.from({ length: 8 }, () => "ABSENT_UNEXCUSED");

type SignalFields = { kind: string; startDate: string; endDate: string | null; mandatory?: boolean; repeat?: boolean; level?: number; withdrawn?: boolean };
async function insertSignal(school: SchoolWithLesson, pupilId: string, s: SignalFields): Promise<string> {
  const signal = await db.prisma.signal.create({
    data: {
      schoolId: school.schoolId, pupilId, identity: `${s.kind}:${s.startDate}:${randomUUID()}`, kind: s.kind, mandatory: s.mandatory ?? true, repeat: s.repeat ?? false,
      startDate: d(s.startDate), endDate: s.endDate ? d(s.endDate) : null, reachedOn: d(s.endDate ?? s.startDate), dueBy: d("2026-11-30"), level: s.level ?? null,
      evaluatedAt: NOW, ...(s.withdrawn ? { withdrawnAt: NOW, withdrawnReason: "Niet meer onderbouwd door de registraties: 8 lessen zijn nu ziek." } : {}),
    },
  });
  return signal.id;
}

// Every call goes through the same wrapper as the server actions: permission, zod, use case.
function call<S extends z.ZodType, R>(who: Actor, schema: S, input: unknown, run: UseCase<z.infer<S>, R>): Promise<R> {
  return authorize(who, { permission: "duo-reports:manage", schema, input }, run);
}
const create = (who: Actor, signalId: string) => call(who, ZCreateDuoDraftSchema, { signalId }, ({ actor: x, input }) => createDuoDraft({ actor: x, input, now: NOW }));
const save = (who: Actor, reportId: string, fields: Record<string, string>) =>
  call(who, ZSaveDuoReportSchema, { reportId, ...fields }, ({ actor: x, input }) => updateDuoReport({ actor: x, reportId: input.reportId, fields: ZDuoHumanFieldsSchema.parse(input) }));
const ready = (who: Actor, reportId: string) => call(who, ZDuoReportIdSchema, { reportId }, markDuoReportReady);
const reopen = (who: Actor, reportId: string) => call(who, ZDuoReportIdSchema, { reportId }, reopenDuoReport);
const download = (who: Actor, reportId: string, format: string) =>
  call(who, ZExportDuoReportSchema, { reportId, format }, ({ actor: x, input }) => exportDuoReport({ actor: x, input, now: NOW }));
const submit = (who: Actor, reportId: string, submittedOn: string) =>
  call(who, ZMarkSubmittedSchema, { reportId, submittedOn }, ({ actor: x, input }) => markDuoReportSubmitted({ actor: x, input, now: NOW }));
const status = (who: Actor, reportId: string, duoStatus: string, closingReason = "") => call(who, ZRecordDuoStatusSchema, { reportId, duoStatus, closingReason }, recordDuoStatus);
const confirmEnd = (who: Actor, reportId: string) => call(who, ZDuoReportIdSchema, { reportId }, confirmDuoEndDate);

const COMPLETE = {
  suspectedReason: "Spijbelt; mogelijk problemen thuis",
  actionsTaken: "Gesprek met ouders op 12-11-2026, verzuimbrief verstuurd",
  municipalityActionWanted: "ja",
  reporterName: "Petra de Vries",
  reporterFunction: "verzuimcoördinator",
  reporterPhone: "033-4567890",
  reporterEmail: "p.devries@baken.test",
};

let pupilNo = 0;
/** The plain BSN of each pupil that newPupil made: the database holds only ciphertext. */
const bsnOf = new Map<string, string>();
/** A new pupil of the school, 13 years old, with a (valid, encrypted) BSN and a guardian with a phone. */
async function newPupil(school: SchoolWithLesson): Promise<string> {
  pupilNo++;
  const id = randomUUID();
  const bsn = randomBsn(createRng(pupilNo), new Set());
  bsnOf.set(id, bsn);
  const pupil = await prisma.pupil.create({
    data: {
      id, schoolId: school.schoolId, studentNumber: `3${String(pupilNo).padStart(5, "0")}`, firstName: "Sanne", infix: "van den", lastName: `Berg ${pupilNo}`,
      birthDate: d("2013-03-04"), bsnEncrypted: encryptPupilBsn(bsn, { schoolId: school.schoolId, pupilId: id }), sector: "HAVO", yearLevel: 2, enrolledFrom: d("2026-08-01"),
    },
  });
  const guardian = await prisma.guardian.create({ data: { schoolId: school.schoolId, name: "J. van den Berg", phone: `06-${String(10_000_000 + pupilNo)}` } });
  await prisma.pupilGuardian.create({ data: { schoolId: school.schoolId, pupilId: pupil.id, guardianId: guardian.id, relation: "vader", primaryContact: true } });
  return pupil.id;
}

/** A new pupil of school A with a 16-hour signal over Mon 9 – Wed 11 November (Tuesday's first hour present) and its draft. */
async function draftOf16h(): Promise<{ pupilId: string; signalId: string; reportId: string }> {
  const pupilId = await newPupil(a);
  await registerDays(a, pupilId, ["2026-11-09", "2026-11-11"], absent8);
  await registerDays(a, pupilId, ["2026-11-10"], ["PRESENT", ...absent8.slice(1)]);
  const signalId = await insertSignal(a, pupilId, { kind: "RELATIVE_16H", startDate: "2026-11-09", endDate: "2026-11-11" });
  const { reportId } = await create(await actor("coordinator"), signalId);
  return { pupilId, signalId, reportId };
}

function pdfText(pdf: Uint8Array): string {
  return execFileSync("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
}

describe("creating a draft from a signal", () => {
  it("fills every data field from the registrations, the pupil and the person acting", async () => {
    const { pupilId, signalId, reportId } = await draftOf16h();
    const report = await prisma.duoReport.findFirstOrThrow({ where: { id: reportId, schoolId: a.schoolId } });
    const guardian = await prisma.pupilGuardian.findFirstOrThrow({ where: { pupilId, schoolId: a.schoolId }, include: { guardian: true } });
    expect(report).toMatchObject({
      pupilId, signalId, absenceKind: "RELATIVE_16H", beginDate: d("2026-11-09"), endDate: d("2026-11-11"), allLessonsMissed: false, state: "DRAFT", duoStatus: null,
      reporterName: "Petra de Vries", reporterFunction: "verzuimcoördinator", reporterPhone: "033-4567890", reporterEmail: "p.devries@baken.test",
      contactPhone: guardian.guardian.phone, suspectedReason: null, actionsTaken: null, municipalityActionWanted: null, previousReportId: null,
      createdById: a.users.coordinator.id,
    });
    const spec = ZAbsenceSpecificationSchema.parse(report.specification);
    expect(spec.days.map((day) => [day.date, day.hours, day.periods.length, day.allLessonsMissed])).toEqual([
      ["2026-11-09", 6.67, 8, true], ["2026-11-10", 5.83, 7, false], ["2026-11-11", 6.67, 8, true],
    ]);
    expect(spec.hours).toBe(19.17);
    expect((await prisma.signal.findFirstOrThrow({ where: { id: signalId, schoolId: a.schoolId } })).state).toBe("IN_PROGRESS");
    expect(await prisma.duoReportEvent.count({ where: { reportId, toState: "DRAFT", fromState: null } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: "duo-report.create", actorId: a.users.coordinator.id } })).toBe(1);
  });

  it("makes one draft per signal, also when asked twice at once", async () => {
    const pupilId = a.pupilIds[5]!;
    const signalId = await insertSignal(a, pupilId, { kind: "LUXURY", startDate: "2026-10-16", endDate: "2026-10-16" });
    const coordinator = await actor("coordinator");
    const [x, y] = await Promise.all([create(coordinator, signalId), create(coordinator, signalId)]);
    expect(x.reportId).toBe(y.reportId);
    expect([x.created, y.created].sort()).toEqual([false, true]);
    expect((await create(coordinator, signalId)).created).toBe(false);
    expect(await prisma.duoReport.count({ where: { signalId } })).toBe(1);
  });

  it("takes the reporter from the user when the person has no staff record", async () => {
    const pupilId = a.pupilIds[4]!;
    const signalId = await insertSignal(a, pupilId, { kind: "LUXURY", startDate: "2026-10-15", endDate: "2026-10-15" });
    const leader = await actor("leader");
    const { reportId } = await create(leader, signalId);
    const report = await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({ absenceKind: "LUXURY", reporterName: leader.name, reporterFunction: "Schoolleiding", reporterEmail: leader.email, reporterPhone: null });
  });

  it("leaves the end date of an open LRV empty and specifies the absence up to today", async () => {
    const pupilId = a.pupilIds[3]!;
    await registerDays(a, pupilId, ["2026-11-19", "2026-11-20", "2026-11-23"], absent8.slice(0, 4));
    const signalId = await insertSignal(a, pupilId, { kind: "LONG_TERM_RELATIVE", startDate: "2026-11-19", endDate: null });
    const { reportId } = await create(await actor("coordinator"), signalId);
    const report = await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } });
    expect(report.endDate).toBeNull();
    expect(report.absenceKind).toBe("LONG_TERM_RELATIVE");
    const spec = ZAbsenceSpecificationSchema.parse(report.specification);
    expect([spec.from, spec.to, spec.days.length, spec.allLessonsMissed]).toEqual(["2026-11-19", "2026-11-23", 3, true]);
  });

  it("reports an 18+ pupil's optional 16 hours as V4, with the pupil's own phone", async () => {
    const id = randomUUID();
    const pupil = await prisma.pupil.create({
      data: { id, schoolId: a.schoolId, studentNumber: "200001", firstName: "Daan", lastName: "Meijer", birthDate: d("2008-01-15"), bsnEncrypted: encryptPupilBsn("111222333", { schoolId: a.schoolId, pupilId: id }), sector: "MBO", yearLevel: 2, phone: "06-55555555", enrolledFrom: d("2026-08-01") },
    });
    const guardian = await prisma.guardian.create({ data: { schoolId: a.schoolId, name: "M. Meijer", phone: "06-66666666" } });
    await prisma.pupilGuardian.create({ data: { schoolId: a.schoolId, pupilId: pupil.id, guardianId: guardian.id, relation: "moeder", primaryContact: true } });
    const signalId = await insertSignal(a, pupil.id, { kind: "RELATIVE_16H", mandatory: false, startDate: "2026-11-02", endDate: "2026-11-04" });
    const { reportId } = await create(await actor("coordinator"), signalId);
    expect(await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } })).toMatchObject({ absenceKind: "RELATIVE_16H_18PLUS", contactPhone: "06-55555555" });
  });

  it("makes overig verzuim of late arrivals level 2, counting the late minutes", async () => {
    const pupilId = a.pupilIds[2]!;
    await registerDays(a, pupilId, ["2026-10-05"], ["LATE_UNEXCUSED", "PRESENT"], 20);
    const signalId = await insertSignal(a, pupilId, { kind: "LATE_ARRIVALS", mandatory: false, level: 2, startDate: "2026-10-05", endDate: "2026-10-06" });
    const { reportId } = await create(await actor("coordinator"), signalId);
    const report = await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } });
    expect(report.absenceKind).toBe("OTHER");
    expect(ZAbsenceSpecificationSchema.parse(report.specification).days).toEqual([{ date: "2026-10-05", hours: 0.33, periods: [1], allLessonsMissed: false, unknownReasonLessons: 0 }]);
  });

  it("refuses a signal that makes no DUO report, a withdrawn one, and one of another school, writing nothing", async () => {
    const coordinator = await actor("coordinator");
    const pupilId = a.pupilIds[1]!;
    const letter = await insertSignal(a, pupilId, { kind: "UNEXCUSED_LETTER", mandatory: false, startDate: "2026-09-07", endDate: "2026-09-08" });
    const withdrawn = await insertSignal(a, pupilId, { kind: "RELATIVE_16H", startDate: "2026-09-14", endDate: "2026-09-16", withdrawn: true });
    const foreign = await insertSignal(b, b.pupilIds[0]!, { kind: "RELATIVE_16H", startDate: "2026-09-14", endDate: "2026-09-16" });
    const before = [await prisma.duoReport.count(), await prisma.auditEntry.count()];

    await expect(create(coordinator, letter)).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/geen verzuimmelding bij DUO/) });
    await expect(create(coordinator, withdrawn)).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/ingetrokken.*8 lessen zijn nu ziek/) });
    await expect(create(coordinator, foreign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(create(coordinator, randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(create(coordinator, "geen-id")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect([await prisma.duoReport.count(), await prisma.auditEntry.count()]).toEqual(before);
    expect((await prisma.signal.findFirstOrThrow({ where: { id: foreign } })).state).toBe("NEW");
  });

  it("links a repeat report to the report of the signal that ended the day before it began", async () => {
    const coordinator = await actor("coordinator");
    const pupilId = b.pupilIds[1]!;
    const other = await actor("coordinator", b);
    const first = await insertSignal(b, pupilId, { kind: "RELATIVE_16H", startDate: "2026-10-05", endDate: "2026-10-07" });
    const repeat = await insertSignal(b, pupilId, { kind: "RELATIVE_16H", repeat: true, startDate: "2026-10-08", endDate: "2026-10-14" });
    const lrv = await insertSignal(b, pupilId, { kind: "LONG_TERM_RELATIVE", startDate: "2026-10-15", endDate: null });
    const orphan = await insertSignal(b, pupilId, { kind: "RELATIVE_16H", repeat: true, startDate: "2026-11-02", endDate: "2026-11-06" });
    const firstReport = await create(other, first);
    const repeatReport = await create(other, repeat);
    const lrvReport = await create(other, lrv);
    const orphanReport = await create(other, orphan);
    const previousOf = async (id: string) => (await prisma.duoReport.findFirstOrThrow({ where: { id } })).previousReportId;
    expect(await previousOf(firstReport.reportId)).toBeNull();
    expect(await previousOf(repeatReport.reportId)).toBe(firstReport.reportId);
    expect(await previousOf(lrvReport.reportId)).toBe(repeatReport.reportId);
    expect(await previousOf(orphanReport.reportId)).toBeNull();
    const view = await getDuoReport({ actor: other, reportId: repeatReport.reportId });
    expect(view).toMatchObject({ continuesChain: true, previous: { id: firstReport.reportId, beginDate: "2026-10-05", endDate: "2026-10-07" } });
    expect((await getDuoReport({ actor: other, reportId: orphanReport.reportId })).previous).toBeNull();
    // And nobody of school A reaches any of it.
    await expect(getDuoReport({ actor: coordinator, reportId: repeatReport.reportId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("completing a draft", () => {
  it("saves the human fields and keeps an explanation only with ‘nee’", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await draftOf16h();
    await save(coordinator, reportId, { ...COMPLETE, municipalityActionWanted: "nee", municipalityActionExplanation: "Zorgtraject via het samenwerkingsverband" });
    expect(await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } })).toMatchObject({ municipalityActionWanted: false, municipalityActionExplanation: "Zorgtraject via het samenwerkingsverband" });
    await save(coordinator, reportId, { ...COMPLETE, municipalityActionExplanation: "oud antwoord" });
    expect(await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } })).toMatchObject({ municipalityActionWanted: true, municipalityActionExplanation: null });
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: "duo-report.update" } })).toBe(2);
    // Saving the same again is no change: no history line, no audit entry.
    await save(coordinator, reportId, { ...COMPLETE, municipalityActionExplanation: "oud antwoord" });
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: "duo-report.update" } })).toBe(2);
  });

  it("refuses badly formed input per field and saves nothing", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await draftOf16h();
    const error = await save(coordinator, reportId, { ...COMPLETE, reporterEmail: "petra@", reporterPhone: "bel maar", municipalityActionWanted: "misschien", suspectedReason: "x".repeat(2001) }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        reporterEmail: ["Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl."],
        reporterPhone: ["Vul een telefoonnummer in met cijfers, spaties, ‘-’ of ‘+’, bijvoorbeeld 06-12345678."],
        municipalityActionWanted: ["Kies ja of nee."],
        suspectedReason: ["Gebruik hoogstens 2000 tekens."],
      },
    });
    expect((await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } })).suspectedReason).toBeNull();
  });

  it("cannot be marked ready without the human fields: a clear message per field", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await draftOf16h();
    // The form always sends every field: what is left out is empty.
    await save(coordinator, reportId, { reporterFunction: "mentor", municipalityActionWanted: "nee" });
    const error = await ready(coordinator, reportId).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "INVALID_INPUT",
      message: "De melding is nog niet klaar voor verzending: vul de gemarkeerde velden in.",
      fieldErrors: {
        suspectedReason: ["Vul de vermoedelijke reden van het verzuim in."],
        actionsTaken: ["Beschrijf wat de school al heeft gedaan om het verzuim te stoppen."],
        municipalityActionExplanation: ["Leg uit waarom de school geen actie van de gemeente vraagt."],
        reporterName: ["Vul de naam van de melder in."],
        reporterPhone: ["Vul een telefoonnummer in waarop de leerplichtambtenaar de melder kan bereiken."],
        reporterEmail: ["Vul het e-mailadres van de melder in."],
      },
    });
    expect(Object.keys((error as { fieldErrors: object }).fieldErrors)).not.toContain("reporterFunction");
    expect((await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } })).state).toBe("DRAFT");
    expect(await prisma.duoReportEvent.count({ where: { reportId, toState: "READY" } })).toBe(0);
  });

  it("refuses a pupil without BSN or onderwijsnummer", async () => {
    const coordinator = await actor("coordinator");
    const { pupilId, reportId } = await draftOf16h();
    const { bsnEncrypted } = await prisma.pupil.findFirstOrThrow({ where: { id: pupilId } });
    await prisma.pupil.updateMany({ where: { id: pupilId }, data: { bsnEncrypted: null } });
    await save(coordinator, reportId, COMPLETE);
    await expect(ready(coordinator, reportId)).rejects.toMatchObject({ fieldErrors: { pupilNumber: [expect.stringMatching(/geen BSN of onderwijsnummer/)] } });
    await prisma.pupil.updateMany({ where: { id: pupilId }, data: { bsnEncrypted } });
  });

  it("is ready when complete; a ready report changes only after going back to draft", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await draftOf16h();
    await save(coordinator, reportId, COMPLETE);
    await expect(ready(coordinator, reportId)).resolves.toMatch(/klaar voor verzending/);
    await expect(save(coordinator, reportId, COMPLETE)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/terug naar concept/) });
    await expect(ready(coordinator, reportId)).rejects.toMatchObject({ code: "CONFLICT" });
    await reopen(coordinator, reportId);
    await save(coordinator, reportId, { ...COMPLETE, suspectedReason: "Aangepast" });
    await ready(coordinator, reportId);
    expect((await prisma.duoReportEvent.findMany({ where: { reportId }, orderBy: { at: "asc" } })).map((e) => e.toState)).toEqual(["DRAFT", "DRAFT", "READY", "DRAFT", "DRAFT", "READY"]);
  });
});

describe("exporting a report", () => {
  it("refuses a draft", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await draftOf16h();
    for (const format of ["pdf", "json", "csv", "csv-specificatie"]) {
      await expect(download(coordinator, reportId, format)).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/concept kan niet worden gedownload/) });
    }
    await expect(download(coordinator, reportId, "xlsx")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: "duo-report.export" } })).toBe(0);
  });

  it("gives a ready report as PDF, JSON and CSV with DUO's field names, and logs each download", async () => {
    const coordinator = await actor("coordinator");
    const { pupilId, reportId } = await draftOf16h();
    await save(coordinator, reportId, COMPLETE);
    await ready(coordinator, reportId);
    const pupil = await prisma.pupil.findFirstOrThrow({ where: { id: pupilId } });

    const pdf = await download(coordinator, reportId, "pdf");
    expect(pdf).toMatchObject({ contentType: "application/pdf", fileName: `verzuimmelding-${pupil.studentNumber}-2026-11-09.pdf` });
    const text = pdfText(pdf.body);
    expect(text).toContain([pupil.firstName, pupil.infix, pupil.lastName].filter(Boolean).join(" "));
    expect(text).toContain(`BRIN ${a.brin}`);
    expect(text).toMatch(/Vermoedelijke soort verzuim\s+16 uur in 4 weken \(V3\)/);
    expect(text).toMatch(/Begindatum verzuim\s+09-11-2026/);
    expect(text).toMatch(/Einddatum verzuim\s+11-11-2026/);
    expect(text).toMatch(/di 10-11-2026\s+5,83\s+2, 3, 4, 5, 6, 7, 8\s+Nee/);
    expect(text).toContain(`${bsnOf.get(pupilId)} (BSN)`);

    const json = JSON.parse(new TextDecoder().decode((await download(coordinator, reportId, "json")).body)) as { Verzuimmelding: Record<string, unknown> };
    expect(json.Verzuimmelding).toMatchObject({
      "Persoonsgebonden nummer leerling / deelnemer": bsnOf.get(pupilId), "Begindatum verzuim": "2026-11-09", "Einddatum verzuim": "2026-11-11",
      "Vermoedelijke soort verzuim": "16 uur in 4 weken", "Alle lessen gemist": "Nee", "Actie door gemeente gewenst": "Ja",
      "Gegevens melder": { Naam: "Petra de Vries", Functie: "verzuimcoördinator", Telefoonnummer: "033-4567890", "E-mail": "p.devries@baken.test" },
      Verzuimspecificatie: { Verzuimdagen: 3, Verzuimuren: 19.17 },
    });
    const csv = new TextDecoder().decode((await download(coordinator, reportId, "csv")).body);
    expect(csv.split("\r\n")[0]).toMatch(/^Persoonsgebonden nummer leerling \/ deelnemer;Begindatum verzuim;Einddatum verzuim;Vermoedelijke soort verzuim;/);
    expect(csv.split("\r\n")[1]).toContain(`${bsnOf.get(pupilId)};09-11-2026;11-11-2026;16 uur in 4 weken;`);
    const specification = new TextDecoder().decode((await download(coordinator, reportId, "csv-specificatie")).body);
    expect(specification.split("\r\n").filter(Boolean)).toHaveLength(4);
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: "duo-report.export", actorId: coordinator.userId } })).toBe(4);
  });
});

describe("the pupil's BSN", () => {
  it("is masked on the page, each view is audited, and the database holds only ciphertext", async () => {
    const coordinator = await actor("coordinator");
    const { pupilId, reportId } = await draftOf16h();
    const bsn = bsnOf.get(pupilId)!;
    const view = await viewDuoReport({ actor: coordinator, reportId });
    expect(view.pupil.number).toEqual({ kind: "BSN", value: `•••••${bsn.slice(-4)}` });
    expect(JSON.stringify(view)).not.toContain(bsn);
    await viewDuoReport({ actor: coordinator, reportId });
    const reads = await prisma.auditEntry.findMany({ where: { schoolId: a.schoolId, entityId: reportId, action: "duo-report.read" }, select: { actorId: true, pupilId: true, at: true } });
    expect(reads).toEqual([0, 1].map(() => ({ actorId: coordinator.userId, pupilId, at: expect.any(Date) })));

    await expect(viewDuoReport({ actor: await actor("coordinator", b), reportId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: "duo-report.read" } })).toBe(2);

    const stored = await prisma.$queryRaw<{ value: string }[]>`SELECT "bsnEncrypted" AS value FROM "Pupil" WHERE "bsnEncrypted" IS NOT NULL`;
    expect(stored.length).toBeGreaterThan(5);
    for (const { value } of stored) expect(value).toMatch(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{16}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]{24}$/);
    expect(stored.map((row) => row.value).join()).not.toContain(bsn);
  });

  it("must pass the elfproef and be readable before a report is ready or downloaded", async () => {
    const coordinator = await actor("coordinator");
    const { pupilId, reportId } = await draftOf16h();
    await save(coordinator, reportId, COMPLETE);
    const setBsn = (bsnEncrypted: string) => prisma.pupil.updateMany({ where: { schoolId: a.schoolId, id: pupilId }, data: { bsnEncrypted } });

    await setBsn(encryptPupilBsn("123456789", { schoolId: a.schoolId, pupilId })!);
    await expect(ready(coordinator, reportId)).rejects.toMatchObject({ fieldErrors: { pupilNumber: ["Het BSN van deze leerling klopt niet (elfproef). Controleer het in de administratie."] } });

    await setBsn(encryptPupilBsn(bsnOf.get(pupilId)!, { schoolId: a.schoolId, pupilId })!);
    await ready(coordinator, reportId);
    // Another pupil's ciphertext copied onto this row: bound to that pupil, it does not decrypt here.
    const other = await prisma.pupil.findFirstOrThrow({ where: { schoolId: a.schoolId, id: { not: pupilId }, bsnEncrypted: { not: null } }, select: { bsnEncrypted: true } });
    await setBsn(other.bsnEncrypted!);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await viewDuoReport({ actor: coordinator, reportId })).pupil.number).toEqual({ kind: "BSN", value: null });
    await expect(download(coordinator, reportId, "json")).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/BSN van deze leerling is onleesbaar/) });
    await reopen(coordinator, reportId);
    await expect(ready(coordinator, reportId)).rejects.toMatchObject({ fieldErrors: { pupilNumber: [expect.stringMatching(/BSN van deze leerling is onleesbaar/)] } });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(`"msg":"BSN van een leerling is onleesbaar"`));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(`"pupilId":"${pupilId}"`));
    expect(logged.mock.calls.flat().join()).not.toContain(other.bsnEncrypted!);
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: "duo-report.export" } })).toBe(0);
  });
});

describe("submitting and following DUO's statuses", () => {
  async function readyReport(): Promise<{ reportId: string; signalId: string }> {
    const coordinator = await actor("coordinator");
    const made = await draftOf16h();
    await save(coordinator, made.reportId, COMPLETE);
    await ready(coordinator, made.reportId);
    return made;
  }

  it("refuses to submit a draft or a report dated in the future", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await draftOf16h();
    await expect(submit(coordinator, reportId, "2026-11-23")).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/maak de melding eerst klaar/) });
    const ready = await readyReport();
    await expect(submit(coordinator, ready.reportId, "2026-11-24")).rejects.toMatchObject({ fieldErrors: { submittedOn: ["Kies vandaag of een eerdere dag."] } });
    await expect(submit(coordinator, ready.reportId, "2026-11-20")).rejects.toMatchObject({ fieldErrors: { submittedOn: [expect.stringMatching(/23-11-2026 of later/)] } });
    await expect(submit(coordinator, ready.reportId, "2026-02-30")).rejects.toMatchObject({ fieldErrors: { submittedOn: ["Deze datum bestaat niet."] } });
  });

  it("records when and by whom it was submitted; DUO registers it and the signal is reported", async () => {
    const leader = await actor("leader");
    const { reportId, signalId } = await readyReport();
    await submit(leader, reportId, "2026-11-23");
    expect(await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } })).toMatchObject({
      state: "SUBMITTED", duoStatus: "REGISTERED", submittedAt: d("2026-11-23"), submittedById: leader.userId,
    });
    expect((await prisma.signal.findFirstOrThrow({ where: { id: signalId } })).state).toBe("REPORTED");
    await expect(submit(leader, reportId, "2026-11-23")).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/al bij DUO gemeld/) });
    await expect(reopen(leader, reportId)).rejects.toMatchObject({ code: "CONFLICT" });
    // What was sent stays downloadable.
    await expect(download(leader, reportId, "pdf")).resolves.toMatchObject({ contentType: "application/pdf" });
  });

  it("follows DUO's lifecycle and refuses the steps it does not have", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await readyReport();
    await expect(status(coordinator, reportId, "IN_PROGRESS")).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/Markeer de melding eerst als gemeld/) });
    await submit(coordinator, reportId, "2026-11-23");
    await status(coordinator, reportId, "IN_PROGRESS");
    await expect(status(coordinator, reportId, "REGISTERED")).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/vanzelf/) });
    await expect(status(coordinator, reportId, "CLOSED")).rejects.toMatchObject({
      code: "INVALID_INPUT", fieldErrors: { closingReason: ["Kies de reden waarom de gemeente de melding heeft afgesloten."] },
    });
    await expect(status(coordinator, reportId, "CLOSED", "OPGELOST")).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { closingReason: ["Kies een van de redenen uit de lijst."] } });
    await status(coordinator, reportId, "CLOSED", "BACK_TO_SCHOOL");
    await expect(status(coordinator, reportId, "WITHDRAWN")).rejects.toMatchObject({ message: "Een melding met de DUO-status ‘Afgesloten’ verandert niet meer van status." });
    expect(await prisma.duoReport.findFirstOrThrow({ where: { id: reportId } })).toMatchObject({ duoStatus: "CLOSED", closingReason: "BACK_TO_SCHOOL" });
    const events = await prisma.duoReportEvent.findMany({ where: { reportId, fromState: { in: ["REGISTERED", "IN_PROGRESS"] } }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.fromState, e.toState, e.note])).toEqual([["REGISTERED", "IN_PROGRESS", null], ["IN_PROGRESS", "CLOSED", "Terug naar school, opleiding hervat"]]);
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: "duo-report.duo-status" } })).toBe(2);
  });

  it("lets the school withdraw a registered report", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await readyReport();
    await submit(coordinator, reportId, "2026-11-23");
    await expect(status(coordinator, reportId, "WITHDRAWN")).resolves.toBe("De DUO-status is nu ‘Ingetrokken’.");
    await expect(confirmEnd(coordinator, reportId)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the lists", () => {
  it("lists the school's reports by filter, and the mandatory signals still to report", async () => {
    const coordinator = await actor("coordinator");
    const pending = await insertSignal(a, a.pupilIds[0]!, { kind: "RELATIVE_16H", startDate: "2026-09-21", endDate: "2026-09-23" });
    const all = await listDuoReports({ actor: coordinator, filter: "alle" });
    const drafts = await listDuoReports({ actor: coordinator, filter: "concept" });
    expect(all.length).toBe(await prisma.duoReport.count({ where: { schoolId: a.schoolId } }));
    expect(drafts.every((r) => r.state === "DRAFT")).toBe(true);
    expect((await listDuoReports({ actor: coordinator, filter: "gemeld" })).every((r) => r.state === "SUBMITTED")).toBe(true);
    const toReport = await listReportableSignals({ actor: coordinator });
    expect(toReport.map((s) => s.signalId)).toContain(pending);
    const reported = await prisma.duoReport.findMany({ where: { schoolId: a.schoolId, signalId: { not: null } }, select: { signalId: true } });
    expect(toReport.some((s) => reported.some((r) => r.signalId === s.signalId))).toBe(false);
    expect((await listDuoReports({ actor: await actor("coordinator", b), filter: "alle" })).some((r) => all.some((x) => x.id === r.id))).toBe(false);
  });
});

describe("who may do what", () => {
  const DENIED: FactoryRole[] = ["teacher", "mentor", "parent", "admin"];

  async function snapshot() {
    return {
      reports: await prisma.duoReport.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, duoStatus: true, suspectedReason: true, endDateUpdateNeeded: true, updatedAt: true } }),
      events: await prisma.duoReportEvent.count(),
      audit: await prisma.auditEntry.count(),
      signals: await prisma.signal.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
    };
  }

  it.each(DENIED)("refuses every step to the %s, with nothing written", async (role) => {
    const { reportId } = await draftOf16h();
    const signalId = await insertSignal(a, a.pupilIds[1]!, { kind: "LUXURY", startDate: "2026-10-01", endDate: "2026-10-01" });
    const who = await actor(role);
    const before = await snapshot();
    // One at a time: each attempt is started only when the one before it was refused.
    const attempts = [
      () => create(who, signalId), () => save(who, reportId, COMPLETE), () => ready(who, reportId), () => reopen(who, reportId), () => download(who, reportId, "pdf"),
      () => submit(who, reportId, "2026-11-23"), () => status(who, reportId, "IN_PROGRESS"), () => confirmEnd(who, reportId),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });

  it("never lets another school's coordinator reach a report or a signal", async () => {
    const coordinator = await actor("coordinator");
    const { reportId } = await draftOf16h();
    await save(coordinator, reportId, COMPLETE);
    await ready(coordinator, reportId);
    const signalId = await insertSignal(a, a.pupilIds[1]!, { kind: "LUXURY", startDate: "2026-10-02", endDate: "2026-10-02" });
    const stranger = await actor("coordinator", b);
    const before = await snapshot();
    const attempts = [
      () => create(stranger, signalId), () => save(stranger, reportId, COMPLETE), () => ready(stranger, reportId), () => reopen(stranger, reportId),
      () => download(stranger, reportId, "json"), () => submit(stranger, reportId, "2026-11-23"), () => status(stranger, reportId, "IN_PROGRESS"),
      () => confirmEnd(stranger, reportId), () => getDuoReport({ actor: stranger, reportId }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses without a session", async () => {
    await expect(authorize(null, { permission: "duo-reports:manage", schema: ZDuoReportIdSchema, input: {} }, markDuoReportReady)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
