import type { Region } from "@/db/generated/prisma/enums";
import { isoWeekday } from "@/calendar/iso-weekday";
import { schoolDays, type SchoolCalendar } from "@/calendar/school-days";
import { schoolHolidays, type SchoolHoliday } from "@/calendar/school-holidays";
import { addDays } from "@/calendar/school-time";
import { DEFAULT_BELL_PERIODS } from "@/calendar/default-bell-schedule";
import type { BellScheduleInput, BellScheduleUseInput } from "@/schedule/materialize-lessons";
import type { BellPeriodRow, BellScheduleRow, BellScheduleUseRow, CalendarEventRow, SchoolYearRow } from "./types";

export interface BuiltCalendar {
  schoolYear: SchoolYearRow;
  calendarEvents: CalendarEventRow[];
  bellSchedules: BellScheduleRow[];
  bellPeriods: BellPeriodRow[];
  bellScheduleUses: BellScheduleUseRow[];
  holidays: SchoolHoliday[];
  calendar: SchoolCalendar;
  scheduleInputs: BellScheduleInput[];
  useInputs: BellScheduleUseInput[];
}

// Normal day: the default (eight 50-minute periods from 8:30). Wednesday: six 40-minute periods, so the
// afternoon is free for meetings.
const NORMAL = DEFAULT_BELL_PERIODS;
const SHORT: readonly (readonly [number, number])[] = [[510, 550], [550, 590], [590, 630], [645, 685], [685, 725], [725, 765]];

function firstWeekdayOnOrAfter(date: string, weekday: number): string {
  let d = date;
  while (isoWeekday(d) !== weekday) d = addDays(d, 1);
  return d;
}

/** The school year containing `today`, its calendar (real holidays of the region, two study days) and bell schedules. */
export function buildCalendar(region: Region, today: string, newId: () => string): BuiltCalendar {
  const startYear = today.slice(5) >= "08-01" ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const schoolYear: SchoolYearRow = {
    id: newId(),
    name: `${startYear}-${startYear + 1}`,
    startDate: `${startYear}-08-01`,
    endDate: `${startYear + 1}-07-31`,
  };
  const holidays = schoolHolidays(region, startYear);
  const withoutStudyDays: SchoolCalendar = { holidays, freeDays: [] };
  const firstDay = schoolDays(schoolYear.startDate, schoolYear.endDate, withoutStudyDays)[0]!;
  const spring = holidays.find((h) => h.name === "Voorjaarsvakantie");
  const studyDays = [
    firstWeekdayOnOrAfter(addDays(firstDay, 35), 2), // a Tuesday in the autumn
    ...(spring ? [addDays(spring.start, -1)] : []), // the Friday before the spring holiday
  ];
  const calendar: SchoolCalendar = { holidays, freeDays: studyDays };

  const calendarEvents: CalendarEventRow[] = [
    ...holidays.map((h) => ({ id: newId(), schoolYearId: schoolYear.id, kind: "HOLIDAY" as const, name: h.name, startDate: h.start, endDate: h.end })),
    ...studyDays.map((date) => ({ id: newId(), schoolYearId: schoolYear.id, kind: "FREE_DAY" as const, name: "Studiedag", startDate: date, endDate: date })),
  ].sort((a, b) => a.startDate.localeCompare(b.startDate));

  const normal = { id: newId(), name: "Normaal rooster" };
  const short = { id: newId(), name: "Verkort rooster (40 minuten)" };
  const bellPeriods: BellPeriodRow[] = [
    ...NORMAL.map(([startMinutes, endMinutes], i) => ({ id: newId(), bellScheduleId: normal.id, number: i + 1, startMinutes, endMinutes })),
    ...SHORT.map(([startMinutes, endMinutes], i) => ({ id: newId(), bellScheduleId: short.id, number: i + 1, startMinutes, endMinutes })),
  ];
  const christmas = holidays.find((h) => h.name === "Kerstvakantie");
  // The last day before Christmas has the short schedule: a date use beats the weekday.
  const shortDates = christmas ? [addDays(christmas.start, -1)] : [];
  const bellScheduleUses: BellScheduleUseRow[] = [
    ...[1, 2, 3, 4, 5].map((weekday) => ({
      id: newId(), schoolYearId: schoolYear.id, bellScheduleId: weekday === 3 ? short.id : normal.id, weekday, date: null,
    })),
    ...shortDates.map((date) => ({ id: newId(), schoolYearId: schoolYear.id, bellScheduleId: short.id, weekday: null, date })),
  ];

  return {
    schoolYear,
    calendarEvents,
    bellSchedules: [normal, short],
    bellPeriods,
    bellScheduleUses,
    holidays,
    calendar,
    scheduleInputs: [normal, short].map((s) => ({ id: s.id, periods: bellPeriods.filter((p) => p.bellScheduleId === s.id) })),
    useInputs: bellScheduleUses.map((u) => ({ bellScheduleId: u.bellScheduleId, weekday: u.weekday, date: u.date })),
  };
}
