import type { ImportedLesson, ImportProblem } from "./imported-timetable";
import type { TimetableContext } from "./timetable-context";

/** An imported lesson for one group, its codes matched (decision 146). New subjects and clusters carry the id they will get. */
export interface MatchedLesson {
  line: number;
  date: string;
  startMinutes: number;
  endMinutes: number;
  period: number;
  schoolYearId: string;
  groupId: string;
  subjectId: string;
  staffId: string | null;
  room: string | null;
  cancelled: boolean;
  /** The pupils listed for a cluster lesson (pupil ids); null for a class lesson or when none are listed. */
  clusterPupilIds: string[] | null;
}

export interface NewCluster {
  id: string;
  schoolYearId: string;
  code: string;
}

export interface MatchResult {
  lessons: MatchedLesson[];
  newSubjects: { id: string; code: string }[];
  newClusters: NewCluster[];
  problems: ImportProblem[];
}

const key = (text: string) => text.trim().toLocaleLowerCase("nl");

/**
 * Matches the imported lessons in the range by code onto the school's groups (by name, in the school
 * year of the lesson's date), staff and subjects (decision 146):
 * - a lesson for several groups becomes one lesson per group;
 * - an unknown class, an unknown teacher, a lesson without teacher (unless cancelled) or outside every
 *   school year is refused with its line and reason;
 * - an unknown group whose lesson lists its pupils becomes a new cluster group;
 * - an unknown subject is created with its code as its name;
 * - a second lesson for the same group, date, start and subject is refused as a duplicate (a cancelled
 *   one gives way to one that takes place);
 * - listed pupils that are not in the school are reported once per student number.
 */
export function matchTimetable(
  imported: readonly ImportedLesson[],
  context: TimetableContext,
  { range, newId }: { range: { start: string; end: string }; newId: () => string },
): MatchResult {
  const groups = new Map(context.groups.map((g) => [`${g.schoolYearId}|${key(g.name)}`, g]));
  const staff = new Map(context.staff.map((s) => [key(s.code), s.id]));
  const subjects = new Map(context.subjects.map((s) => [key(s.code), s.id]));
  const pupils = new Map(context.pupils.map((p) => [key(p.studentNumber), p.id]));
  const years = [...context.schoolYears].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const newSubjects: MatchResult["newSubjects"] = [];
  const newClusters = new Map<string, NewCluster>();
  const problems: ImportProblem[] = [];
  const unknownPupils = new Map<string, number>();
  const byKey = new Map<string, MatchedLesson>();
  const yearOf = (date: string) => years.find((y) => y.startDate <= date && date <= y.endDate) ?? null;

  for (const lesson of imported) {
    if (lesson.date < range.start || lesson.date > range.end) continue;
    const refuse = (message: string) => problems.push({ line: lesson.line, message });
    const year = yearOf(lesson.date);
    if (!year) {
      refuse(`De datum ${lesson.date} valt in geen schooljaar van de school.`);
      continue;
    }
    if (lesson.endMinutes <= lesson.startMinutes) {
      refuse("De les eindigt voor of op het begin.");
      continue;
    }
    const unknownTeachers = lesson.teacherCodes.filter((code) => !staff.has(key(code)));
    if (unknownTeachers.length > 0) {
      refuse(`Onbekende docent ${quoted(unknownTeachers)}: voeg de medewerker eerst toe of pas de code aan.`);
      continue;
    }
    if (lesson.teacherCodes.length === 0 && !lesson.cancelled) {
      refuse("De les heeft geen docent.");
      continue;
    }
    const groupIds: { id: string; cluster: boolean }[] = [];
    const unknownClasses: string[] = [];
    for (const code of lesson.groupCodes) {
      const known = groups.get(`${year.id}|${key(code)}`);
      if (known) groupIds.push({ id: known.id, cluster: known.kind === "CLUSTER" });
      else if (lesson.studentNumbers && lesson.studentNumbers.length > 0) {
        const clusterKey = `${year.id}|${key(code)}`;
        let cluster = newClusters.get(clusterKey);
        if (!cluster) {
          cluster = { id: newId(), schoolYearId: year.id, code: code.trim() };
          newClusters.set(clusterKey, cluster);
        }
        groupIds.push({ id: cluster.id, cluster: true });
      } else unknownClasses.push(code);
    }
    if (unknownClasses.length > 0) {
      refuse(`Onbekende klas ${quoted(unknownClasses)} in schooljaar ${year.name}: klassen komen uit de leerlingenimport.`);
      continue;
    }
    let subjectId = subjects.get(key(lesson.subjectCode));
    if (!subjectId) {
      subjectId = newId();
      subjects.set(key(lesson.subjectCode), subjectId);
      newSubjects.push({ id: subjectId, code: lesson.subjectCode.trim() });
    }
    const clusterPupilIds = lesson.studentNumbers ? pupilIds(lesson.studentNumbers, pupils, unknownPupils, lesson.line) : null;
    for (const group of groupIds) {
      const matched: MatchedLesson = {
        line: lesson.line, date: lesson.date, startMinutes: lesson.startMinutes, endMinutes: lesson.endMinutes, period: lesson.period ?? 0,
        schoolYearId: year.id, groupId: group.id, subjectId, staffId: lesson.teacherCodes.length > 0 ? staff.get(key(lesson.teacherCodes[0]!))! : null,
        room: lesson.rooms.length > 0 ? lesson.rooms.join(", ").slice(0, 100) : null, cancelled: lesson.cancelled,
        clusterPupilIds: group.cluster ? clusterPupilIds : null,
      };
      const lessonKey = `${matched.date}|${matched.groupId}|${matched.startMinutes}|${matched.subjectId}`;
      const earlier = byKey.get(lessonKey);
      if (!earlier) byKey.set(lessonKey, matched);
      else if (earlier.cancelled && !matched.cancelled) {
        byKey.set(lessonKey, matched);
      } else if (!(matched.cancelled && !earlier.cancelled)) {
        refuse(`Dubbele les: dezelfde groep, dag, begintijd en vak als regel ${earlier.line}.`);
      }
    }
  }
  for (const [number, line] of unknownPupils) {
    problems.push({ line, message: `Onbekend leerlingnummer ${number}: deze leerling staat niet in de school en krijgt de les niet.` });
  }
  problems.sort((a, b) => a.line - b.line);
  return { lessons: [...byKey.values()], newSubjects, newClusters: [...newClusters.values()], problems };
}

function pupilIds(numbers: readonly string[], pupils: Map<string, string>, unknown: Map<string, number>, line: number): string[] {
  const ids: string[] = [];
  for (const number of numbers) {
    const id = pupils.get(key(number));
    if (id) ids.push(id);
    else if (!unknown.has(number)) unknown.set(number, line);
  }
  return ids;
}

function quoted(codes: readonly string[]): string {
  return codes.map((c) => `‘${c}’`).join(", ");
}
