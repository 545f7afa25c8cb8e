import { isoWeekday } from "@/calendar/iso-weekday";
import type { MatchedLesson } from "./match-timetable";
import type { ExistingEntry } from "./timetable-context";

export interface EntryRow {
  id: string;
  schoolYearId: string;
  groupId: string;
  subjectId: string;
  staffId: string | null;
  weekday: number;
  period: number;
  room: string | null;
  validFrom: string;
}

export interface WeeklyPattern {
  /** The entry of each lesson, by its index in `lessons`. */
  entryOf: string[];
  insert: EntryRow[];
  /** Existing entries whose teacher or room changed, or that were ended and are back. */
  update: { id: string; staffId: string | null; room: string | null }[];
  /** Existing entries no lesson of the range (or after it) uses any more: they end the day before the range. */
  end: string[];
}

/**
 * The weekly timetable behind the lessons (decision 147): one entry per school year, group, subject,
 * weekday and period, with the teacher and room most of its lessons have. An existing entry with the same
 * key is kept (its id stays, so exemptions per timetable entry keep working); new keys get new entries
 * valid from their first lesson.
 */
export function weeklyPattern(
  lessons: readonly MatchedLesson[],
  existing: readonly ExistingEntry[],
  { newId }: { newId: () => string },
): WeeklyPattern {
  const keyOf = (e: { schoolYearId: string; groupId: string; subjectId: string; weekday: number; period: number }) =>
    `${e.schoolYearId}|${e.groupId}|${e.subjectId}|${e.weekday}|${e.period}`;
  const byKey = new Map<string, { lessons: number[]; first: string }>();
  const keys = lessons.map((lesson, i) => {
    const k = keyOf({ ...lesson, weekday: isoWeekday(lesson.date) });
    const slot = byKey.get(k);
    if (slot) {
      slot.lessons.push(i);
      if (lesson.date < slot.first) slot.first = lesson.date;
    } else byKey.set(k, { lessons: [i], first: lesson.date });
    return k;
  });
  const existingByKey = new Map(existing.map((e) => [keyOf(e), e]));
  const idOf = new Map<string, string>();
  const insert: EntryRow[] = [];
  const update: WeeklyPattern["update"] = [];
  for (const [k, slot] of byKey) {
    const sample = lessons[slot.lessons[0]!]!;
    const staffId = mostCommon(slot.lessons.map((i) => lessons[i]!.staffId));
    const room = mostCommon(slot.lessons.map((i) => lessons[i]!.room));
    const found = existingByKey.get(k);
    if (found) {
      idOf.set(k, found.id);
      if (found.staffId !== staffId || found.room !== room || found.validUntil !== null) update.push({ id: found.id, staffId, room });
    } else {
      const id = newId();
      idOf.set(k, id);
      insert.push({
        id, schoolYearId: sample.schoolYearId, groupId: sample.groupId, subjectId: sample.subjectId, staffId, weekday: isoWeekday(sample.date),
        period: sample.period, room, validFrom: slot.first,
      });
    }
  }
  const end = existing.filter((e) => !byKey.has(keyOf(e)) && e.validUntil === null && !e.usedAfterRange).map((e) => e.id);
  return { entryOf: keys.map((k) => idOf.get(k)!), insert, update, end };
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  let best = values[0] as T;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > counts.get(best)!) best = v;
  }
  return best;
}
