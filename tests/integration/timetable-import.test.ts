import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { confirmTimetableImport } from "@/imports/timetable/server/confirm-timetable-import";
import { previewTimetableImport } from "@/imports/timetable/server/preview-timetable-import";
import { buildZermeloExport, zermeloAppointment } from "@/imports/timetable/zermelo-fixture";
import { lessonPupilsSql } from "@/registration/server/lesson-pupils-sql";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// Issue 12: the timetable from Zermelo, previewed, then written from a chosen date (decisions 145–148).

const MONDAY = "2026-11-23";
const FROM = "2026-11-24";
let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let admin: Actor;
let referencedLaterLessonId: string;
let unreferencedLaterLessonId: string;

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toFile = (value: unknown, name = "afspraken.json") => [{ name, bytes: new TextEncoder().encode(JSON.stringify(value)) }];

/** The week of 23–27 November: 2havo-a has two lessons a day, cluster 2h-kwt1 one on Monday, and two appointments the import must refuse. */
function weekExport({ teachers = ["DOC", "MEN"] }: { teachers?: string[] } = {}) {
  const file = buildZermeloExport({
    from: MONDAY, to: "2026-11-27", classes: ["2havo-a"], teachers, subjects: ["wi", "ne"], lessonsPerDay: 2,
    clusters: [{ code: "2h-kwt1", students: ["100001", "100002"] }],
  });
  file.response.data.push(
    zermeloAppointment({ id: 900, date: "2026-11-25", period: 3, groups: ["9zz"], teachers: ["DOC"], subjects: ["wi"] }),
    zermeloAppointment({ id: 901, date: "2026-11-25", period: 4, groups: ["2havo-a"], teachers: ["XYZ"], subjects: ["ne"] }),
    zermeloAppointment({ id: 902, date: "2026-11-25", period: 4, groups: ["2havo-a"], teachers: ["DOC"], subjects: ["ne"], valid: false }),
  );
  return file;
}

const lessonsOf = (schoolId: string) =>
  prisma.lesson.findMany({ where: { schoolId }, orderBy: [{ date: "asc" }, { startMinutes: "asc" }], select: { id: true, date: true, startMinutes: true, staffId: true, cancelled: true, cancelReason: true, timetableEntryId: true, groupId: true } });

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: MONDAY, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: MONDAY, pupils: 2 });
  admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
  // After the from-date and not in the file: one with a registration (kept, cancelled), one without (deleted).
  const later = (date: string) => db.prisma.lesson.create({
    data: { schoolId: school.schoolId, date: d(date), period: 8, startMinutes: 900, endMinutes: 950, groupId: school.groupId, subjectId: school.subjectId, staffId: school.teacherStaffId },
  });
  referencedLaterLessonId = (await later("2026-11-26")).id;
  unreferencedLaterLessonId = (await later("2026-11-25")).id;
  await db.prisma.registration.create({ data: { schoolId: school.schoolId, lessonId: referencedLaterLessonId, pupilId: school.pupilIds[0]!, date: d("2026-11-26"), status: "PRESENT", observed: "PRESENT" } });
  // The factory's lesson on Monday, before the from-date, with a registration: untouched.
  await db.prisma.registration.create({ data: { schoolId: school.schoolId, lessonId: school.lessonId, pupilId: school.pupilIds[1]!, date: d(MONDAY), status: "PRESENT", observed: "PRESENT" } });
});
afterAll(() => db.drop());

