import type { ImportProblem } from "../imported-timetable";
import { field, gpuRows, rowProblem } from "./gpu-rows";

/**
 * The codes of a GPU master-data file: GPU003 (classes), GPU004 (teachers), GPU005 (rooms) and GPU006
 * (subjects) all start with 1 code ("Name") and 2 long name (decision 157). The timetable names classes,
 * teachers, rooms and subjects by these codes; the reader uses the lists, when given, to point at a code
 * in GPU001 that Untis itself does not know (a hand-edited or mixed-up export).
 *
 * @example readGpuCodeList("GPU003.TXT", '"2B";"Klas 2B"\n"2C";"Klas 2C"').codes // → Set { "2B", "2C" }
 */
export function readGpuCodeList(fileName: string, text: string): { codes: Set<string>; problems: ImportProblem[] } {
  const codes = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const row of gpuRows(text)) {
    const code = field(row, 1);
    if (code === "") problems.push(rowProblem(fileName, row.line, "het eerste veld (de code) is leeg; de regel is overgeslagen."));
    else codes.add(code);
  }
  return { codes, problems };
}
