import { addDays } from "@/calendar/school-time";
import type { MatchedLesson } from "./match-timetable";
import type { TimetableContext } from "./timetable-context";

export interface MembershipPlan {
  insert: { groupId: string; pupilId: string; validFrom: string }[];
  /** Members no longer listed: their membership ends the day before the range (or goes, if it began in it). */
  end: { groupId: string; pupilId: string; validUntil: string }[];
  remove: { groupId: string; pupilId: string }[];
}

/**
 * Who is in each cluster group from the range's start (decision 146): the pupils the cluster's lessons
 * list. A listed pupil who is not a member yet joins from their first listed lesson; a member no longer
 * listed leaves the day before the range. A membership that already has an end date, and every
 * membership of a pupil who left the school, is left as it is: their end date stays. Clusters whose
 * lessons list no pupils keep their members.
 */
export function clusterMembership(
  lessons: readonly MatchedLesson[],
  context: Pick<TimetableContext, "clusterMembers" | "pupils">,
  { rangeStart }: { rangeStart: string },
): MembershipPlan {
  const listed = new Map<string, Map<string, string>>(); // group → pupil → first date
  for (const lesson of lessons) {
    if (!lesson.clusterPupilIds) continue;
    let pupils = listed.get(lesson.groupId);
    if (!pupils) listed.set(lesson.groupId, (pupils = new Map()));
    for (const pupilId of lesson.clusterPupilIds) {
      const first = pupils.get(pupilId);
      if (first === undefined || lesson.date < first) pupils.set(pupilId, lesson.date);
    }
  }
  const left = new Map(context.pupils.filter((p) => p.enrolledUntil !== null).map((p) => [p.id, p.enrolledUntil!]));
  const members = new Map<string, TimetableContext["clusterMembers"][number]>();
  for (const m of context.clusterMembers) members.set(`${m.groupId}|${m.pupilId}`, m);
  const plan: MembershipPlan = { insert: [], end: [], remove: [] };
  const dayBefore = addDays(rangeStart, -1);
  for (const [groupId, pupils] of listed) {
    for (const [pupilId, first] of pupils) {
      if (members.has(`${groupId}|${pupilId}`)) continue;
      const until = left.get(pupilId);
      if (until !== undefined && until < first) continue;
      plan.insert.push({ groupId, pupilId, validFrom: first });
    }
  }
  for (const m of context.clusterMembers) {
    const pupils = listed.get(m.groupId);
    if (!pupils || pupils.has(m.pupilId) || m.validUntil !== null || left.has(m.pupilId)) continue;
    if (m.validFrom !== null && m.validFrom >= rangeStart) plan.remove.push({ groupId: m.groupId, pupilId: m.pupilId });
    else plan.end.push({ groupId: m.groupId, pupilId: m.pupilId, validUntil: dayBefore });
  }
  return plan;
}
