import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { ZCaseFileParamsSchema } from "@/case-file/schemas";
import { getCaseFile } from "@/case-file/server/get-case-file";
import { listPupilsInScope } from "@/case-file/server/list-pupils-in-scope";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// The app clock: Monday 23 November 2026, 10:05 in Amsterdam (read once, on first use).
process.env.APP_NOW = "2026-11-23T10:05:00+01:00";
const TODAY = "2026-11-23";
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let pupil: string;
let classmate: string;
let otherGroupPupil: string;

async function actor(role: FactoryRole, of = school): Promise<Actor> {
  return (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;
}

/** The case file exactly as the page reads it: permission, path parameter, use case. */
function read(who: Actor, pupilId: string) {
  return authorize(who, { permission: "case-file:view", schema: ZCaseFileParamsSchema, input: { pupilId } }, ({ actor: a, input }) => getCaseFile({ actor: a, pupilId: input.pupilId }));
}

async function lesson(date: string, period: number, options: { cancelled?: boolean; groupId?: string } = {}): Promise<string> {
  const row = await prisma.lesson.create({
    data: {
      schoolId: school.schoolId, date: d(date), period, startMinutes: 480 + period * 50, endMinutes: 530 + period * 50,
      groupId: options.groupId ?? school.groupId, subjectId: school.subjectId, staffId: school.teacherStaffId, cancelled: options.cancelled ?? false,
    },
  });
  return row.id;
}

async function mark(lessonId: string, date: string, pupilId: string, status: AttendanceStatus, lateMinutes = 0): Promise<void> {
  await prisma.registration.create({ data: { schoolId: school.schoolId, lessonId, pupilId, date: d(date), status, lateMinutes } });
}

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 1, name: "Andere school" });
  [pupil, classmate] = school.pupilIds as [string, string];

  // Monday 16th: one unexcused lesson among present ones.
  const mon = [await lesson("2026-11-16", 1), await lesson("2026-11-16", 2), await lesson("2026-11-16", 3)];
  await mark(mon[0]!, "2026-11-16", pupil, "PRESENT");
  await mark(mon[1]!, "2026-11-16", pupil, "ABSENT_UNEXCUSED");
  await mark(mon[2]!, "2026-11-16", pupil, "PRESENT");
  // Tuesday: sick; the classmate's absence that day must not show in this pupil's file.
  for (const p of [1, 2]) {
    const id = await lesson("2026-11-17", p);
    await mark(id, "2026-11-17", pupil, "SICK");
    await mark(id, "2026-11-17", classmate, "ABSENT_UNEXCUSED");
  }
  // Wednesday: nobody registered (no rows at all).
  await lesson("2026-11-18", 1);
  await lesson("2026-11-18", 2);
  // Thursday: late once, present once.
  await mark(await lesson("2026-11-19", 1), "2026-11-19", pupil, "LATE_UNEXCUSED", 7);
  await mark(await lesson("2026-11-19", 2), "2026-11-19", pupil, "PRESENT");
  // Friday: the only lesson was cancelled.
  await lesson("2026-11-20", 1, { cancelled: true });
  // Friday 13th: absent in a lesson the pupil is exempted from (opbouwrooster): not theirs.
  const exempt = await lesson("2026-11-13", 1);
  await mark(exempt, "2026-11-13", pupil, "ABSENT_UNEXCUSED");
  await prisma.scheduleAdjustment.create({ data: { schoolId: school.schoolId, pupilId: pupil, kind: "EXEMPTION", category: "REDUCED_SCHEDULE", lessonId: exempt, validFrom: d("2026-11-13"), reason: "opbouwrooster" } });
  // Today: the 08:30 lesson has begun (reason still unknown); a 14:00 lesson has not.
  await mark(school.lessonId, TODAY, pupil, "ABSENT_UNKNOWN");
  await prisma.lesson.create({ data: { schoolId: school.schoolId, date: d(TODAY), period: 7, startMinutes: 840, endMinutes: 890, groupId: school.groupId, subjectId: school.subjectId } });

  await prisma.signal.createMany({
    data: [
      {
        schoolId: school.schoolId, pupilId: pupil, identity: "RELATIVE_16H:2026-11-16", kind: "RELATIVE_16H", mandatory: true, startDate: d("2026-11-16"), endDate: d("2026-11-19"),
        hours: 16.5, reachedOn: d("2026-11-19"), dueBy: d("2026-11-26"), evaluatedAt: new Date(),
        evidence: { lessons: [{ date: "2026-11-16", period: 2, start: "09:20", end: "10:10", status: "ABSENT_UNEXCUSED", hours: 0.83 }], lessonCount: 1, hours: 0.83, omitted: 0 },
      },
      {
        schoolId: school.schoolId, pupilId: pupil, identity: "SICKNESS_LONG:2026-10-01", kind: "SICKNESS_LONG", mandatory: false, startDate: d("2026-10-01"), endDate: null,
        reachedOn: d("2026-10-09"), evaluatedAt: new Date(), withdrawnAt: new Date("2026-11-02T09:00:00Z"), withdrawnReason: "Niet meer onderbouwd door de registraties: 6 lessen zijn nu aanwezig.",
      },
    ],
  });
  await prisma.duoReport.create({
    data: {
      schoolId: school.schoolId, pupilId: pupil, absenceKind: "RELATIVE_16H", beginDate: d("2026-11-16"), endDate: d("2026-11-19"), specification: [],
      allLessonsMissed: false, reporterName: "Els Jansen", reporterFunction: "verzuimcoördinator", createdById: school.users.coordinator.id,
      createdAt: new Date("2026-11-20T10:00:00Z"),
    },
  });

  // A second class, not the factory mentor's.
  const group = await prisma.group.create({ data: { schoolId: school.schoolId, schoolYearId: school.schoolYearId, name: "3vwo-b" } });
  const p = await prisma.pupil.create({
    data: { schoolId: school.schoolId, studentNumber: "200001", firstName: "Noor", lastName: "Bakker", birthDate: d("2012-05-05"), sector: "VWO", yearLevel: 3, enrolledFrom: d("2026-08-01") },
  });
  await prisma.groupMember.create({ data: { schoolId: school.schoolId, groupId: group.id, pupilId: p.id } });
  otherGroupPupil = p.id;
});
afterAll(() => db.drop());

