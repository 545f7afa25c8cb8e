import type { Region } from "@/db/generated/prisma/enums";
import { schoolDays } from "@/calendar/school-days";
import { addDays, clockTime } from "@/calendar/school-time";
import { attendanceStatuses, type AttendancePattern, type PatternLesson } from "@/demo/attendance-patterns";
import { buildCalendar } from "@/demo/build-calendar";
import { buildPeople } from "@/demo/build-people";
import { buildTimetable } from "@/demo/build-timetable";
import { createIdFactory } from "@/demo/ids";
import { pickStory } from "@/demo/pick-story";
import { createRng } from "@/demo/random";
import type { LessonRow } from "@/demo/types";
import type { TRulesCalendar, TRulesLesson, TRulesPupil } from "@/rules";
import { materializeLessons } from "@/schedule/materialize-lessons";

/*
 * The rules benchmark's school, made from the demo-data generator's own pieces
 * (src/demo/generate.ts without the registration rows, their history and the
 * database ids it does not need): the real holidays and study days of one
 * school year (`buildCalendar`), groups of 25 with a weekly timetable of 30-34
 * lessons (`buildTimetable`, 50-minute periods, a short 40-minute Wednesday),
 * pupils (`buildPeople`), the dated lessons (`materializeLessons`), 1.2% of
 * them cancelled, who plays which part (`pickStory`: the shares of the
 * attendance patterns) and each pupil's marks (`attendanceStatuses`, from the
 * pupil's own forked stream, as `buildAttendance` draws them). The story is
 * told on the first day of the summer holiday, so every lesson of the school
 * year is in the past and registered.
 *
 * Left out of the demo's story: individual schedules (a handful of pupils with
 * fewer or extra lessons), the three unregistered lessons and the ABSENT_UNKNOWN
 * marks of "yesterday", and today's parent reports; none of them change the
 * amount of work per lesson.
 */

export interface TBenchSchoolOptions {
  pupils: number;
  seed: number;
  /** The school year starting on 1 August of this year (schoolHolidays must know it). */
  schoolYearStart?: number;
  region?: Region;
}

export interface TBenchSchool {
  /** For `prepareCalendar`: holidays and study days; public holidays computed by the rules module. */
  calendar: TRulesCalendar;
  range: { from: string; to: string };
  /** The last school day of the year: everything is evaluated up to it. */
  asOf: string;
  schoolDayCount: number;
  pupils: readonly TRulesPupil[];
  /** Each pupil's attendance pattern kind, in the order of `pupils`. */
  patternKinds: readonly AttendancePattern["kind"][];
  /** A pupil's lessons of the school year in date and start order; made on each call (about 1,200 objects). */
  lessonsOf(index: number): TRulesLesson[];
}

interface TGroupLesson {
  date: string;
  start: string;
  end: string;
  cancelled: boolean;
}

interface TGroupLessons {
  /** The group's lessons in date and start order, cancelled ones included. */
  lessons: TGroupLesson[];
  /** The lessons that take place, in the form `attendanceStatuses` reads. */
  held: PatternLesson[];
}

interface TMembership {
  groupId: string;
  validFrom: string | null;
  validUntil: string | null;
}

/** As generate.ts: 25 pupils a group, a teacher per 15 pupils. */
const PUPILS_PER_GROUP = 25;
/** As generate.ts: the share of lessons cancelled (teacher ill, excursion, …). */
const CANCELLED_SHARE = 0.012;

/**
 * A deterministic school of `pupils` pupils: the same options give the same
 * lessons and marks. Pupils' lessons are made lazily (`lessonsOf`), so the
 * caller decides what to keep: columns or objects.
 *
 * @example
 * const school = createBenchSchool({ pupils: 2000, seed: 1 });
 * const prepared = prepareCalendar(school.calendar, school.range);
 * evaluatePupilLessons(school.pupils[0]!, lessonColumnsFromLessons(school.lessonsOf(0)), prepared, { asOf: school.asOf });
 */