describe("the preview", () => {
  it("counts what would change, names the new cluster with its members and lists each refused appointment with its position and reason; it writes nothing", async () => {
    const before = await lessonsOf(school.schoolId);
    const { id, preview } = await previewTimetableImport({ actor: admin, format: "zermelo", files: toFile(weekExport()), from: FROM });
    expect(id).not.toBeNull();
    // Tue–Fri: 2 class lessons a day; the cluster's Monday lesson is before the from-date.
    expect(preview.lessons).toEqual({ added: 8, changed: 0, removed: 1, keptCancelled: 1, unchanged: 0 });
    expect(preview.beforeFrom).toBe(3);
    expect(preview.newClusters).toEqual([]); // its only lesson is before the from-date
    expect(preview.problems).toEqual([
      { line: 12, message: expect.stringMatching(/Onbekende klas ‘9zz’/) },
      { line: 13, message: expect.stringMatching(/Onbekende docent ‘XYZ’/) },
    ]);
    expect(await lessonsOf(school.schoolId)).toEqual(before);
  });

  it("refuses a file that is no JSON, or JSON of another shape, as a whole with its name", async () => {
    await expect(previewTimetableImport({ actor: admin, format: "zermelo", files: [{ name: "rooster.pdf", bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1]) }], from: FROM }))
      .rejects.toThrow(/rooster.pdf: dit is geen tekstbestand/);
    await expect(previewTimetableImport({ actor: admin, format: "zermelo", files: toFile({ leerlingen: [] }, "x.json"), from: FROM }))
      .rejects.toThrow(/x.json: Dit bestand heeft niet de vorm van Zermelo-afspraken/);
  });
});

describe("confirming from a date", () => {
  it("leaves earlier lessons and every registration, replaces later lessons, keeps a later lesson with a registration as cancelled; once", async () => {
    const otherBefore = await lessonsOf(other.schoolId);
    const mondayBefore = await db.prisma.lesson.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: school.lessonId } } });
    const { id } = await previewTimetableImport({ actor: admin, format: "zermelo", files: toFile(weekExport()), from: FROM });
    const done = await confirmTimetableImport({ actor: admin, id: id!, format: "zermelo" });
    expect(done.lessons.added).toBe(8);

    expect(await db.prisma.lesson.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: school.lessonId } } })).toEqual(mondayBefore);
    expect(await db.prisma.lesson.findUnique({ where: { schoolId_id: { schoolId: school.schoolId, id: unreferencedLaterLessonId } } })).toBeNull();
    expect(await db.prisma.lesson.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: referencedLaterLessonId } }, select: { cancelled: true, cancelReason: true } }))
      .toEqual({ cancelled: true, cancelReason: "Vervallen in nieuw rooster" });
    expect(await db.prisma.registration.count({ where: { schoolId: school.schoolId } })).toBe(2);
    const imported = (await lessonsOf(school.schoolId)).filter((l) => l.date >= d(FROM) && !l.cancelled);
    expect(imported).toHaveLength(8);
    expect(imported.every((l) => l.timetableEntryId !== null)).toBe(true);
    expect(await db.prisma.auditEntry.count({ where: { schoolId: school.schoolId, action: "timetable.import" } })).toBe(1);
    // The pending import is gone: a second confirmation finds nothing.
    await expect(confirmTimetableImport({ actor: admin, id: id!, format: "zermelo" })).rejects.toThrow(/al bevestigd/);
    expect(await lessonsOf(other.schoolId)).toEqual(otherBefore);
  });

  it("changes nothing when the same file comes again, and the preview says so", async () => {
    const before = await lessonsOf(school.schoolId);
    const { id, preview } = await previewTimetableImport({ actor: admin, format: "zermelo", files: toFile(weekExport()), from: FROM });
    expect(preview.nothingChanges).toBe(true);
    expect(preview.lessons).toMatchObject({ added: 0, changed: 0, removed: 0, keptCancelled: 0, unchanged: 8 });
    await confirmTimetableImport({ actor: admin, id: id!, format: "zermelo" });
    expect(await lessonsOf(school.schoolId)).toEqual(before);
  });

  it("keeps the lesson rows and their timetable entries when only the teacher changes, so an exemption per entry still holds", async () => {
    const before = (await lessonsOf(school.schoolId)).filter((l) => l.date >= d(FROM) && !l.cancelled);
    const entryId = before[0]!.timetableEntryId!;
    await db.prisma.scheduleAdjustment.create({
      data: { schoolId: school.schoolId, pupilId: school.pupilIds[2]!, kind: "EXEMPTION", timetableEntryId: entryId, validFrom: d(FROM), reason: "Vrijstelling" },
    });
    const { id, preview } = await previewTimetableImport({ actor: admin, format: "zermelo", files: toFile(weekExport({ teachers: ["MEN", "DOC"] })), from: FROM });
    expect(preview.lessons).toMatchObject({ added: 0, removed: 0, changed: 8 });
    await confirmTimetableImport({ actor: admin, id: id!, format: "zermelo" });
    const after = (await lessonsOf(school.schoolId)).filter((l) => l.date >= d(FROM) && !l.cancelled);
    expect(after.map((l) => [l.id, l.timetableEntryId])).toEqual(before.map((l) => [l.id, l.timetableEntryId]));
    expect(after.map((l) => l.staffId)).not.toEqual(before.map((l) => l.staffId));
    const pupils = await prisma.$queryRawUnsafe<{ pupilId: string }[]>(lessonPupilsSql("$1", "$2"), school.schoolId, [after.find((l) => l.timetableEntryId === entryId)!.id]);
    expect(pupils.map((p) => p.pupilId).sort()).toEqual([school.pupilIds[0]!, school.pupilIds[1]!].sort());
  });
});

