/**
 * What the timetable import needs to know of the school to plan an import (decision 146): loaded by
 * src/imports/timetable/server/load-timetable-context.ts, planned by plan-timetable-import.ts. Dates are
 * YYYY-MM-DD.
 */
import type { LessonRow } from "./diff-lessons";

export interface TimetableContext {
  schoolYears: { id: string; name: string; startDate: string; endDate: string }[];
  groups: { id: string; schoolYearId: string; name: string; kind: "CLASS" | "CLUSTER" }[];
  staff: { id: string; code: string }[];
  subjects: { id: string; code: string }[];
  pupils: { id: string; studentNumber: string; enrolledUntil: string | null }[];
  /** Members of the school's cluster groups. */
  clusterMembers: { groupId: string; pupilId: string; validFrom: string | null; validUntil: string | null }[];
  /** Timetable entries still valid on the range's first day. */
  entries: ExistingEntry[];
  /** The school's lessons within the range the import replaces. */
  lessons: ExistingLesson[];
}

export interface ExistingEntry {
  id: string;
  schoolYearId: string;
  groupId: string;
  subjectId: string;
  staffId: string | null;
  weekday: number;
  period: number;
  room: string | null;
  validUntil: string | null;
  /** Whether a lesson after the range still refers to it: then it is not ended. */
  usedAfterRange: boolean;
}

/** A lesson already in the database: a LessonRow that may come from no timetable entry (the demo, a hand-made lesson). */
export interface ExistingLesson extends Omit<LessonRow, "timetableEntryId"> {
  timetableEntryId: string | null;
  /** Registrations, schedule adjustments or reminders refer to it: it is kept (cancelled), never deleted. */
  referenced: boolean;
}
