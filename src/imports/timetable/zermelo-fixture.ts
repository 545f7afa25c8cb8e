import { TZDate } from "@date-fns/tz";

/** One appointment as Zermelo's `/api/v3/appointments` returns it (the fields the import reads, and a few it ignores). */
export interface ZermeloAppointment {
  id: number;
  appointmentInstance: number;
  start: number;
  end: number;
  startTimeSlot: number | null;
  endTimeSlot: number | null;
  type: string;
  groups: string[];
  teachers: string[];
  subjects: string[];
  locations: string[];
  cancelled: boolean;
  valid: boolean;
  students?: string[];
  lastModified: number;
}

export interface ZermeloFixtureOptions {
  from: string; // YYYY-MM-DD, inclusive
  to: string;
  classes: readonly string[];
  teachers: readonly string[];
  subjects: readonly string[];
  /** Cluster groups (keuzewerktijd, options), each with its pupils' student numbers: one lesson a week, after the last class lesson. */
  clusters?: readonly { code: string; students: readonly string[] }[];
  /** Class lessons per weekday, from period 1; default 6. */
  lessonsPerDay?: number;
  /** Dates without lessons (holidays, study days). */
  skipDates?: readonly string[];
  timeZone?: string;
  firstId?: number;
}

/** 08:30, 50-minute periods with a 5-minute change: period 1 is 08:30–09:20. */
export function periodTimes(period: number): { startMinutes: number; endMinutes: number } {
  const startMinutes = 510 + (period - 1) * 55;
  return { startMinutes, endMinutes: startMinutes + 50 };
}

/** Unix seconds of a school-local date and minutes. */
export function zermeloSeconds(date: string, minutes: number, timeZone = "Europe/Amsterdam"): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.floor(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime() / 1000);
}

/** One appointment with sensible defaults, for tests that need a particular one. */
export function zermeloAppointment(
  fields: Partial<ZermeloAppointment> & { date: string; period: number; groups: string[]; teachers: string[]; subjects: string[] },
  timeZone = "Europe/Amsterdam",
): ZermeloAppointment {
  const { date, period, ...rest } = fields;
  const times = periodTimes(period);
  const id = rest.id ?? 1;
  return {
    id, appointmentInstance: id, start: zermeloSeconds(date, times.startMinutes, timeZone), end: zermeloSeconds(date, times.endMinutes, timeZone),
    startTimeSlot: period, endTimeSlot: period, type: "lesson", locations: [], cancelled: false, valid: true, lastModified: 1_790_000_000, ...rest,
  };
}

/**
 * A Zermelo appointments export (`{ response: { status: 200, data } }`) for the given classes, teachers,
 * subjects and clusters over a date range, Monday to Friday: every class has `lessonsPerDay` lessons a
 * day; each cluster one lesson a week with its pupils listed. Deterministic, for tests and the import
 * benchmark (80 classes × 6 lessons × 200 days ≈ 100,000 appointments).
 */
export function buildZermeloExport(options: ZermeloFixtureOptions): { response: { status: number; data: ZermeloAppointment[] } } {
  const perDay = options.lessonsPerDay ?? 6;
  const skip = new Set(options.skipDates ?? []);
  const timeZone = options.timeZone ?? "Europe/Amsterdam";
  const data: ZermeloAppointment[] = [];
  let id = options.firstId ?? 1;
  for (let day = new Date(`${options.from}T00:00:00Z`); day <= new Date(`${options.to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    const date = day.toISOString().slice(0, 10);
    if (weekday === 0 || weekday === 6 || skip.has(date)) continue;
    options.classes.forEach((group, c) => {
      for (let period = 1; period <= perDay; period++) {
        const subject = options.subjects[(c + weekday * 3 + period) % options.subjects.length]!;
        const teacher = options.teachers[(c * perDay + period) % options.teachers.length]!;
        data.push(zermeloAppointment({ id: id++, date, period, groups: [group], teachers: [teacher], subjects: [subject], locations: [`L${(c % 40) + 1}`] }, timeZone));
      }
    });
    (options.clusters ?? []).forEach((cluster, k) => {
      if ((k % 5) + 1 !== weekday) return;
      data.push(zermeloAppointment({
        id: id++, date, period: perDay + 1, groups: [cluster.code], teachers: [options.teachers[k % options.teachers.length]!],
        subjects: [options.subjects[k % options.subjects.length]!], locations: ["Aula"], students: [...cluster.students],
      }, timeZone));
    });
  }
  return { response: { status: 200, data } };
}