describe("a cluster lesson", () => {
  it("creates the cluster group with the listed pupils as members, who then have that lesson in their individual schedule", async () => {
    const { id, preview } = await previewTimetableImport({ actor: admin, format: "zermelo", files: toFile(weekExport()), from: MONDAY });
    expect(preview.newClusters).toEqual([{ code: "2h-kwt1", schoolYear: expect.any(String), members: 2 }]);
    await confirmTimetableImport({ actor: admin, id: id!, format: "zermelo" });
    const cluster = await db.prisma.group.findFirstOrThrow({ where: { schoolId: school.schoolId, name: "2h-kwt1" }, select: { id: true, kind: true } });
    expect(cluster.kind).toBe("CLUSTER");
    const lesson = await db.prisma.lesson.findFirstOrThrow({ where: { schoolId: school.schoolId, groupId: cluster.id }, select: { id: true } });
    const pupils = await prisma.$queryRawUnsafe<{ pupilId: string }[]>(lessonPupilsSql("$1", "$2"), school.schoolId, [lesson.id]);
    expect(pupils.map((p) => p.pupilId).sort()).toEqual([school.pupilIds[0]!, school.pupilIds[1]!].sort());
    // The factory's Monday lesson has registrations: kept as it was, although the import now starts on Monday.
    expect(await db.prisma.registration.count({ where: { schoolId: school.schoolId, lessonId: school.lessonId } })).toBe(1);
  });

  it("ends the membership of a pupil no longer listed the day before the import, and keeps an end date that was set", async () => {
    const cluster = await db.prisma.group.findFirstOrThrow({ where: { schoolId: school.schoolId, name: "2h-kwt1" }, select: { id: true } });
    const file = buildZermeloExport({ from: "2026-11-30", to: "2026-12-04", classes: ["2havo-a"], teachers: ["DOC"], subjects: ["wi"], lessonsPerDay: 1, clusters: [{ code: "2h-kwt1", students: ["100002"] }] });
    const { id } = await previewTimetableImport({ actor: admin, format: "zermelo", files: toFile(file), from: "2026-11-30" });
    await confirmTimetableImport({ actor: admin, id: id!, format: "zermelo" });
    const members = await db.prisma.groupMember.findMany({ where: { schoolId: school.schoolId, groupId: cluster.id }, select: { pupilId: true, validUntil: true } });
    expect(members.find((m) => m.pupilId === school.pupilIds[0])?.validUntil).toEqual(d("2026-11-29"));
    expect(members.find((m) => m.pupilId === school.pupilIds[1])?.validUntil).toBeNull();
  });
});

describe("another school", () => {
  it("is never touched: the same codes of another school are not matched", async () => {
    const otherAdmin = (await loadActor({ userId: other.users.admin.id, schoolId: other.schoolId }))!;
    const mine = await lessonsOf(school.schoolId);
    const { id } = await previewTimetableImport({ actor: otherAdmin, format: "zermelo", files: toFile(weekExport()), from: FROM });
    await confirmTimetableImport({ actor: otherAdmin, id: id!, format: "zermelo" });
    expect(await lessonsOf(school.schoolId)).toEqual(mine);
    // And the other school's admin cannot confirm this school's pending import.
    const { id: mineId } = await previewTimetableImport({ actor: admin, format: "zermelo", files: toFile(weekExport()), from: FROM });
    await expect(confirmTimetableImport({ actor: otherAdmin, id: mineId!, format: "zermelo" })).rejects.toThrow(/al bevestigd/);
  });
});
