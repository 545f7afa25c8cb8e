import { describe, expect, it } from "vitest";
import { readGpu015 } from "./read-gpu015";

describe("readGpu015", () => {
  it("reads pupil, lesson number, course and student number; empty fields stay empty", () => {
    const { rows, problems } = readGpu015("GPU015.TXT", '"Jansen_Pie";12;"wi-A1";;"4hv";"S";"123456";;;"13~14";"wi-A2~wi-A3";;"1~1";\r\n"Bakker_Ann";12;"wi-A1";;"4hv";;;\r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, studentName: "Jansen_Pie", lessonNumber: 12, courseCode: "wi-A1", studentNumber: "123456" },
      { line: 2, studentName: "Bakker_Ann", lessonNumber: 12, courseCode: "wi-A1", studentNumber: "" },
    ]);
  });

  it("refuses a record without pupil, lesson number or course, with its line", () => {
    const { rows, problems } = readGpu015("GPU015.TXT", ';12;"wi"\n"A";;"wi"\n"A";12;""\n"A"');
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      "GPU015.TXT regel 1: de leerling heeft geen naam (veld 1); de regel is overgeslagen.",
      'GPU015.TXT regel 2: het lesnummer "" is geen getal; de regel is overgeslagen.',
      "GPU015.TXT regel 3: het vak of de cursus (veld 3) is leeg; de regel is overgeslagen.",
      "GPU015.TXT regel 4: te weinig velden (1 in plaats van minstens 3); de regel is overgeslagen.",
    ]);
  });
});
