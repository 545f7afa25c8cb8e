import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { getCaseFile } from "@/case-file/server/get-case-file";
import { ZCreateLetterSchema, ZLetterPdfParamsSchema } from "@/letters/schemas";
import { createLetter } from "@/letters/server/create-letter";
import { getLetterPdf } from "@/letters/server/get-letter-pdf";
import { fullName } from "@/pupils/full-name";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

process.env.APP_NOW = "2026-11-23T10:05:00+01:00";
const TODAY = "2026-11-23";
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const pdfText = (pdf: Uint8Array) => execFileSync("/usr/bin/pdftotext", ["-layout", "-", "-"], { input: pdf }).toString("utf8").replace(/\s+/g, " ");

let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let pupil: string;
let pupilName: string;
let signalId: string;
let duoReportId: string;
let otherGroupPupil: string;

async function actor(role: FactoryRole, of = school): Promise<Actor> {
  return (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;
}
/** "Brief maken" as `defineFormAction` runs it. */
function make(who: Actor, input: Record<string, string>) {
  return authorize(who, { permission: "letters:send", schema: ZCreateLetterSchema, input: { pupilId: pupil, ...input } }, ({ actor: a, input: i }) => createLetter({ actor: a, ...i }));
}
/** The download route's wrapper and use case. */
function download(who: Actor, id: string) {
  return authorize(who, { permission: "case-file:view", schema: ZLetterPdfParamsSchema, input: { id } }, ({ actor: a, input }) => getLetterPdf({ actor: a, letterId: input.id }));
}

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 2, name: "Het Baken College" });
  other = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 1, name: "Andere school" });
  pupil = school.pupilIds[0]!;
  const row = await prisma.pupil.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: pupil } } });
  pupilName = fullName(row);
  // Two unexcused lessons of 50 minutes this year: 1,7 hours.
  for (const period of [1, 2]) {
    const lesson = await prisma.lesson.create({
      data: { schoolId: school.schoolId, date: d("2026-11-16"), period, startMinutes: 480 + period * 50, endMinutes: 530 + period * 50, groupId: school.groupId, subjectId: school.subjectId },
    });
    await prisma.registration.create({ data: { schoolId: school.schoolId, lessonId: lesson.id, pupilId: pupil, date: d("2026-11-16"), status: "ABSENT_UNEXCUSED" } });
  }
  // And one unexcused late arrival.
  const late = await prisma.lesson.create({
    data: { schoolId: school.schoolId, date: d("2026-11-17"), period: 1, startMinutes: 530, endMinutes: 580, groupId: school.groupId, subjectId: school.subjectId },
  });
  await prisma.registration.create({ data: { schoolId: school.schoolId, lessonId: late.id, pupilId: pupil, date: d("2026-11-17"), status: "LATE_UNEXCUSED", lateMinutes: 6 } });
  signalId = (await prisma.signal.create({
    data: {
      schoolId: school.schoolId, pupilId: pupil, identity: "UNEXCUSED_LETTER:2026-11-02", kind: "UNEXCUSED_LETTER", mandatory: false,
      startDate: d("2026-11-02"), endDate: d("2026-11-04"), hours: 9.17, reachedOn: d("2026-11-04"), evaluatedAt: new Date(),
    },
  })).id;
  duoReportId = (await prisma.duoReport.create({
    data: {
      schoolId: school.schoolId, pupilId: pupil, absenceKind: "RELATIVE_16H", beginDate: d("2026-11-02"), endDate: d("2026-11-12"), specification: [],
      allLessonsMissed: false, reporterName: "Els Jansen", reporterFunction: "verzuimcoördinator", createdById: school.users.coordinator.id,
      submittedAt: new Date("2026-11-20T10:00:00Z"),
    },
  })).id;
  const group = await prisma.group.create({ data: { schoolId: school.schoolId, schoolYearId: school.schoolYearId, name: "3vwo-b" } });
  otherGroupPupil = (await prisma.pupil.create({
    data: { schoolId: school.schoolId, studentNumber: "200001", firstName: "Noor", lastName: "Bakker", birthDate: d("2012-05-05"), sector: "VWO", yearLevel: 3, enrolledFrom: d("2026-08-01") },
  })).id;
  await prisma.groupMember.create({ data: { schoolId: school.schoolId, groupId: group.id, pupilId: otherGroupPupil } });
  const lesson = await prisma.lesson.create({ data: { schoolId: school.schoolId, date: d("2026-11-16"), period: 1, startMinutes: 530, endMinutes: 580, groupId: group.id, subjectId: school.subjectId } });
  await prisma.registration.create({ data: { schoolId: school.schoolId, lessonId: lesson.id, pupilId: otherGroupPupil, date: d("2026-11-16"), status: "ABSENT_UNKNOWN" } });
});
afterAll(() => db.drop());

