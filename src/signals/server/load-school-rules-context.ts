import "server-only";
import { addDays, dbDate, isoDate, schoolToday } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import {
  formatInputError,
  formatIsoDate,
  PROFILE_NAMES,
  prepareCalendar,
  resolveSettings,
  ZRulesSettingsSchema,
  type TPreparedCalendar,
  type TProfileName,
  type TRulesHoliday,
  type TRulesSettingsOverrides,
} from "@/rules";

import { schoolYearStart } from "../school-year-start";
import type { THolidaySideDays } from "../signal-identity";

/** What every pupil of one school is evaluated against. */
export interface TSchoolRulesContext {
  schoolId: string;
  /** Today in the school's time zone: the last day evaluated. */
  asOf: string;
  /** 1 August of asOf's school year: the first day evaluated. */
  from: string;
  profile: TProfileName;
  settings: TRulesSettingsOverrides;
  lateCountsAsAbsence: boolean;
  prepared: TPreparedCalendar;
  holidaySides: THolidaySideDays[];
}

/**
 * The school's rules profile and settings (validated with the rules module's
 * schema), and its calendar of the school year that contains today, prepared
 * once for all of its pupils. Public holidays are computed (`null`).
 */
export async function loadSchoolRulesContext({ schoolId, now }: { schoolId: string; now: Date }): Promise<TSchoolRulesContext> {
  const school = await prisma.school.findUnique({
    where: { id: schoolId },
    select: { timeZone: true, rulesProfile: true, rulesSettings: true },
  });
  if (!school) throw new AppError("NOT_FOUND", "Deze school bestaat niet.");

  const asOf = schoolToday(school.timeZone, now);
  const from = schoolYearStart(asOf);
  const to = `${Number(from.slice(0, 4)) + 1}-07-31`;

  const profile = school.rulesProfile.toLowerCase() as TProfileName;
  if (!PROFILE_NAMES.includes(profile)) throw new AppError("INVALID_INPUT", `Onbekend regelprofiel: ${school.rulesProfile}.`);
  const parsed = ZRulesSettingsSchema.safeParse(school.rulesSettings);
  // A broken override would silently change every signal of the school: refuse instead.
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", `De regelinstellingen van de school zijn ongeldig: ${formatInputError(parsed.error, school.rulesSettings)}`);
  }

  const events = await prisma.calendarEvent.findMany({
    where: { startDate: { lte: dbDate(to) }, endDate: { gte: dbDate(from) }, ...inSchool({ schoolId }) },
    select: { kind: true, name: true, startDate: true, endDate: true },
    orderBy: { startDate: "asc" },
  });
  const holidays: TRulesHoliday[] = [];
  const freeDays: string[] = [];
  for (const event of events) {
    const start = isoDate(event.startDate);
    const end = isoDate(event.endDate);
    if (event.kind === "HOLIDAY") holidays.push({ name: event.name, start, end });
    else for (let day = start; day <= end; day = addDays(day, 1)) freeDays.push(day);
  }

  const prepared = prepareCalendar({ holidays, freeDays, publicHolidays: null }, { from, to });
  const resolved = resolveSettings(profile, parsed.data);
  const holidaySides = prepared.holidaySides.map((side) => ({
    side: side.side,
    days: side.days.slice(0, resolved.holidayAdjacentDays).map(formatIsoDate),
  }));
  return { schoolId, asOf, from, profile, settings: parsed.data, lateCountsAsAbsence: resolved.lateCountsAsAbsence, prepared, holidaySides };
}