describe("reading a case file", () => {
  it("colours each day by its worst category, from this pupil's own schedule", async () => {
    const file = await read(await actor("coordinator"), pupil);
    const cells = new Map(file.months.flatMap((m) => m.weeks.flat()).filter((c) => c !== null).map((c) => [c.date, c]));
    expect(Object.fromEntries(["2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-23", "2026-11-24"].map((date) => [date, cells.get(date)!.kind]))).toEqual({
      "2026-11-13": "NO_LESSONS", // the only lesson is one they are exempted from
      "2026-11-16": "UNEXCUSED",
      "2026-11-17": "EXCUSED",
      "2026-11-18": "UNREGISTERED",
      "2026-11-19": "LATE",
      "2026-11-20": "NO_LESSONS", // cancelled
      "2026-11-21": "WEEKEND",
      "2026-11-23": "UNKNOWN", // the 14:00 lesson has not begun
      "2026-11-24": "FUTURE",
    });
    expect(cells.get("2026-11-16")!.summary).toBe("maandag 16 november 2026: 3 lessen: 2× aanwezig, 1× ongeoorloofd afwezig (0,8 u). Signaal: 16 uur in 4 weken");
    expect(cells.get("2026-11-19")!.signals).toEqual(["16 uur in 4 weken"]);
    expect(cells.get("2026-11-20")!.signals).toEqual([]);
    expect(file.totals).toEqual({ registeredLessons: 8, presentLessons: 4, unexcusedMinutes: 100, excusedMinutes: 100, lateCount: 1 });
  });

  it("lists the signals, a withdrawn one with its reason, next to the DUO report, newest first", async () => {
    const file = await read(await actor("coordinator"), pupil);
    expect(file.signals.map((s) => [s.kind, s.hours, s.dueBy, s.withdrawnReason])).toEqual([
      ["RELATIVE_16H", 16.5, "2026-11-26", null],
      ["SICKNESS_LONG", null, null, "Niet meer onderbouwd door de registraties: 6 lessen zijn nu aanwezig."],
    ]);
    expect(file.signals[0]!.evidence!.lessonCount).toBe(1);
    expect(file.timeline.map((i) => `${i.type}:${i.date}`)).toEqual(["duo-report:2026-11-20", "signal:2026-11-19", "signal:2026-10-09"]);
  });

  it("shows the header with class, age, mentor and guardians' phone numbers", async () => {
    const file = await read(await actor("leader"), pupil);
    expect(file.header).toMatchObject({ className: "2havo-a", age: 13 });
    expect(file.header.mentors).toHaveLength(1);
    expect(file.header.guardians[0]!.phone).toMatch(/^06-/);
  });

  it("writes an audited read with the actor", async () => {
    const coordinator = await actor("coordinator");
    const before = await prisma.auditEntry.count({ where: { action: "case-file.read" } });
    await read(coordinator, pupil);
    const entries = await prisma.auditEntry.findMany({ where: { action: "case-file.read" }, orderBy: { at: "desc" }, take: 1 });
    expect(await prisma.auditEntry.count({ where: { action: "case-file.read" } })).toBe(before + 1);
    expect(entries[0]).toMatchObject({ actorId: coordinator.userId, pupilId: pupil, schoolId: school.schoolId });
  });
});

