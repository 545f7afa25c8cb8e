const DAYS = ["", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

/** A list in Dutch: "a", "a en b", "a, b en c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}

/** Periods as ranges: [1, 2, 3, 5] → "1 t/m 3 en 5". */
function periodRanges(periods: readonly number[]): string {
  const sorted = [...new Set(periods)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    ranges.push(j - i >= 2 ? `${sorted[i]} t/m ${sorted[j]}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return list(ranges);
}

/**
 * What a schedule change does, in one Dutch sentence for the coordinator's page.
 *
 * @example describeScheduleChange({ kind: "EXEMPTION", subjectName: null, target: null, weekdays: [5], periods: [] })
 * // "Geen lessen op vrijdag"
 * @example describeScheduleChange({ kind: "EXEMPTION", subjectName: null, target: null, weekdays: [], periods: [] })
 * // "Geen lessen (alle dagen)"
 */
export function describeScheduleChange(change: {
  kind: "EXEMPTION" | "ADDITION"; subjectName: string | null; target: string | null; weekdays: readonly number[]; periods: readonly number[];
}): string {
  if (change.kind === "ADDITION") return `Volgt ook: ${change.target ?? "een les van een andere groep"}`;
  const what = change.target ?? (change.subjectName ? `Geen ${change.subjectName}` : "Geen lessen");
  const days = change.weekdays.length > 0 ? ` op ${list([...change.weekdays].sort((a, b) => a - b).map((d) => DAYS[d] ?? String(d)))}` : "";
  const periods = change.periods.length > 0 ? ` in lesuur ${periodRanges(change.periods)}` : "";
  if (change.target) return `Niet naar: ${what}${days}${periods}`;
  return days || periods || change.subjectName ? `${what}${days}${periods}` : `${what} (alle dagen)`;
}
