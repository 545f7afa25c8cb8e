import type { ImportProblem } from "../imported-timetable";
import { field, gpuRows, hasFields, rowProblem, untisDate, wholeNumber } from "./gpu-rows";

/** What GPU002 (Unterricht) adds to a lesson line of the timetable: its dates, week group and pupil group. */
export interface Gpu002Line {
  line: number;
  lessonNumber: number;
  subjectCode: string;
  /** Field 12, the "Unterrichtsgruppe" that makes a lesson take place in some weeks only ("A"); "" for every week. */
  weekGroup: string;
  validFrom: string | null; // YYYY-MM-DD, field 15
  validUntil: string | null; // field 16, inclusive
  /** Field 42, "Schülergruppe": Untis' name for the pupils of this line ("4hv-wisA1"); "" when unnamed. */
  studentGroup: string;
}

/** Key of a lesson line: lesson number and subject (a coupling has one line per subject). */
export const lessonLineKey = (lessonNumber: number, subjectCode: string): string => `${lessonNumber}\u0000${subjectCode}`;

/**
 * The records of GPU002.TXT (the lessons, "Unterricht"): 1 lesson number, 2–4 weekly hours, 5 class,
 * 6 teacher, 7 subject, 8 room, 12 week group, 15 date from, 16 date to (JJJJMMDD), 42 pupil group
 * (decision 157). Lines of one lesson with the same subject are merged: the first date and group given win.
 *
 * @example
 * readGpu002("GPU002.TXT", '7;3;3;3;"2B";"JAN";"wi";"101";;;;;;;"20260901";"20261231"').lines.get(lessonLineKey(7, "wi"))
 * // → { validFrom: "2026-09-01", validUntil: "2026-12-31", weekGroup: "", studentGroup: "", … }
 */
export function readGpu002(fileName: string, text: string): { lines: Map<string, Gpu002Line>; problems: ImportProblem[] } {
  const lines = new Map<string, Gpu002Line>();
  const problems: ImportProblem[] = [];
  for (const row of gpuRows(text)) {
    if (!hasFields(row, 7, fileName, problems)) continue;
    const lessonNumber = wholeNumber(field(row, 1));
    if (lessonNumber === null) {
      problems.push(rowProblem(fileName, row.line, `het lesnummer "${field(row, 1)}" is geen getal; de regel is overgeslagen.`));
      continue;
    }
    const date = (n: number): string | null => {
      const text = field(row, n);
      if (text === "") return null;
      const iso = untisDate(text);
      if (iso === null) problems.push(rowProblem(fileName, row.line, `"${text}" is geen datum (verwacht JJJJMMDD); de les geldt daarom het hele jaar.`));
      return iso;
    };
    const line: Gpu002Line = {
      line: row.line,
      lessonNumber,
      subjectCode: field(row, 7),
      weekGroup: field(row, 12),
      validFrom: date(15),
      validUntil: date(16),
      studentGroup: field(row, 42),
    };
    const key = lessonLineKey(lessonNumber, line.subjectCode);
    const known = lines.get(key);
    if (!known) lines.set(key, line);
    else {
      known.weekGroup ||= line.weekGroup;
      known.validFrom ??= line.validFrom;
      known.validUntil ??= line.validUntil;
      known.studentGroup ||= line.studentGroup;
    }
  }
  return { lines, problems };
}
