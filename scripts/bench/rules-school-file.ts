import { readFileSync, writeFileSync } from "node:fs";
import type { TLessonColumns, TRulesCalendar, TRulesPupil } from "@/rules";

/*
 * A generated bench school on disk: the rules input of every pupil, lessons as
 * columns. The benchmark generates in one process and evaluates in another, so
 * that the evaluating process's peak memory is the lessons plus the evaluation,
 * as in the app, and not the generator's garbage (people, timetable, lesson rows).
 *
 * Layout: uint32 length of a JSON header, the header, padding to 8 bytes, then
 * all pupils' lessons back to back, column by column: day (int32), start, end,
 * late minutes (uint16), status, reason (uint8).
 */

export interface TSchoolFileHeader {
  calendar: TRulesCalendar;
  range: { from: string; to: string };
  asOf: string;
  schoolDayCount: number;
  pupils: TRulesPupil[];
  /** Pupils per attendance pattern kind. */
  patterns: Record<string, number>;
  /** Lessons per pupil, in the order of `pupils`. */
  lessonCounts: number[];
}

export interface TSchoolFile extends TSchoolFileHeader {
  /** Each pupil's lessons: views into one buffer, so that reading costs one copy of the file. */
  lessons: TLessonColumns[];
}

const COLUMNS = [
  ["day", 4],
  ["startMinute", 2],
  ["endMinute", 2],
  ["lateMinutes", 2],
  ["status", 1],
  ["reason", 1],
] as const;

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Writes a school whose pupils' lessons are `lessons` (one columns value per pupil, in the order of `header.pupils`). */
export function writeSchoolFile(file: string, header: Omit<TSchoolFileHeader, "lessonCounts">, lessons: readonly TLessonColumns[]): void {
  const lessonCounts = lessons.map((columns) => columns.length);
  const total = lessonCounts.reduce((a, b) => a + b, 0);
  const json = Buffer.from(JSON.stringify({ ...header, lessonCounts } satisfies TSchoolFileHeader), "utf8");
  let offset = align8(4 + json.length);
  const bytes = new Uint8Array(offset + COLUMNS.reduce((sum, [, size]) => sum + align8(total * size), 0));
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 4);
  for (const [name, size] of COLUMNS) {
    const Column = columnType(name);
    const all = new Column(bytes.buffer, offset, total);
    let at = 0;
    for (const columns of lessons) {
      all.set(columns[name].subarray(0, columns.length), at);
      at += columns.length;
    }
    offset += align8(total * size);
  }
  writeFileSync(file, bytes);
}

/** Reads a school written by `writeSchoolFile`. */
export function readSchoolFile(file: string): TSchoolFile {
  const read = readFileSync(file);
  // Typed arrays need aligned offsets: copy if the buffer does not start at one.
  const bytes = read.byteOffset % 8 === 0 ? read : Uint8Array.from(read);
  const jsonLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, jsonLength).toString("utf8")) as TSchoolFileHeader;
  const total = header.lessonCounts.reduce((a, b) => a + b, 0);
  let offset = bytes.byteOffset + align8(4 + jsonLength);
  const all = {} as { [K in (typeof COLUMNS)[number][0]]: TLessonColumns[K] };
  for (const [name, size] of COLUMNS) {
    const Column = columnType(name);
    (all as Record<string, unknown>)[name] = new Column(bytes.buffer, offset, total);
    offset += align8(total * size);
  }
  let at = 0;
  const lessons = header.lessonCounts.map((length): TLessonColumns => {
    const view = <T extends { subarray(begin: number, end: number): T }>(column: T) => column.subarray(at, at + length);
    const columns: TLessonColumns = {
      length,
      day: view(all.day),
      startMinute: view(all.startMinute),
      endMinute: view(all.endMinute),
      status: view(all.status),
      reason: view(all.reason),
      lateMinutes: view(all.lateMinutes),
    };
    at += length;
    return columns;
  });
  return { ...header, lessons };
}

function columnType(name: (typeof COLUMNS)[number][0]): Int32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor {
  if (name === "day") return Int32Array;
  return name === "status" || name === "reason" ? Uint8Array : Uint16Array;
}
