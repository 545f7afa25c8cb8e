import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_BELL_PERIODS } from "@/calendar/default-bell-schedule";
import { loadActor, type Actor } from "@/auth/load-actor";
import { confirmTimetableImport } from "@/imports/timetable/server/confirm-timetable-import";
import { previewTimetableImport } from "@/imports/timetable/server/preview-timetable-import";
import { buildUntisFiles } from "@/imports/timetable/untis/untis-fixture";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// Issue 12: the timetable from Untis' GPU files, made into dated lessons by the school's calendar and bell
// schedule (decisions 157, 158), then previewed and written like Zermelo's (decisions 145–148).

const FROM = "2026-11-23"; // a Monday
let db: TestDatabase;
let school: SchoolWithLesson;
let admin: Actor;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const asUploads = (files: { name: string; text: string }[]) => files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: "2026-11-20", pupils: 2 });
  admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
  const schedule = await db.prisma.bellSchedule.create({ data: { schoolId: school.schoolId, name: "Normaal rooster" } });
  await db.prisma.bellPeriod.createMany({
    data: DEFAULT_BELL_PERIODS.map(([startMinutes, endMinutes], i) => ({ schoolId: school.schoolId, bellScheduleId: schedule.id, number: i + 1, startMinutes, endMinutes })),
  });
  await db.prisma.bellScheduleUse.createMany({ data: [1, 2, 3, 4, 5].map((weekday) => ({ schoolId: school.schoolId, schoolYearId: school.schoolYearId, bellScheduleId: schedule.id, weekday })) });
  // A study day on Wednesday 25 November: no lessons.
  await db.prisma.calendarEvent.create({ data: { schoolId: school.schoolId, schoolYearId: school.schoolYearId, kind: "FREE_DAY", name: "Studiedag", startDate: d("2026-11-25"), endDate: d("2026-11-25") } });
});
afterAll(() => db.drop());

describe("an Untis export", () => {
  const files = () => buildUntisFiles({
    lessons: [
      { number: 1, classes: ["2havo-a"], teacher: "DOC", subject: "wi", room: "101", slots: [{ day: 1, hour: 2 }, { day: 3, hour: 2 }] },
      { number: 2, classes: ["9zz"], teacher: "DOC", subject: "wi", slots: [{ day: 2, hour: 1 }] },
    ],
  });

  it("gives weekly lessons on the school days until the end of the school year, with the bell schedule's times; a study day has none; an unknown class is refused", async () => {
    const { id, preview } = await previewTimetableImport({ actor: admin, format: "untis", files: asUploads(files()), from: FROM });
    expect(id).not.toBeNull();
    expect(preview.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/9zz/) })]);
    await confirmTimetableImport({ actor: admin, id: id!, format: "untis" });
    const lessons = await db.prisma.lesson.findMany({
      where: { schoolId: school.schoolId, date: { gte: d(FROM), lte: d("2026-12-04") } },
      orderBy: { date: "asc" }, select: { date: true, period: true, startMinutes: true, room: true },
    });
    // Mon 23, (Wed 25 is the study day), Mon 30 Nov, Wed 2 Dec: period 2 from 9:20.
    expect(lessons.map((l) => l.date.toISOString().slice(0, 10))).toEqual(["2026-11-23", "2026-11-30", "2026-12-02"]);
    expect(lessons.every((l) => l.period === 2 && l.startMinutes === DEFAULT_BELL_PERIODS[1]![0] && l.room === "101")).toBe(true);
    const last = await db.prisma.lesson.findFirstOrThrow({ where: { schoolId: school.schoolId, date: { gte: d(FROM) } }, orderBy: { date: "desc" }, select: { date: true } });
    expect(last.date <= d("2027-07-31")).toBe(true);
    expect(last.date >= d("2027-07-01")).toBe(true);
  });

  it("changes nothing when the same files are imported again", async () => {
    const { preview } = await previewTimetableImport({ actor: admin, format: "untis", files: asUploads(files()), from: FROM });
    expect(preview.lessons).toMatchObject({ added: 0, changed: 0, removed: 0 });
  });

  it("refuses a date outside every school year, and files that are not text, with a clear message", async () => {
    await expect(previewTimetableImport({ actor: admin, format: "untis", files: asUploads(files()), from: "2030-01-07" })).rejects.toThrow(/in geen enkel schooljaar/);
    await expect(previewTimetableImport({ actor: admin, format: "untis", files: [{ name: "GPU001.TXT", bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) }], from: FROM }))
      .rejects.toThrow(/GPU001.TXT: dit is geen tekstbestand/);
  });
});