export function createBenchSchool(options: TBenchSchoolOptions): TBenchSchool {
  const startYear = options.schoolYearStart ?? 2026;
  const region = options.region ?? "MIDDLE";
  const rng = createRng(options.seed);
  const newId = createIdFactory(rng.fork("ids"), Date.UTC(startYear, 7, 1));
  const groupCount = Math.max(1, Math.round(options.pupils / PUPILS_PER_GROUP));
  const teacherCount = Math.max(groupCount + 3, Math.round(options.pupils / 15));

  const cal = buildCalendar(region, `${startYear}-08-01`, newId);
  const yearStart = cal.schoolYear.startDate;
  const yearDays = schoolDays(yearStart, cal.schoolYear.endDate, cal.calendar);
  const asOf = yearDays[yearDays.length - 1]!;
  const today = addDays(asOf, 1);

  const teacherIds = Array.from({ length: teacherCount }, () => newId());
  const timetable = buildTimetable({ groups: groupCount, teacherIds, schoolYearId: cal.schoolYear.id, validFrom: yearStart }, rng.fork("timetable"), newId);
  const people = buildPeople(
    {
      pupils: options.pupils, groups: timetable.groups, teacherIds, teacherSubjects: timetable.teacherSubjects,
      mentorStaffIds: new Set(timetable.mentors.map((m) => m.staffId)), emailDomain: "bench.rules", schoolYearStart: yearStart,
    },
    rng.fork("people"),
    newId,
  );
  // Lesson ids only need to be unique here (pickStory names a few lessons by id).
  let lessonNumber = 0;
  const lessonRows: LessonRow[] = materializeLessons(timetable.entries, {
    from: yearStart, to: asOf, calendar: cal.calendar, bellSchedules: cal.scheduleInputs, uses: cal.useInputs,
  }).map((l) => ({ id: `lesson-${lessonNumber++}`, ...l, cancelled: false, cancelReason: null, registeredAt: null, registeredById: null }));

  const story = pickStory(
    { today, pastSchoolDays: yearDays, calendar: cal.calendar, holidays: cal.holidays, timetable, people, lessons: lessonRows, emailDomain: "bench.rules" },
    rng.fork("story"),
  );
  const cancelRng = rng.fork("cancel");
  for (const lesson of lessonRows) if (cancelRng.chance(CANCELLED_SHARE)) lesson.cancelled = true;

  // Every pupil of a group shares its lessons: build them once per group.
  const byGroup = new Map<string, TGroupLessons>();
  const times = new Map<number, string>();
  const time = (minutes: number) => times.get(minutes) ?? times.set(minutes, clockTime(minutes)).get(minutes)!;
  for (const l of lessonRows) {
    let group = byGroup.get(l.groupId);
    if (group === undefined) byGroup.set(l.groupId, (group = { lessons: [], held: [] }));
    group.lessons.push({ date: l.date, start: time(l.startMinutes), end: time(l.endMinutes), cancelled: l.cancelled });
    if (!l.cancelled) group.held.push({ date: l.date, start: l.startMinutes, end: l.endMinutes });
  }
  const membershipsOf = new Map<string, TMembership[]>();
  for (const m of people.groupMembers) membershipsOf.set(m.pupilId, [...(membershipsOf.get(m.pupilId) ?? []), m]);

  const approvedLeave = story.leave.filter((l) => l.state === "APPROVED");
  const pupils: TRulesPupil[] = people.pupils.map((p) => ({ id: p.id, birthDate: p.birthDate, startkwalificatie: p.startkwalificatie }));
  const patterns = pupils.map((p): AttendancePattern => story.patterns.get(p.id) ?? { kind: "REGULAR" });
  const attendanceRng = rng.fork("attendance");

  const lessonsOf = (index: number): TRulesLesson[] => {
    const pupil = pupils[index];
    if (pupil === undefined) throw new RangeError(`no pupil ${index} (the school has ${pupils.length})`);
    const memberships = membershipsOf.get(pupil.id) ?? [];
    // The pupil's lessons: their group's, or (a pupil who changed class) each group's while a member.
    const own =
      memberships.length === 1 && memberships[0]!.validFrom === null && memberships[0]!.validUntil === null
        ? byGroup.get(memberships[0]!.groupId)!
        : mergedLessons(memberships, byGroup);
    const marks = attendanceStatuses(patterns[index]!, own.held, attendanceRng.fork(pupil.id));
    const leave = approvedLeave.filter((l) => l.pupilId === pupil.id);
    const result: TRulesLesson[] = new Array(own.lessons.length);
    let held = 0;
    for (let k = 0; k < own.lessons.length; k++) {
      const { date, start, end, cancelled } = own.lessons[k]!;
      if (cancelled) {
        result[k] = { date, start, end, status: "CANCELLED", reason: null, lateMinutes: 0 };
        continue;
      }
      const mark = marks[held++]!;
      const onLeave = leave.find((l) => l.startDate <= date && date <= l.endDate);
      result[k] = onLeave
        ? { date, start, end, status: "LEAVE", reason: onLeave.type, lateMinutes: 0 }
        : { date, start, end, status: mark.status, reason: mark.reason, lateMinutes: mark.lateMinutes };
    }
    return result;
  };

  return {
    calendar: {
      holidays: cal.holidays.map((h) => ({ name: h.name, start: h.start, end: h.end })),
      freeDays: [...cal.calendar.freeDays],
      publicHolidays: null,
    },
    range: { from: yearStart, to: cal.schoolYear.endDate },
    asOf,
    schoolDayCount: yearDays.length,
    pupils,
    patternKinds: patterns.map((p) => p.kind),
    lessonsOf,
  };
}

function mergedLessons(memberships: readonly TMembership[], byGroup: ReadonlyMap<string, TGroupLessons>): TGroupLessons {
  const lessons: TGroupLesson[] = [];
  const within = (m: TMembership, date: string) => (m.validFrom === null || m.validFrom <= date) && (m.validUntil === null || date <= m.validUntil);
  for (const m of memberships) {
    for (const lesson of byGroup.get(m.groupId)?.lessons ?? []) if (within(m, lesson.date)) lessons.push(lesson);
  }
  lessons.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
  const held: PatternLesson[] = lessons
    .filter((l) => !l.cancelled)
    .map((l) => ({ date: l.date, start: minutesOf(l.start), end: minutesOf(l.end) }));
  return { lessons, held };
}

function minutesOf(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}
