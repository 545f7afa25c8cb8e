import { field, gpuRows, wholeNumber, type GpuRow } from "./gpu-rows";

/** The GPU files the reader uses, by their Untis number. */
export const GPU_KINDS = {
  1: "timetable", // Stundenplan
  2: "lessons", // Unterricht
  3: "classes", // Klassen
  4: "teachers", // Lehrer
  5: "rooms", // Räume
  6: "subjects", // Fächer
  10: "students", // Schüler
  15: "courseAssignments", // Schüler-Kurs-Zuordnung
} as const;

export type GpuKind = (typeof GPU_KINDS)[keyof typeof GPU_KINDS];

export type GpuIdentity =
  | { kind: GpuKind; by: "name" | "content" }
  | { kind: null; gpuNumber: number } // a GPU file this reader does not use (GPU014, …)
  | { kind: null; gpuNumber: null }; // not recognisable as a GPU file

const SAMPLE = 20;
const SAMPLE_CHARS = 64_000;

const isNumber = (value: string) => /^\d+([.,]\d+)?$/.test(value);

const looksLike: { kind: GpuKind; test: (row: GpuRow) => boolean }[] = [
  {
    // 1 lesson number, 2–5 codes, 6 day 1–7, 7 hour; Untis writes about 9 fields.
    kind: "timetable",
    test: (row) => {
      const day = wholeNumber(field(row, 6));
      return row.fields.length >= 7 && row.fields.length <= 12 && wholeNumber(field(row, 1)) !== null
        && day !== null && day >= 1 && day <= 7 && wholeNumber(field(row, 7)) !== null;
    },
  },
  {
    // 1 lesson number, 2–4 weekly hours (numbers), 5–8 codes; Untis writes over 40 fields.
    kind: "lessons",
    test: (row) => row.fields.length >= 16 && wholeNumber(field(row, 1)) !== null
      && [2, 3, 4].every((n) => isNumber(field(row, n))) && !isNumber(field(row, 7)),
  },
  {
    // 1 pupil's short name, 2 lesson number, 3 course (text), 6 a mark that is never a day number.
    kind: "courseAssignments",
    test: (row) => row.fields.length >= 3 && row.fields.length <= 16 && field(row, 1) !== ""
      && wholeNumber(field(row, 2)) !== null && field(row, 3) !== "" && !isNumber(field(row, 3))
      && wholeNumber(field(row, 6)) === null,
  },
];

/**
 * Which GPU file this is: by its name when it has one ("GPU001.TXT", "gpu015 (2).txt"), else by its
 * content, where that is unambiguous — GPU001, GPU002 and GPU015 have number columns in places the other
 * files never have (decision 157); the master-data files (classes, teachers, rooms, subjects, pupils)
 * all start with a code and a name and are only known by name. Content decides only when every one of
 * the first 20 records fits exactly one kind.
 *
 * @example identifyGpuFile("rooster.txt", '7;"2B";"JAN";"wi";"101";1;3;;') // → { kind: "timetable", by: "content" }
 */
export function identifyGpuFile(name: string, text: string): GpuIdentity {
  const match = /gpu0*(\d{1,3})(?!\d)/i.exec(name.split(/[\\/]/).pop() ?? name);
  if (match) {
    const gpuNumber = Number(match[1]);
    const kind = (GPU_KINDS as Record<number, GpuKind | undefined>)[gpuNumber];
    return kind ? { kind, by: "name" } : { kind: null, gpuNumber };
  }
  // Only the start is parsed (a year's GPU001 is megabytes); a record cut off at the end is dropped.
  const head = text.length > SAMPLE_CHARS ? gpuRows(text.slice(0, SAMPLE_CHARS)).slice(0, -1) : gpuRows(text);
  const sample = head.slice(0, SAMPLE);
  if (sample.length > 0) {
    const fitting = looksLike.filter(({ test }) => sample.every(test));
    if (fitting.length === 1) return { kind: fitting[0]!.kind, by: "content" };
  }
  return { kind: null, gpuNumber: null };
}
