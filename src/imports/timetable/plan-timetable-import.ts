import { isoWeekday } from "@/calendar/iso-weekday";
import { addDays } from "@/calendar/school-time";
import { clusterMembership, type MembershipPlan } from "./cluster-membership";
import { diffLessons, type LessonDiff } from "./diff-lessons";
import type { ImportedTimetable, ImportProblem } from "./imported-timetable";
import { matchTimetable, type MatchResult } from "./match-timetable";
import type { TimetableContext } from "./timetable-context";
import { weeklyPattern, type WeeklyPattern } from "./weekly-pattern";

export interface TimetablePlan {
  range: { start: string; end: string };
  newSubjects: MatchResult["newSubjects"];
  newClusters: MatchResult["newClusters"];
  memberships: MembershipPlan;
  entries: WeeklyPattern;
  lessons: LessonDiff;
  preview: TimetablePreview;
}

/** What the administrator sees before confirming (decision 141): counts, new things by name, and every refused row. */
export interface TimetablePreview {
  from: string;
  range: { start: string; end: string } | null;
  appointments: number;
  beforeFrom: number;
  lessons: { added: number; changed: number; removed: number; keptCancelled: number; unchanged: number };
  entries: { added: number; changed: number; ended: number };
  newSubjects: string[];
  newClusters: { code: string; schoolYear: string; members: number }[];
  memberships: { added: number; ended: number };
  weeks: { monday: string; added: number; changed: number; removed: number }[];
  problems: ImportProblem[];
  nothingChanges: boolean;
}

/**
 * The whole import as a plan (STYLE.md: parser → plan → one use case that applies it): the lessons from
 * the range's start matched, the weekly pattern, the lesson diff and the cluster memberships, with the
 * preview that shows them. Pure: `context` is the school as loaded for `range`, `newId` makes ids.
 */
export function planTimetableImport(
  timetable: ImportedTimetable,
  context: TimetableContext,
  { from, range, newId }: { from: string; range: { start: string; end: string }; newId: () => string },
): TimetablePlan {
  const matched = matchTimetable(timetable.lessons, context, { range, newId });
  // Only the groups the file names are replaced: an export of one branch leaves the others' lessons alone.
  const named = namedGroups(timetable, context, range);
  const entries = weeklyPattern(matched.lessons, context.entries.filter((e) => named.has(e.groupId)), { newId });
  const lessons = diffLessons(matched.lessons, entries.entryOf, context.lessons.filter((l) => named.has(l.groupId)), { newId });
  const memberships = clusterMembership(matched.lessons, context, { rangeStart: range.start });
  const yearName = new Map(context.schoolYears.map((y) => [y.id, y.name]));
  const newClusterMembers = new Map<string, number>();
  for (const m of memberships.insert) newClusterMembers.set(m.groupId, (newClusterMembers.get(m.groupId) ?? 0) + 1);
  const preview: TimetablePreview = {
    from,
    range,
    appointments: timetable.lessons.length + timetable.problems.length,
    beforeFrom: timetable.lessons.filter((l) => l.date < range.start).length,
    lessons: {
      added: lessons.insert.length, changed: lessons.update.length, removed: lessons.remove.length, keptCancelled: lessons.cancel.length,
      unchanged: lessons.unchanged,
    },
    entries: { added: entries.insert.length, changed: entries.update.length, ended: entries.end.length },
    newSubjects: matched.newSubjects.map((s) => s.code),
    newClusters: matched.newClusters.map((c) => ({ code: c.code, schoolYear: yearName.get(c.schoolYearId) ?? "", members: newClusterMembers.get(c.id) ?? 0 })),
    memberships: { added: memberships.insert.length, ended: memberships.end.length + memberships.remove.length },
    weeks: weekSummary(lessons),
    problems: onceEach([...timetable.problems, ...matched.problems]).sort((a, b) => a.line - b.line),
    nothingChanges: false,
  };
  preview.nothingChanges = lessons.insert.length + lessons.update.length + lessons.remove.length + lessons.cancel.length === 0
    && entries.insert.length + entries.update.length + entries.end.length === 0
    && matched.newSubjects.length + matched.newClusters.length === 0
    && memberships.insert.length + memberships.end.length + memberships.remove.length === 0;
  return { range, newSubjects: matched.newSubjects, newClusters: matched.newClusters, memberships, entries, lessons, preview };
}

/** The preview of a file with no lesson on or after the chosen date. */
export function emptyPreview(timetable: ImportedTimetable, from: string): TimetablePreview {
  return {
    from, range: null, appointments: timetable.lessons.length + timetable.problems.length, beforeFrom: timetable.lessons.length,
    lessons: { added: 0, changed: 0, removed: 0, keptCancelled: 0, unchanged: 0 }, entries: { added: 0, changed: 0, ended: 0 }, newSubjects: [],
    newClusters: [], memberships: { added: 0, ended: 0 }, weeks: [], problems: timetable.problems, nothingChanges: true,
  };
}

/** The school's groups that the file's lessons in the range name (by code, in the lesson's school year). */
function namedGroups(timetable: ImportedTimetable, context: TimetableContext, range: { start: string; end: string }): Set<string> {
  const codes = new Set<string>();
  for (const lesson of timetable.lessons) {
    if (lesson.date < range.start || lesson.date > range.end) continue;
    const year = context.schoolYears.find((y) => y.startDate <= lesson.date && lesson.date <= y.endDate);
    if (year) for (const code of lesson.groupCodes) codes.add(`${year.id}|${code.trim().toLocaleLowerCase("nl")}`);
  }
  return new Set(context.groups.filter((g) => codes.has(`${g.schoolYearId}|${g.name.toLocaleLowerCase("nl")}`)).map((g) => g.id));
}

function weekSummary(diff: LessonDiff): TimetablePreview["weeks"] {
  const weeks = new Map<string, TimetablePreview["weeks"][number]>();
  const week = (date: string) => {
    const monday = addDays(date, 1 - isoWeekday(date));
    let w = weeks.get(monday);
    if (!w) weeks.set(monday, (w = { monday, added: 0, changed: 0, removed: 0 }));
    return w;
  };
  for (const l of diff.insert) week(l.date).added++;
  for (const l of diff.update) week(l.date).changed++;
  for (const l of [...diff.remove, ...diff.cancel]) week(l.date).removed++;
  return [...weeks.values()].sort((a, b) => a.monday.localeCompare(b.monday));
}

/**
 * Each refusal once: a weekly lesson (Untis) becomes a lesson per date, and an unknown class would
 * otherwise be reported for every week of the year. Repeats are counted in the message.
 */
export function onceEach(problems: readonly ImportProblem[]): ImportProblem[] {
  const seen = new Map<string, { problem: ImportProblem; times: number }>();
  for (const problem of problems) {
    const key = `${problem.line}\u0000${problem.message}`;
    const found = seen.get(key);
    if (found) found.times++;
    else seen.set(key, { problem, times: 1 });
  }
  return [...seen.values()].map(({ problem, times }) => (times === 1 ? problem : { ...problem, message: `${problem.message} (${times} lessen)` }));
}
