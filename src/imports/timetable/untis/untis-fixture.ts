import type { UntisFile } from "./read-untis";

/** One line of an Untis lesson: one subject and teacher for one or more classes, in given hours of the week. */
export interface UntisFixtureLesson {
  number: number;
  classes: readonly string[];
  teacher: string;
  subject: string;
  room?: string;
  slots: readonly { day: number; hour: number }[];
  /** GPU002 fields, written only when `withLessons` is set (or any lesson has one of these). */
  validFrom?: string; // YYYY-MM-DD
  validUntil?: string;
  weekGroup?: string;
  studentGroup?: string;
}

export interface UntisFixtureSpec {
  classes?: readonly string[];
  teachers?: readonly string[];
  subjects?: readonly string[];
  rooms?: readonly string[];
  lessons: readonly UntisFixtureLesson[];
  students?: readonly { name: string; number: string; classCode: string }[];
  /** GPU015: a pupil (Untis short name) in the course `course` of lesson `lessonNumber`. */
  courseAssignments?: readonly { student: string; lessonNumber: number; course: string; studentNumber?: string }[];
}

export interface UntisFixtureOptions {
  delimiter?: ";" | ",";
  /** Also write GPU002.TXT when no lesson has dates, a week group or a pupil group. */
  withLessons?: boolean;
}

type Cell = string | number | null;

const untisDate = (iso: string | undefined) => (iso ? iso.replaceAll("-", "") : null);

/**
 * GPU export files as Untis writes them — no header, numbers bare, text in `"`, CRLF line ends, unused
 * fields left empty — for tests and the import benchmark (decision 157 lists the fields). Only the files
 * the spec has data for are written: GPU001 always, GPU002/003/004/005/006/010/015 when given.
 *
 * @example
 * buildUntisFiles({ lessons: [{ number: 7, classes: ["2B"], teacher: "JAN", subject: "wi", room: "101", slots: [{ day: 1, hour: 3 }] }] })
 * // → [{ name: "GPU001.TXT", text: '7;"2B";"JAN";"wi";"101";1;3;;\r\n' }]
 */
export function buildUntisFiles(spec: UntisFixtureSpec, options: UntisFixtureOptions = {}): UntisFile[] {
  const delimiter = options.delimiter ?? ";";
  const record = (cells: readonly Cell[]) =>
    cells.map((c) => (c === null ? "" : typeof c === "number" ? String(c) : `"${c.replaceAll('"', '""')}"`)).join(delimiter) + "\r\n";
  const file = (name: string, records: readonly (readonly Cell[])[]): UntisFile => ({ name, text: records.map(record).join("") });
  const padded = (cells: readonly Cell[], length: number): Cell[] => [...cells, ...Array<Cell>(Math.max(0, length - cells.length)).fill(null)];

  const files: UntisFile[] = [];
  files.push(file("GPU001.TXT", spec.lessons.flatMap((l) =>
    l.slots.flatMap((slot) => l.classes.map((c) => padded([l.number, c, l.teacher, l.subject, l.room ?? null, slot.day, slot.hour], 9)))),
  ));
  const hasLessonFields = spec.lessons.some((l) => l.validFrom || l.validUntil || l.weekGroup || l.studentGroup);
  if (options.withLessons || hasLessonFields) {
    files.push(file("GPU002.TXT", spec.lessons.flatMap((l) => l.classes.map((c) => {
      const cells = padded([l.number, l.slots.length, l.slots.length, l.slots.length, c, l.teacher, l.subject, l.room ?? null], 45);
      cells[11] = l.weekGroup ?? null;
      cells[14] = untisDate(l.validFrom);
      cells[15] = untisDate(l.validUntil);
      cells[41] = l.studentGroup ?? null;
      return cells;
    }))));
  }
  const codeList = (name: string, codes: readonly string[] | undefined) => {
    if (codes) files.push(file(name, codes.map((code) => padded([code, code], 6))));
  };
  codeList("GPU003.TXT", spec.classes);
  codeList("GPU004.TXT", spec.teachers);
  codeList("GPU005.TXT", spec.rooms);
  codeList("GPU006.TXT", spec.subjects);
  if (spec.students) {
    files.push(file("GPU010.TXT", spec.students.map((s) => padded([s.name, s.name.split("_")[0] ?? s.name, null, null, null, null, null, null, s.number, s.classCode], 16))));
  }
  if (spec.courseAssignments) {
    const classOf = new Map(spec.students?.map((s) => [s.name, s.classCode]) ?? []);
    files.push(file("GPU015.TXT", spec.courseAssignments.map((a) =>
      padded([a.student, a.lessonNumber, a.course, null, classOf.get(a.student) ?? null, null, a.studentNumber ?? null], 14))));
  }
  return files;
}
