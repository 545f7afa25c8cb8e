import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.APP_NOW = "2026-11-23T10:05:00+01:00";

import { loadActor, type Actor } from "@/auth/load-actor";
import { schoolHolidays } from "@/calendar/school-holidays";
import { isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import type { DemoSchoolData } from "@/demo/types";
import type { AppError } from "@/errors/app-error";
import { addScheduleDate } from "@/school-calendar/server/add-schedule-date";
import { createNextSchoolYear } from "@/school-calendar/server/create-next-school-year";
import { removeCalendarEvent } from "@/school-calendar/server/remove-calendar-event";
import { saveBellPeriod } from "@/school-calendar/server/save-bell-period";
import { saveCalendarEvent } from "@/school-calendar/server/save-calendar-event";
import { SIGNAL_QUEUES } from "@/signals/server/signal-queue";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createGeneratedSchool } from "../factories/create-generated-school";

// Two generated schools ("today" 2026-11-23, lessons until 7 December, registrations of the past weeks):
// every change below is made in A and must leave B exactly as it was.
const NOW = new Date("2026-11-23T09:05:00Z");
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

let db: TestDatabase;
let a: DemoSchoolData;
let b: DemoSchoolData;
let adminA: Actor;
let adminB: Actor;

async function adminOf(data: DemoSchoolData): Promise<Actor> {
  const membership = data.memberships.find((m) => m.roles.includes("ADMIN"))!;
  return (await loadActor({ userId: membership.userId, schoolId: data.school.id }))!;
}

/** Every lesson of school B with what a calendar change could touch. */
const lessonsOf = (schoolId: string) => prisma.lesson.findMany({
  where: { schoolId }, orderBy: { id: "asc" }, select: { id: true, cancelled: true, cancelReason: true, startMinutes: true, endMinutes: true },
});
const lessonsOn = (schoolId: string, date: string) => prisma.lesson.findMany({ where: { schoolId, date: d(date) }, select: { id: true, cancelled: true, cancelReason: true, cancelledByEventId: true } });
const marked = (schoolId: string, date: string) => prisma.registration.count({ where: { schoolId, date: d(date), status: { not: "UNREGISTERED" } } });

/** The AppError a use case refuses with (a test fails when it does not refuse). */
const refusal = (attempt: Promise<unknown>): Promise<AppError> => attempt.then(() => { throw new Error("not refused"); }, (error: unknown) => error as AppError);
const tokenOf = (error: AppError): string => error.fieldErrors!.confirmed![0]!;

let untouchedB: Awaited<ReturnType<typeof lessonsOf>>;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  a = await createGeneratedSchool(db.url);
  b = await createGeneratedSchool(db.url);
  adminA = await adminOf(a);
  adminB = await adminOf(b);
  untouchedB = await lessonsOf(b.school.id);
});
afterAll(() => db.drop());

describe("the next school year", () => {
  it("is created with the region's holidays and the weekday bell schedules of the current year, once", async () => {
    expect(await createNextSchoolYear({ actor: adminA, now: NOW })).toMatch(/^Schooljaar 2027-2028 is aangemaakt\. De lestijden per weekdag zijn overgenomen van 2026-2027\. De 6 schoolvakanties van regio Midden staan erin\.$/);
    const year = await prisma.schoolYear.findFirstOrThrow({ where: { schoolId: a.school.id, name: "2027-2028" }, include: { calendarEvents: { orderBy: { startDate: "asc" } }, bellScheduleUses: true } });
    expect(isoDate(year.startDate)).toBe("2027-08-01");
    expect(isoDate(year.endDate)).toBe("2028-07-31");
    expect(year.calendarEvents.map((e) => ({ kind: e.kind, name: e.name, start: isoDate(e.startDate), end: isoDate(e.endDate) })))
      .toEqual(schoolHolidays("MIDDLE", 2027).map((h) => ({ kind: "HOLIDAY", name: h.name, start: h.start, end: h.end })));
    const weekdayUses = (uses: { weekday: number | null; date: unknown; bellScheduleId: string }[]) =>
      uses.filter((u) => u.date === null).map((u) => `${u.weekday}:${u.bellScheduleId}`).sort();
    expect(weekdayUses(year.bellScheduleUses)).toEqual(weekdayUses(a.bellScheduleUses));
    expect(year.bellScheduleUses.every((u) => u.date === null)).toBe(true);
    expect(await prisma.auditEntry.count({ where: { schoolId: a.school.id, action: "calendar.school-year.create" } })).toBe(1);

    await expect(createNextSchoolYear({ actor: adminA, now: NOW })).rejects.toMatchObject({ code: "CONFLICT", message: "Schooljaar 2027-2028 bestaat al." });
    expect(await prisma.schoolYear.count({ where: { schoolId: a.school.id } })).toBe(2);
    expect(await prisma.schoolYear.count({ where: { schoolId: b.school.id } })).toBe(1);
  });

  it("says so when the ministry's holidays of that year are not known yet", async () => {
    await createNextSchoolYear({ actor: adminB, now: NOW });
    const message = await createNextSchoolYear({ actor: adminB, now: new Date("2027-09-01T08:00:00Z") });
    expect(message).toBe("Schooljaar 2028-2029 is aangemaakt. De lestijden per weekdag zijn overgenomen van 2027-2028. De schoolvakanties van 2028-2029 zijn nog niet bekend in Aanwezig: voeg ze zelf toe.");
    expect(await prisma.calendarEvent.count({ where: { schoolId: b.school.id, schoolYear: { name: "2028-2029" } } })).toBe(0);
  });
});

