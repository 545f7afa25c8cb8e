import { describe, expect, it } from "vitest";
import { readGpu001 } from "./read-gpu001";

describe("readGpu001", () => {
  it("reads Untis' records: quoted text, bare numbers, empty trailing fields", () => {
    const { rows, problems } = readGpu001("GPU001.TXT", '7;"2B";"JAN";"wi";"101";1;3;;\r\n24;"09d";"Can";"GEE";;1;2;;\r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, lessonNumber: 7, classCode: "2B", teacherCode: "JAN", subjectCode: "wi", room: "101", day: 1, hour: 3 },
      { line: 2, lessonNumber: 24, classCode: "09d", teacherCode: "Can", subjectCode: "GEE", room: "", day: 1, hour: 2 },
    ]);
  });

  it("reads a comma-separated export the same, with a comma inside quotes kept", () => {
    const { rows } = readGpu001("rooster.txt", '7,"2B","de Vries, J","wi","101",5,8,,\n');
    expect(rows).toEqual([{ line: 1, lessonNumber: 7, classCode: "2B", teacherCode: "de Vries, J", subjectCode: "wi", room: "101", day: 5, hour: 8 }]);
  });

  it("refuses records it cannot place, each with its file and line, and keeps the rest", () => {
    const text = [
      '1;"2B";"JAN";"wi";"101";1;1;;',
      '2;"2B";"JAN";"wi"',
      'x;"2B";"JAN";"wi";"101";1;1;;',
      '3;"2B";"JAN";"wi";"101";9;1;;',
      '4;"2B";"JAN";"wi";"101";6;1;;',
      '5;"2B";"JAN";"wi";"101";2;;;',
      '6;"2B";"JAN";;"101";2;1;;',
      '7;;"JAN";"wi";"101";2;1;;',
    ].join("\n");
    const { rows, problems } = readGpu001("GPU001.TXT", text);
    expect(rows.map((r) => r.line)).toEqual([1, 8]);
    expect(problems).toEqual([
      { line: 2, message: "GPU001.TXT regel 2: te weinig velden (4 in plaats van minstens 7); de regel is overgeslagen." },
      { line: 3, message: 'GPU001.TXT regel 3: het lesnummer "x" is geen getal; de regel is overgeslagen.' },
      { line: 4, message: 'GPU001.TXT regel 4: onbekende dag "9" (verwacht 1 = maandag tot 5 = vrijdag); de regel is overgeslagen.' },
      { line: 5, message: "GPU001.TXT regel 5: les op zaterdag: alleen maandag tot en met vrijdag zijn schooldagen; de regel is overgeslagen." },
      { line: 6, message: 'GPU001.TXT regel 6: onbekend lesuur ""; de regel is overgeslagen.' },
      { line: 7, message: "GPU001.TXT regel 7: de les heeft geen vak; de regel is overgeslagen." },
    ]);
  });
});
