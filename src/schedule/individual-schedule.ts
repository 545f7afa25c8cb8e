import { isoWeekday } from "@/calendar/iso-weekday";

export interface GroupMembership {
  groupId: string;
  pupilId: string;
  validFrom: string | null; // YYYY-MM-DD, inclusive; null = from the start
  validUntil: string | null; // inclusive; null = open
}

export interface IndividualAdjustment {
  pupilId: string;
  kind: "EXEMPTION" | "ADDITION";
  timetableEntryId: string | null;
  lessonId: string | null;
  /** Filters besides the timetable entry (decision 154); null and empty lists mean "any". */
  subjectId: string | null;
  weekdays: readonly number[]; // ISO: 1 = Monday
  periods: readonly number[];
  validFrom: string;
  validUntil: string | null;
}

export interface LessonRef {
  id: string;
  date: string;
  groupId: string;
  timetableEntryId: string | null;
  subjectId: string;
  period: number;
}

function within(date: string, from: string | null, until: string | null): boolean {
  return (from === null || from <= date) && (until === null || date <= until);
}

/**
 * Whether an individual schedule change applies to a dated lesson: THE rule, as
 * `adjustmentAppliesSql` (./adjustment-applies-sql.ts) says it in SQL; read the rule there.
 *
 * @example
 * // An internship on Fridays takes out a Friday lesson of any group, and no Monday lesson:
 * adjustmentApplies({ kind: "EXEMPTION", weekdays: [5], … }, { date: "2026-11-27", … }) // true
 */
export function adjustmentApplies(adjustment: IndividualAdjustment, lesson: LessonRef): boolean {
  if (adjustment.lessonId !== null) return adjustment.lessonId === lesson.id;
  return (
    within(lesson.date, adjustment.validFrom, adjustment.validUntil) &&
    (adjustment.timetableEntryId === null || adjustment.timetableEntryId === lesson.timetableEntryId) &&
    (adjustment.subjectId === null || adjustment.subjectId === lesson.subjectId) &&
    (adjustment.weekdays.length === 0 || adjustment.weekdays.includes(isoWeekday(lesson.date))) &&
    (adjustment.periods.length === 0 || adjustment.periods.includes(lesson.period)) &&
    (adjustment.kind === "EXEMPTION" || adjustment.timetableEntryId !== null)
  );
}

/**
 * The pupils who follow a dated lesson (its individual schedule view): the
 * members of the lesson's group on that date, minus the pupils with an
 * EXEMPTION for it, plus the pupils with an ADDITION for it; an exemption
 * beats an addition (`adjustmentApplies` says which changes touch the lesson).
 * "100% attendance" is measured against this list, so an exemption never
 * shows up as absence.
 *
 * `members` and `adjustments` may be the whole school's or pre-filtered ones:
 * group, dates and targets are checked here. Order: members in input order,
 * then additions; each pupil once.
 *
 * @example
 * // Pupil p2 is exempt from gym (entry lo-1) from 1 October:
 * lessonParticipants({ id: "l9", date: "2026-10-05", groupId: "1a", timetableEntryId: "lo-1" }, members, adjustments)
 * // → every member of 1a on 5 October except p2
 */
export function lessonParticipants(
  lesson: LessonRef,
  members: readonly GroupMembership[],
  adjustments: readonly IndividualAdjustment[],
): string[] {
  const exempt = new Set<string>();
  const added: string[] = [];
  for (const adjustment of adjustments) {
    if (!adjustmentApplies(adjustment, lesson)) continue;
    if (adjustment.kind === "EXEMPTION") exempt.add(adjustment.pupilId);
    else added.push(adjustment.pupilId);
  }
  const result: string[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    if (member.groupId !== lesson.groupId || !within(lesson.date, member.validFrom, member.validUntil)) continue;
    if (exempt.has(member.pupilId) || seen.has(member.pupilId)) continue;
    seen.add(member.pupilId);
    result.push(member.pupilId);
  }
  for (const pupilId of added) {
    if (exempt.has(pupilId) || seen.has(pupilId)) continue;
    seen.add(pupilId);
    result.push(pupilId);
  }
  return result;
}