describe("a study day", () => {
  const day = "2026-11-18"; // a Wednesday with registered lessons
  const next = "2026-11-19";
  // Lessons the timetable itself cancelled (the generated school has some, on random days): the study day leaves them alone.
  let cancelledByTimetable: Set<string>;
  let cancelledOnDay: Set<string>;
  const input = { eventId: undefined as string | undefined, yearId: "", kind: "FREE_DAY" as const, name: "Studiedag teamscholing", startDate: day, endDate: day, confirmed: undefined as string | undefined };

  it("shows the lessons and registrations it affects first, and writes nothing until confirmed", async () => {
    input.yearId = a.schoolYear.id;
    // One lesson of the day the timetable cancelled already, always (the generated school has such lessons only on random days).
    const first = (await lessonsOn(a.school.id, day)).find((l) => !l.cancelled)!;
    await db.prisma.lesson.update({ where: { schoolId_id: { schoolId: a.school.id, id: first.id } }, data: { cancelled: true, cancelReason: "Docent ziek" } });
    const onDay = await lessonsOn(a.school.id, day);
    cancelledOnDay = new Set(onDay.filter((l) => l.cancelled).map((l) => l.id));
    const lessons = onDay.length - cancelledOnDay.size;
    const registrations = await prisma.registration.count({
      where: { schoolId: a.school.id, lessonId: { in: onDay.filter((l) => !l.cancelled).map((l) => l.id) }, status: { not: "UNREGISTERED" } },
    });
    const allMarked = await marked(a.school.id, day);
    expect(lessons).toBeGreaterThan(0);
    expect(registrations).toBeGreaterThan(0);
    const asked = await refusal(saveCalendarEvent({ actor: adminA, input }));
    expect(asked).toMatchObject({
      code: "CONFLICT",
      message: `Op deze dagen zijn ${lessons} lessen met ${registrations} registraties. De lessen vervallen; de registraties blijven bewaard maar tellen niet mee voor verzuim.`,
      fieldErrors: { confirmed: [expect.any(String)] },
    });
    expect(await prisma.calendarEvent.count({ where: { schoolId: a.school.id, name: input.name } })).toBe(0);
    expect((await lessonsOn(a.school.id, day)).every((l) => l.cancelled === cancelledOnDay.has(l.id))).toBe(true);

    // A confirmation of another change does not count.
    await expect(saveCalendarEvent({ actor: adminA, input: { ...input, confirmed: "remove|x|1|1|0" } })).rejects.toMatchObject({ code: "CONFLICT" });

    input.confirmed = tokenOf(asked);
    expect(await saveCalendarEvent({ actor: adminA, input })).toBe("‘Studiedag teamscholing’ staat in de kalender. De lessen zijn bijgewerkt.");
    const after = await lessonsOn(a.school.id, day);
    expect(after.every((l) => l.cancelled && (cancelledOnDay.has(l.id) ? l.cancelledByEventId === null : l.cancelReason === "Studiedag teamscholing" && l.cancelledByEventId !== null))).toBe(true);
    expect(await marked(a.school.id, day)).toBe(allMarked); // registrations are never touched
    // Every pupil of the school is evaluated again: the day no longer counts.
    const jobs = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>("SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND data->>'schoolId' = $2", SIGNAL_QUEUES.school, a.school.id);
    expect(Number(jobs[0]!.n)).toBeGreaterThan(0);
  });

  it("moves to another day: the first day's lessons come back, the new day's are cancelled", async () => {
    const event = await prisma.calendarEvent.findFirstOrThrow({ where: { schoolId: a.school.id, name: input.name } });
    cancelledByTimetable = new Set((await lessonsOn(a.school.id, next)).filter((l) => l.cancelled).map((l) => l.id));
    const move = { ...input, eventId: event.id, startDate: next, endDate: next, confirmed: undefined };
    const asked = await refusal(saveCalendarEvent({ actor: adminA, input: move }));
    expect(asked.message).toContain(`lessen gaan weer door`);
    expect(await saveCalendarEvent({ actor: adminA, input: { ...move, confirmed: tokenOf(asked) } })).toContain("is gewijzigd");
    expect((await lessonsOn(a.school.id, day)).every((l) => l.cancelledByEventId === null && (cancelledOnDay.has(l.id) ? l.cancelled : !l.cancelled && l.cancelReason === null))).toBe(true);
    for (const l of await lessonsOn(a.school.id, next)) {
      expect(l.cancelledByEventId).toBe(cancelledByTimetable.has(l.id) ? null : event.id);
      expect(l.cancelled).toBe(true);
    }
  });

  it("is removed after confirming, and every lesson takes place again with its registrations", async () => {
    const event = await prisma.calendarEvent.findFirstOrThrow({ where: { schoolId: a.school.id, name: input.name } });
    const registrations = await marked(a.school.id, next);
    const asked = await refusal(removeCalendarEvent({ actor: adminA, input: { eventId: event.id, confirmed: undefined } }));
    expect(asked.code).toBe("CONFLICT");
    expect(await removeCalendarEvent({ actor: adminA, input: { eventId: event.id, confirmed: tokenOf(asked) } })).toBe("‘Studiedag teamscholing’ is uit de kalender gehaald.");
    for (const l of await lessonsOn(a.school.id, next)) expect(l.cancelled).toBe(cancelledByTimetable.has(l.id));
    expect(await marked(a.school.id, next)).toBe(registrations);
    const audit = await prisma.auditEntry.findMany({ where: { schoolId: a.school.id, action: { startsWith: "calendar.event." } }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } });
    expect(audit.map((e) => e.action)).toEqual(["calendar.event.add", "calendar.event.update", "calendar.event.remove"]);
  });

  it("refuses dates outside the school year, per field, and writes nothing", async () => {
    await expect(saveCalendarEvent({ actor: adminA, input: { ...input, startDate: "2027-07-31", endDate: "2027-08-02", confirmed: undefined } }))
      .rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { endDate: ["Kies een datum tot en met 31 juli 2027 (einde van schooljaar 2026-2027)."] } });
    expect(await prisma.calendarEvent.count({ where: { schoolId: a.school.id, name: input.name } })).toBe(0);
  });
});

