import { createDaySums, DAY_FLAG, type TDaySums } from "@/rules";

/** The fields per day in the text that `decodeDaySums` reads, in this order. */
const FIELDS = 8;

/**
 * Decodes one pupil's stored per-day rollup as the loader's SQL aggregates it:
 * days separated by `;`, each `day,flags,registered,absent,late,luxury,unknown,lateLessons`
 * as non-negative integers (day = days since 1970-01-01), in day order.
 *
 * @example decodeDaySums("20515,3,300,0,0,0,0,0").registeredMinutes[0] // 300
 * @throws RangeError when the text is not a list of 8-number days.
 */
export function decodeDaySums(text: string): TDaySums {
  if (text.length === 0) return createDaySums(0);
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 59) count++;
  const sums = createDaySums(count);
  const targets = [sums.day, sums.flags, sums.registeredMinutes, sums.absentMinutes, sums.lateMinutes, sums.luxuryMinutes, sums.unknownMinutes, sums.lateLessons];
  let day = 0;
  let field = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 59;
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
      continue;
    }
    const endsDay = code === 59;
    if ((code !== 44 && !endsDay) || digits === 0 || field >= FIELDS || (endsDay && field !== FIELDS - 1)) {
      throw new RangeError(`day list: unexpected ${JSON.stringify(text[i] ?? "end")} at ${i}`);
    }
    targets[field]![day] = value;
    value = 0;
    digits = 0;
    field++;
    if (endsDay) {
      day++;
      field = 0;
    }
  }
  sums.length = count;
  return sums;
}

/** The days (day numbers) with a lesson in which the pupil was present: what the holiday-side evidence leaves out. */
export function presentDays(sums: TDaySums): Set<number> {
  const days = new Set<number>();
  for (let k = 0; k < sums.length; k++) if ((sums.flags[k]! & DAY_FLAG.PRESENT) !== 0) days.add(sums.day[k]!);
  return days;
}
