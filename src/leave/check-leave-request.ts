import type { LeaveType } from "@/db/generated/prisma/enums";
import { isSchoolDay, schoolDays, type SchoolCalendar } from "@/calendar/school-days";
import { addDays } from "@/calendar/school-time";

/** The leave types a person can ask for (the law knows these three; OTHER stays for old rows). */
export const REQUESTABLE_LEAVE_TYPES = ["HOLIDAY_LEAVE", "SPECIAL_CIRCUMSTANCES", "RELIGIOUS"] as const satisfies readonly LeaveType[];
export type TRequestableLeaveType = (typeof REQUESTABLE_LEAVE_TYPES)[number];

/** More school days than this: the leerplichtambtenaar decides (special circumstances); holiday leave: never granted. */
export const SCHOOL_DECIDES_UP_TO = 10;
/** Religious obligations: the school is told at least this many days ahead. */
export const RELIGIOUS_NOTICE_DAYS = 2;
/** Holiday leave may not fall in the first two weeks after the summer holiday. */
export const FIRST_WEEKS_DAYS = 14;
/** The longest period one request may span (calendar days): a bound, not a legal limit. */
export const MAX_PERIOD_DAYS = 366;

export type TLeaveCheckInput = { type: TRequestableLeaveType; startDate: string; endDate: string; attachmentCount: number };
export type TLeaveCheckContext = {
  /** The school's date today (YYYY-MM-DD). */
  today: string;
  calendar: SchoolCalendar;
  /** Weeks ahead holiday leave must be asked (the school's setting; 8 by default). */
  noticeWeeks: number;
  /** Holiday leave of this pupil in the same school year that is asked or granted (not rejected, not withdrawn). */
  otherHolidayLeaveThisYear: number;
};
export type TLeaveCheck = {
  /** School days in the period. */
  schoolDays: number;
  /** Who decides: the school (leader), or the leerplichtambtenaar (more than 10 school days of special circumstances). */
  decider: "SCHOOL" | "OFFICER";
  /** What the law or the school's term does not allow, per form field, in plain Dutch. Empty: the request may be made. */
  problems: Record<string, string[]>;
};

/**
 * The legal limits of a leave request (Leerplichtwet art. 11f, 11g, 13a; DOMAIN.md), checked before it is
 * made. The period counts in school days of the school's calendar (no weekends, holidays, free days or
 * public holidays).
 *
 * @example
 * // Holiday leave of 12 school days: refused, "hoogstens 10 schooldagen".
 * checkLeaveRequest({ type: "HOLIDAY_LEAVE", startDate: "2027-03-01", endDate: "2027-03-16", attachmentCount: 1 }, ctx).problems.endDate
 */
export function checkLeaveRequest(input: TLeaveCheckInput, ctx: TLeaveCheckContext): TLeaveCheck {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const { type, startDate, endDate } = input;

  if (endDate < startDate) {
    add("endDate", "De laatste dag ligt vóór de eerste dag. Kies een latere laatste dag.");
    return { schoolDays: 0, decider: "SCHOOL", problems };
  }
  if (addDays(startDate, MAX_PERIOD_DAYS) < endDate) {
    add("endDate", "Een aanvraag gaat over hoogstens een jaar. Kies een eerdere laatste dag.");
    return { schoolDays: 0, decider: "SCHOOL", problems };
  }
  if (startDate < ctx.today) add("startDate", "Deze dag is al voorbij. Verlof vraag je vooraf aan; neem voor een dag die al voorbij is contact op met de school.");

  const days = schoolDays(startDate, endDate, ctx.calendar).length;
  if (days === 0) add("endDate", "In deze periode zijn geen schooldagen (weekend, vakantie of vrije dag): daarvoor is geen verlof nodig.");

  let decider: TLeaveCheck["decider"] = "SCHOOL";
  switch (type) {
    case "HOLIDAY_LEAVE": {
      if (days > SCHOOL_DECIDES_UP_TO) add("endDate", `Vakantieverlof is hoogstens ${SCHOOL_DECIDES_UP_TO} schooldagen per schooljaar; deze periode telt ${days} schooldagen.`);
      const firstDay = firstSchoolDayOfYear(startDate, ctx.calendar);
      if (firstDay && startDate <= addDays(firstDay, FIRST_WEEKS_DAYS - 1) && endDate >= firstDay) {
        add("startDate", "Vakantieverlof mag niet vallen in de eerste twee weken na de zomervakantie.");
      }
      if (ctx.otherHolidayLeaveThisYear > 0) add("type", "Vakantieverlof kan één keer per schooljaar; voor dit schooljaar is al vakantieverlof aangevraagd of gekregen.");
      const noticeDays = ctx.noticeWeeks * 7;
      if (startDate >= ctx.today && startDate < addDays(ctx.today, noticeDays)) {
        add("startDate", `Vraag vakantieverlof minstens ${ctx.noticeWeeks} weken van tevoren aan. Kon dat echt niet eerder, neem dan contact op met de school.`);
      }
      if (input.attachmentCount === 0) add("attachments", "Voeg een verklaring van de werkgever toe waaruit blijkt dat u in geen enkele schoolvakantie op vakantie kunt.");
      break;
    }
    case "RELIGIOUS":
      if (startDate >= ctx.today && startDate < addDays(ctx.today, RELIGIOUS_NOTICE_DAYS)) {
        add("startDate", `Meld verlof voor een godsdienstige of levensbeschouwelijke verplichting minstens ${RELIGIOUS_NOTICE_DAYS} dagen van tevoren.`);
      }
      break;
    case "SPECIAL_CIRCUMSTANCES":
      if (days > SCHOOL_DECIDES_UP_TO) decider = "OFFICER";
      break;
  }
  return { schoolDays: days, decider, problems };
}

/** The first school day on or after 1 August of the school year `date` falls in: the first day after the summer holiday. */
function firstSchoolDayOfYear(date: string, calendar: SchoolCalendar): string | null {
  const year = Number(date.slice(0, 4)) - (date.slice(5) < "08-01" ? 1 : 0);
  for (let day = `${year}-08-01`, i = 0; i < 92; day = addDays(day, 1), i++) if (isSchoolDay(day, calendar)) return day;
  return null;
}