describe("the bell schedule", () => {
  it("gives the lessons from the chosen date on the new times, except those with registrations; the past never changes", async () => {
    const normal = a.bellSchedules.find((s) => s.name === "Normaal rooster")!;
    const before = await prisma.lesson.findMany({ where: { schoolId: a.school.id, period: 1 }, select: { id: true, date: true, startMinutes: true, endMinutes: true } });
    await expect(saveBellPeriod({ actor: adminA, now: NOW, input: { bellScheduleId: normal.id, number: 1, start: 495, end: 545, validFrom: "2026-11-23" } }))
      .rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { validFrom: [expect.stringContaining("24 november 2026 of later")] } });

    const message = await saveBellPeriod({ actor: adminA, now: NOW, input: { bellScheduleId: normal.id, number: 1, start: 495, end: 545, validFrom: "2026-12-01" } });
    expect(message).toMatch(/^Normaal rooster: het 1e uur is nu 08:15–09:05\. \d+ lessen hebben de nieuwe tijden gekregen\./);
    const after = new Map((await prisma.lesson.findMany({
      where: { schoolId: a.school.id, period: 1 },
      select: { id: true, date: true, startMinutes: true, endMinutes: true, registrations: { where: { status: { not: "UNREGISTERED" } }, select: { id: true } } },
    })).map((l) => [l.id, l]));
    let retimed = 0;
    for (const lesson of before) {
      const now = after.get(lesson.id)!;
      const wednesday = lesson.date.getUTCDay() === 3; // the shortened schedule: another table
      if (isoDate(lesson.date) < "2026-12-01" || wednesday || now.registrations.length > 0) {
        expect([now.startMinutes, now.endMinutes]).toEqual([lesson.startMinutes, lesson.endMinutes]);
      } else {
        expect([now.startMinutes, now.endMinutes]).toEqual([495, 545]);
        retimed++;
      }
    }
    expect(retimed).toBeGreaterThan(0);
    expect((await prisma.bellPeriod.findFirstOrThrow({ where: { schoolId: a.school.id, bellScheduleId: normal.id, number: 1 } })).startMinutes).toBe(495);
  });

  it("gives a shortened-schedule day that schedule's times", async () => {
    const short = a.bellSchedules.find((s) => s.name.startsWith("Verkort"))!;
    const date = "2026-12-03"; // a Thursday
    const message = await addScheduleDate({ actor: adminA, now: NOW, input: { yearId: a.schoolYear.id, bellScheduleId: short.id, date } });
    expect(message).toContain("Op 3 december 2026 geldt ‘Verkort rooster (40 minuten)’.");
    const periods = new Map(a.bellPeriods.filter((p) => p.bellScheduleId === short.id).map((p) => [p.number, p]));
    const lessons = await prisma.lesson.findMany({ where: { schoolId: a.school.id, date: d(date), registrations: { none: { status: { not: "UNREGISTERED" } } } } });
    expect(lessons.length).toBeGreaterThan(0);
    for (const lesson of lessons) {
      const period = periods.get(lesson.period);
      if (period) expect([lesson.startMinutes, lesson.endMinutes]).toEqual([period.startMinutes, period.endMinutes]);
    }
    await expect(addScheduleDate({ actor: adminA, now: NOW, input: { yearId: a.schoolYear.id, bellScheduleId: short.id, date } }))
      .rejects.toMatchObject({ fieldErrors: { date: ["Deze dag heeft al een eigen lestijdentabel; haal die eerst weg."] } });
  });
});

