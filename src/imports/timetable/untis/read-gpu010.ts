import type { ImportProblem } from "../imported-timetable";
import { field, gpuRows, rowProblem } from "./gpu-rows";

/**
 * The student numbers of GPU010.TXT (pupils), by Untis' short name: 1 short name ("Jansen_Pie_20110304"),
 * 2 surname, 8 first name, 9 student number, 10 class, 15 external key (decision 157). The student
 * number wins; the external key is used when Untis was filled from the administration with that key.
 *
 * @example readGpu010("GPU010.TXT", '"Jansen_Pie";"Jansen";;;;;;"Piet";"123456";"2B"').numbers.get("Jansen_Pie") // → "123456"
 */
export function readGpu010(fileName: string, text: string): { numbers: Map<string, string>; problems: ImportProblem[] } {
  const numbers = new Map<string, string>();
  const problems: ImportProblem[] = [];
  for (const row of gpuRows(text)) {
    const name = field(row, 1);
    const number = field(row, 9) || field(row, 15);
    if (name === "") problems.push(rowProblem(fileName, row.line, "de leerling heeft geen naam (veld 1); de regel is overgeslagen."));
    else if (number !== "") numbers.set(name, number);
  }
  return { numbers, problems };
}
