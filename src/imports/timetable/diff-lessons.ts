import type { MaterializedLesson } from "@/schedule/materialize-lessons";
import type { MatchedLesson } from "./match-timetable";
import type { ExistingLesson } from "./timetable-context";

/** Why the import cancels a lesson it no longer has but something refers to (decision 147). */
export const GONE_REASON = "Vervallen in nieuw rooster";
/** Why a lesson the timetable itself marks as cancelled is cancelled. */
export const CANCELLED_REASON = "Uitval volgens rooster";

/** A dated lesson as the import writes it: the shape the weekly timetable materializes to, with its row id and whether it takes place. */
export type LessonRow = MaterializedLesson & { id: string; cancelled: boolean; cancelReason: string | null };

export interface LessonDiff {
  insert: LessonRow[];
  /** Kept rows (same date, group, start and subject) with their new teacher, room, end, period, entry or cancellation. */
  update: LessonRow[];
  /** Lessons no longer in the timetable that nothing refers to. */
  remove: { id: string; date: string }[];
  /** Lessons no longer in the timetable that registrations, adjustments or reminders refer to: kept, cancelled. */
  cancel: { id: string; date: string }[];
  unchanged: number;
}

/**
 * Compares the new lessons of the range with the school's lessons there (decision 147): a lesson with the
 * same date, group, start time and subject is the same lesson (its row, and so its registrations, stay);
 * the rest is added, or removed — or, when something refers to it, kept as cancelled with GONE_REASON.
 * Comparing twice with the same file finds nothing to do.
 */
export function diffLessons(
  lessons: readonly MatchedLesson[],
  entryOf: readonly string[],
  existing: readonly ExistingLesson[],
  { newId }: { newId: () => string },
): LessonDiff {
  const keyOf = (l: { date: string; groupId: string; startMinutes: number; subjectId: string }) => `${l.date}|${l.groupId}|${l.startMinutes}|${l.subjectId}`;
  const old = new Map(existing.map((l) => [keyOf(l), l]));
  const diff: LessonDiff = { insert: [], update: [], remove: [], cancel: [], unchanged: 0 };
  const kept = new Set<string>();
  lessons.forEach((lesson, i) => {
    const row: Omit<LessonRow, "id"> = {
      date: lesson.date, period: lesson.period, startMinutes: lesson.startMinutes, endMinutes: lesson.endMinutes, groupId: lesson.groupId,
      subjectId: lesson.subjectId, staffId: lesson.staffId, room: lesson.room, timetableEntryId: entryOf[i]!, cancelled: lesson.cancelled,
      cancelReason: lesson.cancelled ? CANCELLED_REASON : null,
    };
    const found = old.get(keyOf(lesson));
    if (!found || kept.has(found.id)) {
      diff.insert.push({ id: newId(), ...row });
      return;
    }
    kept.add(found.id);
    const same = found.period === row.period && found.endMinutes === row.endMinutes && found.staffId === row.staffId && found.room === row.room
      && found.timetableEntryId === row.timetableEntryId && found.cancelled === row.cancelled && found.cancelReason === row.cancelReason;
    if (same) diff.unchanged++;
    else diff.update.push({ id: found.id, ...row });
  });
  for (const lesson of existing) {
    if (kept.has(lesson.id)) continue;
    if (!lesson.referenced) diff.remove.push({ id: lesson.id, date: lesson.date });
    else if (!(lesson.cancelled && lesson.cancelReason === GONE_REASON)) diff.cancel.push({ id: lesson.id, date: lesson.date });
  }
  return diff;
}
