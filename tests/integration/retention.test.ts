import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/db/client";
import { applyRetention } from "@/retention/server/apply-retention";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const TODAY = "2026-11-23"; // 5 years: pupils who left on or before 22 November 2021 go
let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 1, name: "Andere school" });
  const [gone, kept] = school.pupilIds as [string, string];
  const { schoolId } = school;
  // The leaver has their own account (the factory gives it to the last pupil).
  await prisma.pupil.update({ where: { schoolId_id: { schoolId, id: school.ownPupilId } }, data: { userId: null } });
  await prisma.pupil.update({ where: { schoolId_id: { schoolId, id: gone } }, data: { enrolledUntil: day("2021-07-31"), userId: school.users.pupil.id } });
  await prisma.pupil.update({ where: { schoolId_id: { schoolId, id: kept } }, data: { enrolledUntil: day("2022-07-31") } });
  // The other school's pupil left long ago too, but that school keeps 10 years.
  await prisma.school.update({ where: { id: other.schoolId }, data: { retentionYears: 10 } });
  await prisma.pupil.update({ where: { schoolId_id: { schoolId: other.schoolId, id: other.pupilIds[0]! } }, data: { enrolledUntil: day("2019-07-31") } });
  for (const pupilId of [gone, kept]) {
    await prisma.registration.create({ data: { schoolId, lessonId: school.lessonId, pupilId, date: day(TODAY), observed: "ABSENT", status: "SICK", statusSource: "TEACHER" } });
    await prisma.absenceReport.create({ data: { schoolId, pupilId, kind: "SICK", startDate: day("2021-03-01"), reportedById: school.users.parent.id, reportedVia: "GUARDIAN" } });
    await prisma.caseEntry.create({ data: { schoolId, pupilId, kind: "NOTE", occurredOn: day("2021-03-02"), title: "Gesprek met moeder", authorId: school.users.coordinator.id } });
  }
  await prisma.auditEntry.create({ data: { schoolId, action: "case-file.read", entityType: "Pupil", entityId: gone, pupilId: gone, actorId: school.users.coordinator.id } });
});
afterAll(() => db.drop());

const count = async (pupilId: string) => ({
  pupils: await prisma.pupil.count({ where: { id: pupilId } }),
  registrations: await prisma.registration.count({ where: { pupilId } }),
  absenceReports: await prisma.absenceReport.count({ where: { pupilId } }),
  caseEntries: await prisma.caseEntry.count({ where: { pupilId } }),
});

describe("retention", () => {
  it("counts in a dry run and changes nothing", async () => {
    const report = await applyRetention({ schoolId: school.schoolId, today: TODAY, dryRun: true });
    expect(report).toMatchObject({ cutoff: "2021-11-22", pupils: 1, registrations: 1, absenceReports: 1, caseEntries: 1, guardians: 1 });
    expect(await count(school.pupilIds[0]!)).toEqual({ pupils: 1, registrations: 1, absenceReports: 1, caseEntries: 1 });
  });

  it("removes the data of pupils who left longer ago than the school keeps it, and their guardian and parent account", async () => {
    const [gone, kept, current] = school.pupilIds as [string, string, string];
    const report = await applyRetention({ schoolId: school.schoolId, today: TODAY });
    expect(report).toMatchObject({ pupils: 1, registrations: 1, absenceReports: 1, caseEntries: 1, guardians: 1, parentAccounts: 1, pupilAccounts: 1 });
    expect(await count(gone)).toEqual({ pupils: 0, registrations: 0, absenceReports: 0, caseEntries: 0 });
    expect(await count(kept)).toEqual({ pupils: 1, registrations: 1, absenceReports: 1, caseEntries: 1 });
    expect(await prisma.pupil.count({ where: { id: current } })).toBe(1);
    expect(await prisma.guardian.count({ where: { schoolId: school.schoolId, id: school.guardianId } })).toBe(0);
    expect(await prisma.user.count({ where: { id: school.users.parent.id } })).toBe(0);
    expect(await prisma.user.count({ where: { id: school.users.pupil.id } })).toBe(0);
    // Staff accounts stay.
    expect(await prisma.user.count({ where: { id: school.users.coordinator.id } })).toBe(1);
  });

  it("keeps the audit log and writes what it removed into it", async () => {
    const gone = school.pupilIds[0]!;
    expect(await prisma.auditEntry.count({ where: { pupilId: gone, action: "case-file.read" } })).toBe(1);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { schoolId: school.schoolId, action: "retention.apply" } });
    expect(entry.actorId).toBeNull();
    expect(entry.details).toMatchObject({ pupils: 1, registrations: 1, cutoff: "2021-11-22" });
  });

  it("follows each school's own period and touches no other school", async () => {
    expect(await applyRetention({ schoolId: other.schoolId, today: TODAY })).toMatchObject({ cutoff: "2016-11-22", pupils: 0 });
    expect(await prisma.pupil.count({ where: { schoolId: other.schoolId } })).toBe(1);
    expect(await applyRetention({ schoolId: school.schoolId, today: TODAY })).toMatchObject({ pupils: 0 });
  });
});