describe("making a letter", () => {
  it("renders the verzuimbrief as a PDF with the pupil, the school and the hours of the school year, and keeps it", async () => {
    const coordinator = await actor("coordinator");
    const letter = await make(coordinator, { kind: "ABSENCE_LETTER" });
    const row = await prisma.letter.findFirstOrThrow({ where: { id: letter.id, schoolId: school.schoolId } });
    expect(row).toMatchObject({ kind: "ABSENCE_LETTER", pupilId: pupil, subject: `Ongeoorloofd verzuim van ${pupilName}`, createdById: coordinator.userId });
    const text = pdfText(row.pdf);
    expect(text).toContain(pupilName);
    expect(text).toContain("Het Baken College");
    expect(text).toContain("1,7 uur zonder geldige reden afwezig is geweest in de periode 1 augustus 2026 tot en met 23 november 2026.");
    expect(text).toContain("Utrecht, 23 november 2026");
    expect(text).toContain(`${coordinator.name} Verzuimcoördinator Het Baken College`);
    expect(await prisma.auditEntry.count({ where: { action: "letter.create", entityId: letter.id, actorId: coordinator.userId } })).toBe(1);
  });

  it("prints the guardian's postal address under the names, and leaves the block out when it is not known", async () => {
    const coordinator = await actor("coordinator");
    const guardian = await prisma.guardian.findFirstOrThrow({ where: { schoolId: school.schoolId, id: school.guardianId } });
    const without = pdfText((await prisma.letter.findFirstOrThrow({ where: { id: (await make(coordinator, { kind: "ABSENCE_LETTER" })).id, schoolId: school.schoolId } })).pdf);
    // Straight from the names to the place and date: no empty lines, no half address.
    expect(without).toContain(`t.a.v. ${guardian.name} Utrecht, 23 november 2026`);

    await prisma.guardian.update({ where: { schoolId_id: { schoolId: school.schoolId, id: guardian.id } }, data: { street: "Kerkstraat 12a", postalCode: "3811ab", city: "Amersfoort" } });
    const letter = await make(coordinator, { kind: "ABSENCE_LETTER" });
    const text = pdfText((await prisma.letter.findFirstOrThrow({ where: { id: letter.id, schoolId: school.schoolId } })).pdf);
    expect(text).toContain(`Aan de ouder(s)/verzorger(s) van ${pupilName} t.a.v. ${guardian.name} Kerkstraat 12a 3811 AB AMERSFOORT Utrecht, 23 november 2026`);

    // Half an address is no address.
    await prisma.guardian.update({ where: { schoolId_id: { schoolId: school.schoolId, id: guardian.id } }, data: { city: null } });
    const half = pdfText((await prisma.letter.findFirstOrThrow({ where: { id: (await make(coordinator, { kind: "ABSENCE_LETTER" })).id, schoolId: school.schoolId } })).pdf);
    expect(half).not.toContain("Kerkstraat");
    await prisma.guardian.update({ where: { schoolId_id: { schoolId: school.schoolId, id: guardian.id } }, data: { street: null, postalCode: null } });
  });

  it("takes the hours and the period from the signal it is about", async () => {
    const letter = await make(await actor("mentor"), { kind: "ABSENCE_LETTER", signalId });
    const row = await prisma.letter.findFirstOrThrow({ where: { id: letter.id, schoolId: school.schoolId } });
    expect(row.signalId).toBe(signalId);
    expect(pdfText(row.pdf)).toContain("9,2 uur zonder geldige reden afwezig is geweest in de periode 2 november 2026 tot en met 4 november 2026.");
  });

  it("sends the notification of a DUO report to the parents and the pupil from 12", async () => {
    const letter = await createLetter({ actor: await actor("coordinator"), pupilId: pupil, kind: "DUO_NOTIFICATION", duoReportId });
    const row = await prisma.letter.findFirstOrThrow({ where: { id: letter.id, schoolId: school.schoolId } });
    const text = pdfText(row.pdf);
    expect(row.duoReportId).toBe(duoReportId);
    expect(text).toContain(`en aan ${pupilName}`);
    expect(text).toContain("op 20 november 2026 het verzuim van");
    expect(text).toContain("16 uur ongeoorloofd verzuim in 4 weken in de periode 2 november 2026 tot en met 12 november 2026");
  });

  it("refuses a DUO notification without a report to name, instead of leaving a hole", async () => {
    await expect(make(await actor("coordinator"), { kind: "DUO_NOTIFICATION" })).rejects.toMatchObject({
      code: "INVALID_INPUT", fieldErrors: { duoReportId: ["Kies de DUO-melding waar de brief over gaat."] },
    });
  });

  it("refuses a letter about something that did not happen: no unexcused hours, no late arrivals", async () => {
    const coordinator = await actor("coordinator");
    const classmate = school.pupilIds[1]!;
    await expect(make(coordinator, { kind: "ABSENCE_LETTER", pupilId: classmate })).rejects.toMatchObject({
      code: "INVALID_INPUT", fieldErrors: { signalId: [expect.stringMatching(/dit schooljaar geen uren ongeoorloofd verzuim/)] },
    });
    await expect(make(coordinator, { kind: "LATE_WARNING", pupilId: classmate })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.letter.count({ where: { pupilId: classmate } })).toBe(0);
  });

  it("refuses another pupil's signal, another group's pupil and another school's pupil (NOT_FOUND), and writes nothing", async () => {
    const before = await prisma.letter.count();
    const coordinator = await actor("coordinator");
    await expect(make(coordinator, { kind: "ABSENCE_LETTER", pupilId: school.pupilIds[1]!, signalId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(make(await actor("mentor"), { kind: "ABSENCE_LETTER", pupilId: otherGroupPupil })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(make(await actor("coordinator", other), { kind: "ABSENCE_LETTER" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const role of ["leader", "teacher", "parent"] as const) {
      await expect(make(await actor(role), { kind: "ABSENCE_LETTER" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.letter.count()).toBe(before);
  });
});

describe("a kept letter", () => {
  it("shows in the case file's timeline and downloads, audited, for those who may read the case file", async () => {
    const coordinator = await actor("coordinator");
    const letter = await make(coordinator, { kind: "LATE_WARNING" });
    const file = await getCaseFile({ actor: await actor("leader"), pupilId: pupil });
    expect(file.timeline[0]).toMatchObject({ type: "letter", date: TODAY, letter: { id: letter.id, kind: "LATE_WARNING" } });

    const leader = await actor("leader");
    const { pdf, fileName } = await download(leader, letter.id);
    expect(Buffer.from(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(fileName).toMatch(/^waarschuwing-te-laat-[a-z0-9-]+-2026-11-23\.pdf$/);
    expect(await prisma.auditEntry.count({ where: { action: "letter.download", entityId: letter.id, actorId: leader.userId } })).toBe(1);
  });

  it("is NOT_FOUND outside the reader's scope, and refused to teachers and parents", async () => {
    const letter = await createLetter({ actor: await actor("coordinator"), pupilId: otherGroupPupil, kind: "ABSENCE_LETTER" });
    await expect(download(await actor("mentor"), letter.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(download(await actor("coordinator", other), letter.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(download(await actor("teacher"), letter.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(download(await actor("parent"), letter.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
