import { parseDelimited } from "@/imports/text/parse-delimited";
import type { ImportProblem } from "../imported-timetable";

/** One record of a GPU file: its line and its fields, trimmed (Untis pads nothing, people editing in Excel do). */
export interface GpuRow {
  line: number;
  fields: string[];
}

/**
 * The records of a GPU text export. Untis writes no header line; the separator (`;`, `,` or a tab) and
 * the text quote `"` are chosen in its export dialog, so the separator is taken from the first line.
 */
export function gpuRows(text: string): GpuRow[] {
  return parseDelimited(text).rows.map((row) => ({ line: row.line, fields: row.cells.map((cell) => cell.trim()) }));
}

/** Field `n` (1-based, as the Untis manual numbers them), "" when the record is shorter. */
export function field(row: GpuRow, n: number): string {
  return row.fields[n - 1] ?? "";
}

/** A whole number written as digits only ("12"), else null. */
export function wholeNumber(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** A problem with one record, in the form the preview shows: "GPU001.TXT regel 14: …". */
export function rowProblem(fileName: string, line: number, message: string): ImportProblem {
  return { line, message: `${fileName} regel ${line}: ${message}` };
}

/** A problem with a whole file (line 0: no record to point at). */
export function fileProblem(fileName: string, message: string): ImportProblem {
  return { line: 0, message: `${fileName}: ${message}` };
}

/** The check every reader starts with: enough fields for what it needs. */
export function hasFields(row: GpuRow, needed: number, fileName: string, problems: ImportProblem[]): boolean {
  const count = row.fields.length;
  if (count >= needed) return true;
  problems.push(rowProblem(fileName, row.line, `te weinig velden (${count} in plaats van minstens ${needed}); de regel is overgeslagen.`));
  return false;
}

/**
 * A date as Untis writes it (JJJJMMDD, "20260831") as YYYY-MM-DD; null when it is not a real date.
 *
 * @example untisDate("20260229") // null: 2026 is not a leap year
 */
export function untisDate(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}
