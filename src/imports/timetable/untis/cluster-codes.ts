import { lessonLineKey, type Gpu002Line } from "./read-gpu002";
import type { Gpu001Row } from "./read-gpu001";
import type { Gpu015Row } from "./read-gpu015";

/**
 * The group code of each course that has pupils in GPU015, by lesson line (lesson number + subject),
 * as decision 158 sets out:
 *  1. the pupil group GPU002 gives the line ("Schülergruppe", e.g. "4hv-wisA1"), when there is one;
 *  2. else the course code itself ("wi-A1") when the timetable uses that code in one lesson only;
 *  3. else the course code with the lesson number ("F6-7"), so that two lessons that share a subject
 *     code (French in year 8 and in year 9) never share their pupils.
 *
 * @example
 * // "wi" is taught in lessons 7 and 9; pupils are assigned to 7/"wi" and to 12/"wi-A1":
 * clusterCodes(assignments, timetable, null) // → Map { "7␀wi" => "wi-7", "12␀wi-A1" => "wi-A1" }
 */
export function clusterCodes(
  assignments: readonly Gpu015Row[],
  timetable: readonly Gpu001Row[],
  lessonLines: ReadonlyMap<string, Gpu002Line> | null,
): Map<string, string> {
  const lessonsBySubject = new Map<string, Set<number>>();
  for (const row of timetable) {
    const numbers = lessonsBySubject.get(row.subjectCode) ?? new Set<number>();
    numbers.add(row.lessonNumber);
    lessonsBySubject.set(row.subjectCode, numbers);
  }
  const codes = new Map<string, string>();
  for (const { lessonNumber, courseCode } of assignments) {
    const key = lessonLineKey(lessonNumber, courseCode);
    if (codes.has(key)) continue;
    const studentGroup = lessonLines?.get(key)?.studentGroup ?? "";
    const lessons = lessonsBySubject.get(courseCode);
    const onlyLesson = lessons === undefined || (lessons.size === 1 && lessons.has(lessonNumber));
    codes.set(key, studentGroup !== "" ? studentGroup : onlyLesson ? courseCode : `${courseCode}-${lessonNumber}`);
  }
  return codes;
}
