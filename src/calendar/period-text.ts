import { longDate } from "./long-date";

export interface PeriodTextOptions {
  /** How one date reads: "7 december 2026" (the default), "maandag 7 december", "07-12-2026". */
  formatDate?: (isoDate: string) => string;
  /**
   * "label" stands on its own or after "in de periode" ("7 december 2026", "7 tot en met 9 december");
   * "sentence" follows a word such as "ziek" ("ziek op 7 december", "ziek van 7 tot en met 9 december").
   */
  form?: "label" | "sentence";
  /** "t/m" where the line is short (a list, a table cell). */
  through?: "tot en met" | "t/m";
}

/**
 * A period of school dates (ISO, inclusive) in Dutch: the one place that writes a period, so that a one-day
 * period never reads "vanaf 7 december tot en met 7 december".
 *
 * @example
 * periodText("2026-12-07", "2026-12-07", { form: "sentence" }) // "op 7 december 2026"
 * periodText("2026-12-07", "2026-12-09", { form: "sentence" }) // "van 7 december 2026 tot en met 9 december 2026"
 * periodText("2026-12-07", null) // "vanaf 7 december 2026": still open (ill, an open report)
 */
export function periodText(start: string, end: string | null, options: PeriodTextOptions = {}): string {
  const { formatDate = longDate, form = "label", through = "tot en met" } = options;
  if (end === null) return `vanaf ${formatDate(start)}`;
  if (end === start) return form === "sentence" ? `op ${formatDate(start)}` : formatDate(start);
  const range = `${formatDate(start)} ${through} ${formatDate(end)}`;
  return form === "sentence" ? `van ${range}` : range;
}
