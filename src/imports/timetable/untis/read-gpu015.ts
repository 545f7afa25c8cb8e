import type { ImportProblem } from "../imported-timetable";
import { field, gpuRows, hasFields, rowProblem, wholeNumber } from "./gpu-rows";

/** One record of GPU015: a pupil in one course (one line of a lesson). */
export interface Gpu015Row {
  line: number;
  studentName: string; // Untis' short name of the pupil (key into GPU010)
  lessonNumber: number;
  courseCode: string; // the subject of the lesson line, in course planning the course name ("wi-A1")
  studentNumber: string; // "" when Untis did not write it
}

/**
 * The records of GPU015.TXT (the pupils' course assignment, "Schüler-Kurs-Zuordnung"): 1 pupil's short
 * name, 2 lesson number (as in GPU001/GPU002), 3 subject or course, 4 alias, 5 class, 6 statistics mark,
 * 7 student number, then alternative courses (not used) (decision 157).
 *
 * @example readGpu015("GPU015.TXT", '"Jansen_Pie";12;"wi-A1";;"4hv";;"123456"').rows[0] // → { lessonNumber: 12, courseCode: "wi-A1", studentNumber: "123456", … }
 */
export function readGpu015(fileName: string, text: string): { rows: Gpu015Row[]; problems: ImportProblem[] } {
  const rows: Gpu015Row[] = [];
  const problems: ImportProblem[] = [];
  for (const row of gpuRows(text)) {
    if (!hasFields(row, 3, fileName, problems)) continue;
    const lessonNumber = wholeNumber(field(row, 2));
    const refuse = (message: string) => problems.push(rowProblem(fileName, row.line, `${message}; de regel is overgeslagen.`));
    if (field(row, 1) === "") refuse("de leerling heeft geen naam (veld 1)");
    else if (lessonNumber === null) refuse(`het lesnummer "${field(row, 2)}" is geen getal`);
    else if (field(row, 3) === "") refuse("het vak of de cursus (veld 3) is leeg");
    else rows.push({ line: row.line, studentName: field(row, 1), lessonNumber, courseCode: field(row, 3), studentNumber: field(row, 7) });
  }
  return { rows, problems };
}
