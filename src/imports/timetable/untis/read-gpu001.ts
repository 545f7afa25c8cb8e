import type { ImportProblem } from "../imported-timetable";
import { field, gpuRows, hasFields, rowProblem, wholeNumber } from "./gpu-rows";

/** One record of GPU001 (Stundenplan): one class, teacher, subject and room of a lesson in one hour of the week. */
export interface Gpu001Row {
  line: number;
  lessonNumber: number;
  classCode: string; // "" when the lesson has no class
  teacherCode: string;
  subjectCode: string;
  room: string;
  day: number; // 1 = Monday … 5 = Friday
  hour: number;
}

const DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

/**
 * The records of GPU001.TXT: 1 lesson number, 2 class, 3 teacher, 4 subject, 5 room, 6 day (1 = Monday),
 * 7 hour, then optional fields (length, …) that are not used (decision 157). A record that cannot be
 * taken (too few fields, no lesson number, a day outside Monday–Friday, no hour, no subject) is a
 * problem with its line and is left out; a record without class is kept (a cluster lesson may get its
 * pupils from GPU015; the reader decides once it has every file).
 *
 * @example
 * readGpu001("GPU001.TXT", '7;"2B";"JAN";"wi";"101";1;3;;').rows[0] // → { lessonNumber: 7, classCode: "2B", day: 1, hour: 3, … }
 */
export function readGpu001(fileName: string, text: string): { rows: Gpu001Row[]; problems: ImportProblem[] } {
  const rows: Gpu001Row[] = [];
  const problems: ImportProblem[] = [];
  for (const row of gpuRows(text)) {
    if (!hasFields(row, 7, fileName, problems)) continue;
    const refuse = (message: string) => problems.push(rowProblem(fileName, row.line, `${message}; de regel is overgeslagen.`));
    const lessonNumber = wholeNumber(field(row, 1));
    const dayText = field(row, 6);
    const day = wholeNumber(dayText);
    const hour = wholeNumber(field(row, 7));
    const subjectCode = field(row, 4);
    if (lessonNumber === null) refuse(`het lesnummer "${field(row, 1)}" is geen getal`);
    else if (day === null || day < 1 || day > 7) refuse(`onbekende dag "${dayText}" (verwacht 1 = maandag tot 5 = vrijdag)`);
    else if (day > 5) refuse(`les op ${DAY_NAMES[day - 1]}: alleen maandag tot en met vrijdag zijn schooldagen`);
    else if (hour === null || hour < 1) refuse(`onbekend lesuur "${field(row, 7)}"`);
    else if (subjectCode === "") refuse("de les heeft geen vak");
    else {
      rows.push({
        line: row.line,
        lessonNumber,
        classCode: field(row, 2),
        teacherCode: field(row, 3),
        subjectCode,
        room: field(row, 5),
        day,
        hour,
      });
    }
  }
  return { rows, problems };
}