describe("another school", () => {
  it("can neither read nor change this school's calendar or bell schedules", async () => {
    const holiday = await prisma.calendarEvent.findFirstOrThrow({ where: { schoolId: a.school.id } });
    const normal = a.bellSchedules[0]!;
    await expect(saveCalendarEvent({ actor: adminB, input: { eventId: holiday.id, yearId: b.schoolYear.id, kind: "FREE_DAY", name: "Overgenomen", startDate: "2026-11-25", endDate: "2026-11-25", confirmed: undefined } }))
      .rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveCalendarEvent({ actor: adminB, input: { eventId: undefined, yearId: a.schoolYear.id, kind: "FREE_DAY", name: "Overgenomen", startDate: "2026-11-25", endDate: "2026-11-25", confirmed: undefined } }))
      .rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeCalendarEvent({ actor: adminB, input: { eventId: holiday.id, confirmed: undefined } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveBellPeriod({ actor: adminB, now: NOW, input: { bellScheduleId: normal.id, number: 2, start: 600, end: 650, validFrom: "2026-12-01" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addScheduleDate({ actor: adminB, now: NOW, input: { yearId: b.schoolYear.id, bellScheduleId: normal.id, date: "2026-12-04" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.calendarEvent.findUniqueOrThrow({ where: { schoolId_id: { schoolId: a.school.id, id: holiday.id } } })).toEqual(holiday);
  });

  it("kept every lesson exactly as it was through all of the above", async () => {
    expect(await lessonsOf(b.school.id)).toEqual(untouchedB);
    expect(await prisma.auditEntry.count({ where: { schoolId: b.school.id, action: { startsWith: "calendar." } } })).toBe(2); // its own two new years
  });
});
