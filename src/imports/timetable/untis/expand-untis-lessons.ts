import type { SchoolCalendar } from "@/calendar/school-days";
import {
  materializeLessons,
  type BellScheduleInput,
  type BellScheduleUseInput,
  type TimetableEntryInput,
} from "@/schedule/materialize-lessons";
import type { ImportedLesson, ImportProblem } from "../imported-timetable";
import { rowProblem } from "./gpu-rows";
import type { Gpu001Row } from "./read-gpu001";
import { lessonLineKey, type Gpu002Line } from "./read-gpu002";

export interface UntisExpandContext {
  from: string; // YYYY-MM-DD, inclusive
  to: string;
  calendar: SchoolCalendar;
  bellSchedules: readonly BellScheduleInput[];
  uses: readonly BellScheduleUseInput[];
}

interface WeeklyLesson {
  line: number;
  lessonNumber: number;
  day: number;
  hour: number;
  subjectCode: string;
  groupCodes: string[];
  teacherCodes: string[];
  rooms: string[];
  validFrom: string;
  validUntil: string | null;
}

const DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"];

const addOnce = (list: string[], value: string) => {
  if (value !== "" && !list.includes(value)) list.push(value);
};

/** The lesson hours the school has on a weekday: its regular bell schedule's, or any schedule's when the weekday has none. */
function hoursOfWeekday(context: UntisExpandContext): (day: number) => Set<number> {
  const periods = new Map(context.bellSchedules.map((s) => [s.id, s.periods.map((p) => p.number)] as const));
  const all = new Set([...periods.values()].flat());
  return (day) => {
    const use = context.uses.find((u) => u.date === null && u.weekday === day);
    const numbers = use ? periods.get(use.bellScheduleId) : undefined;
    return numbers ? new Set(numbers) : all;
  };
}

/**
 * The dated lessons of Untis' weekly timetable between `from` and `to` (decision 158). GPU001 records
 * with the same lesson number, day, hour and subject are one lesson: their classes, teachers and rooms
 * become its lists. A lesson line whose pupils GPU015 names (`clusters`: lesson line → group code) is
 * given to that group instead of to its classes. Dates come from `materializeLessons`: only school days,
 * the times of the bell schedule of that date, no lesson where that day's schedule lacks the hour, and
 * within the dates GPU002 gives the lesson line.
 *
 * Refused, each with its line: a record without class that is no course, an hour that the weekday's
 * bell schedule does not have. Reported, once per lesson: a coupling of several subjects for the same
 * classes without GPU015, where every pupil of those classes would get every subject.
 *
 * @example
 * // 7;"2B";"JAN";"wi";"101";1;3 and 7;"2C";"JAN";"wi";"101";1;3 on Mondays, from 2026-09-07 to 2026-09-14:
 * // → two lessons (7 and 14 September), each { groupCodes: ["2B", "2C"], teacherCodes: ["JAN"], period: 3, … }
 */
export function expandUntisLessons(
  fileName: string,
  rows: readonly Gpu001Row[],
  options: {
    clusters: ReadonlyMap<string, string>;
    lessonLines: ReadonlyMap<string, Gpu002Line> | null;
    context: UntisExpandContext;
  },
): { lessons: ImportedLesson[]; problems: ImportProblem[] } {
  const { clusters, lessonLines, context } = options;
  const problems: ImportProblem[] = [];
  const hoursOf = hoursOfWeekday(context);
  const weekly = new Map<string, WeeklyLesson>();

  for (const row of rows) {
    const lineKey = lessonLineKey(row.lessonNumber, row.subjectCode);
    const cluster = clusters.get(lineKey);
    if (cluster === undefined && row.classCode === "") {
      problems.push(rowProblem(fileName, row.line, `les ${row.lessonNumber} (${row.subjectCode}) heeft geen klas en geen leerlingen in GPU015; de regel is overgeslagen.`));
      continue;
    }
    if (!hoursOf(row.day).has(row.hour)) {
      problems.push(rowProblem(fileName, row.line, `lesuur ${row.hour} staat niet in de beltijden van ${DAY_NAMES[row.day - 1]}; de regel is overgeslagen.`));
      continue;
    }
    const key = `${lineKey}\u0000${row.day}\u0000${row.hour}`;
    let lesson = weekly.get(key);
    if (!lesson) {
      const line = lessonLines?.get(lineKey);
      lesson = {
        line: row.line, lessonNumber: row.lessonNumber, day: row.day, hour: row.hour, subjectCode: row.subjectCode,
        groupCodes: [], teacherCodes: [], rooms: [],
        validFrom: line?.validFrom ?? context.from, validUntil: line?.validUntil ?? null,
      };
      weekly.set(key, lesson);
    }
    addOnce(lesson.groupCodes, cluster ?? row.classCode);
    addOnce(lesson.teacherCodes, row.teacherCode);
    addOnce(lesson.rooms, row.room);
  }

  problems.push(...couplingProblems(fileName, [...weekly.values()], clusters));

  const lessons = [...weekly.values()];
  const entries: TimetableEntryInput[] = lessons.map((lesson, index) => ({
    id: String(index), weekday: lesson.day, period: lesson.hour, groupId: "", subjectId: lesson.subjectCode,
    staffId: null, room: null, validFrom: lesson.validFrom, validUntil: lesson.validUntil,
  }));
  const dated = materializeLessons(entries, context).map((m): ImportedLesson => {
    const lesson = lessons[Number(m.timetableEntryId)]!;
    return {
      line: lesson.line, sourceId: null, date: m.date, startMinutes: m.startMinutes, endMinutes: m.endMinutes,
      period: lesson.hour, groupCodes: [...lesson.groupCodes], teacherCodes: [...lesson.teacherCodes],
      subjectCode: lesson.subjectCode, rooms: [...lesson.rooms], cancelled: false, studentNumbers: null,
    };
  });
  return { lessons: dated, problems };
}

/** A coupling (one lesson number, one hour, several subjects) that gives the same class several subjects at once. */
function couplingProblems(fileName: string, lessons: readonly WeeklyLesson[], clusters: ReadonlyMap<string, string>): ImportProblem[] {
  const bySlot = new Map<string, WeeklyLesson[]>();
  for (const lesson of lessons) {
    if (clusters.has(lessonLineKey(lesson.lessonNumber, lesson.subjectCode))) continue;
    const slot = `${lesson.lessonNumber}\u0000${lesson.day}\u0000${lesson.hour}`;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), lesson]);
  }
  const reported = new Set<number>();
  const problems: ImportProblem[] = [];
  for (const slot of bySlot.values()) {
    const first = slot[0]!;
    if (slot.length < 2 || reported.has(first.lessonNumber)) continue;
    const shared = first.groupCodes.filter((code) => slot.slice(1).some((other) => other.groupCodes.includes(code)));
    if (shared.length === 0) continue;
    reported.add(first.lessonNumber);
    const subjects = slot.map((l) => l.subjectCode).join(", ");
    problems.push(rowProblem(fileName, first.line,
      `les ${first.lessonNumber} is een koppeling van ${subjects} voor dezelfde klassen (${shared.join(", ")}) zonder leerlingindeling in GPU015; iedere leerling van die klassen krijgt al deze lessen tegelijk. Voeg GPU015.TXT toe om de leerlingen te verdelen.`));
  }
  return problems;
}
