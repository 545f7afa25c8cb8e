import { describe, expect, it } from "vitest";
import { buildUntisFiles } from "./untis-fixture";
import { lessonLineKey, readGpu002 } from "./read-gpu002";

describe("readGpu002", () => {
  it("reads dates, the week group and the pupil group of each lesson line", () => {
    const [, gpu002] = buildUntisFiles({
      lessons: [
        { number: 7, classes: ["2B", "2C"], teacher: "JAN", subject: "wi", slots: [{ day: 1, hour: 1 }], validFrom: "2026-09-01", validUntil: "2027-01-31", weekGroup: "A" },
        { number: 7, classes: ["2B", "2C"], teacher: "PIE", subject: "fa", slots: [{ day: 1, hour: 1 }], studentGroup: "2bc-fa" },
      ],
    });
    const { lines, problems } = readGpu002(gpu002!.name, gpu002!.text);
    expect(problems).toEqual([]);
    expect(lines.get(lessonLineKey(7, "wi"))).toEqual({
      line: 1, lessonNumber: 7, subjectCode: "wi", weekGroup: "A", validFrom: "2026-09-01", validUntil: "2027-01-31", studentGroup: "",
    });
    expect(lines.get(lessonLineKey(7, "fa"))).toMatchObject({ line: 3, studentGroup: "2bc-fa", validFrom: null, validUntil: null });
    expect(lines.size).toBe(2);
  });

  it("names a date it cannot read and a lesson number that is no number", () => {
    const text = '7;2;2;2;"2B";"JAN";"wi";"101";;;;;;;"20260231";"";\nA;2;2;2;"2B";"JAN";"wi"\n8;2;2;2;"2B"';
    const { lines, problems } = readGpu002("GPU002.TXT", text);
    expect(lines.get(lessonLineKey(7, "wi"))).toMatchObject({ validFrom: null, validUntil: null });
    expect(problems).toEqual([
      { line: 1, message: 'GPU002.TXT regel 1: "20260231" is geen datum (verwacht JJJJMMDD); de les geldt daarom het hele jaar.' },
      { line: 2, message: 'GPU002.TXT regel 2: het lesnummer "A" is geen getal; de regel is overgeslagen.' },
      { line: 3, message: "GPU002.TXT regel 3: te weinig velden (5 in plaats van minstens 7); de regel is overgeslagen." },
    ]);
  });
});