describe("who may read which case file", () => {
  it("lets a mentor read their own group's pupil, not another group's (NOT_FOUND, as if it did not exist)", async () => {
    const mentor = await actor("mentor");
    await expect(read(mentor, pupil)).resolves.toMatchObject({ header: { id: pupil } });
    await expect(read(mentor, otherGroupPupil)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const found = await listPupilsInScope({ actor: mentor, query: "", today: TODAY, yearStart: "2026-08-01" });
    expect(found.pupils.map((p) => p.id).sort()).toEqual([...school.pupilIds].sort());
    const ranked = await listPupilsInScope({ actor: await actor("coordinator"), query: "", order: "unexcused", today: TODAY, yearStart: "2026-08-01" });
    // Only pupils with unexcused absence, the most first; the exempted lesson is still a registration, so it counts here.
    expect(ranked.pupils.map((p) => [p.id, p.unexcusedMinutes])).toEqual([[pupil, 150], [classmate, 100]]);
  });

  it("keeps a pupil who left the mentor's class out of the mentor's reach, not the coordinator's", async () => {
    // The third pupil left the class last Friday; the membership's dates say so.
    const leaver = school.pupilIds[2]!;
    await prisma.groupMember.update({ where: { schoolId_groupId_pupilId: { schoolId: school.schoolId, groupId: school.groupId, pupilId: leaver } }, data: { validUntil: d("2026-11-20") } });
    try {
      const mentor = await actor("mentor");
      await expect(read(mentor, leaver)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const found = await listPupilsInScope({ actor: mentor, query: "", today: TODAY, yearStart: "2026-08-01" });
      expect(found.pupils.map((p) => p.id)).not.toContain(leaver);
      await expect(read(await actor("coordinator"), leaver)).resolves.toMatchObject({ header: { id: leaver } });
      // A membership that only starts next week does not reach today either.
      await prisma.groupMember.update({ where: { schoolId_groupId_pupilId: { schoolId: school.schoolId, groupId: school.groupId, pupilId: leaver } }, data: { validFrom: d("2026-11-30"), validUntil: null } });
      await expect(read(mentor, leaver)).rejects.toMatchObject({ code: "NOT_FOUND" });
    } finally {
      await prisma.groupMember.update({ where: { schoolId_groupId_pupilId: { schoolId: school.schoolId, groupId: school.groupId, pupilId: leaver } }, data: { validFrom: null, validUntil: null } });
    }
  });

  it("keeps last school year's class out of its mentor's reach", async () => {
    const lastYear = await prisma.schoolYear.create({ data: { schoolId: school.schoolId, name: "2025-2026", startDate: d("2025-08-01"), endDate: d("2026-07-31") } });
    const oldGroup = await prisma.group.create({ data: { schoolId: school.schoolId, schoolYearId: lastYear.id, name: "1havo-a (vorig jaar)" } });
    await prisma.groupMentor.create({ data: { schoolId: school.schoolId, groupId: oldGroup.id, staffId: school.mentorStaffId } });
    await prisma.groupMember.create({ data: { schoolId: school.schoolId, groupId: oldGroup.id, pupilId: otherGroupPupil } });
    await expect(read(await actor("mentor"), otherGroupPupil)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("hides another school's pupil from its coordinator", async () => {
    await expect(read(await actor("coordinator", other), pupil)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(read(await actor("coordinator"), other.pupilIds[0]!)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses teachers, parents and administrators, and writes nothing", async () => {
    const before = await prisma.auditEntry.count();
    for (const role of ["teacher", "parent", "admin"] as const) {
      await expect(read(await actor(role), pupil)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.auditEntry.count()).toBe(before);
  });

  it("refuses a malformed id before any query", async () => {
    await expect(read(await actor("coordinator"), "../../etc")).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
