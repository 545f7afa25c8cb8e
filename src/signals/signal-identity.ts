import type { TSignal } from "@/rules";

import { schoolYearStart } from "./school-year-start";

/** The school days next to one holiday, nearest first, cut to the profile's `holidayAdjacentDays`. */
export interface THolidaySideDays {
  side: "before" | "after";
  days: readonly string[];
}

/**
 * The stable identity of each signal of one pupil's rules output, in the same
 * order: what makes a re-evaluation update a stored signal instead of adding
 * a second one (docs/decisions/040-signal-identity.md). Each kind is keyed by
 * the date least likely to move when a mark is corrected:
 *
 * - RELATIVE_16H: the start of its chain's first report and its place in the
 *   chain (`RELATIVE_16H:2025-02-03:2` is the second repeat), so a report whose
 *   end, or whose predecessor's end, moves stays the same signal;
 * - RMC_18PLUS by its start, its follow-ups by that start and their number;
 * - LONG_TERM_RELATIVE by `reachedOn` (its start follows the 16-hour chain; its
 *   end is set when it closes);
 * - HOMEBOUND by its run's start and level; LATE_ARRIVALS by school year and level;
 * - LUXURY_SUSPECTED and SICKNESS_NEAR_HOLIDAY by the holiday side (the school
 *   day next to the holiday);
 * - every other kind by its start.
 *
 * Identities are unique within the output: a (never expected) duplicate gets
 * `:~2`, `:~3`, so one evaluation can never write one row twice.
 *
 * @example
 * signalIdentities([first16h, repeat16h], { holidaySides: [] })
 * // ["RELATIVE_16H:2025-02-03:0", "RELATIVE_16H:2025-02-03:1"]
 */
export function signalIdentities(signals: readonly TSignal[], options: { holidaySides: readonly THolidaySideDays[] }): string[] {
  // Chains follow reachedOn, whatever order the caller passes.
  const order = signals.map((_, index) => index).sort((a, b) => compare(signals[a]!, signals[b]!) || a - b);
  const identities: string[] = new Array(signals.length);
  const usedSides = new Set<string>();
  // The chain the next repeat (or follow-up) continues: the start of its first report and the number of the last one.
  const chain16h = { start: "", n: -1 };
  const chainRmc = { start: "", n: -1 };

  for (const index of order) {
    const signal = signals[index]!;
    let identity: string;
    switch (signal.kind) {
      case "RELATIVE_16H":
        Object.assign(chain16h, signal.repeat && chain16h.n >= 0 ? { n: chain16h.n + 1 } : { start: signal.start, n: 0 });
        identity = `${signal.kind}:${chain16h.start}:${chain16h.n}`;
        break;
      case "RMC_18PLUS":
        Object.assign(chainRmc, { start: signal.start, n: 0 });
        identity = `${signal.kind}:${signal.start}`;
        break;
      case "RMC_18PLUS_FOLLOWUP":
        Object.assign(chainRmc, chainRmc.n >= 0 ? { n: chainRmc.n + 1 } : { start: signal.start, n: 1 });
        identity = `${signal.kind}:${chainRmc.start}:${chainRmc.n}`;
        break;
      case "LONG_TERM_RELATIVE":
        identity = `${signal.kind}:${signal.reachedOn}`;
        break;
      case "HOMEBOUND":
        identity = `${signal.kind}:${signal.start}:${signal.level ?? 1}`;
        break;
      case "LATE_ARRIVALS":
        identity = `${signal.kind}:${schoolYearStart(signal.reachedOn)}:${signal.level ?? 1}`;
        break;
      case "LUXURY_SUSPECTED":
      case "SICKNESS_NEAR_HOLIDAY":
        identity = holidaySideIdentity(signal, options.holidaySides, usedSides);
        break;
      case "LUXURY":
      case "SICKNESS_LONG":
      case "SICKNESS_FREQUENT":
      case "UNEXCUSED_LETTER":
      case "SUSPENSION_TOO_LONG":
        identity = `${signal.kind}:${signal.start}`;
        break;
      default: {
        const unknownKind: never = signal.kind;
        throw new RangeError(`no identity for signal kind ${String(unknownKind)}`);
      }
    }
    identities[index] = identity;
  }
  return withoutDuplicates(identities);
}

function compare(a: TSignal, b: TSignal): number {
  if (a.reachedOn !== b.reachedOn) return a.reachedOn < b.reachedOn ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return 0;
}

/** One signal per holiday side: the first side whose days hold the signal's period and that this kind has not used yet. */
function holidaySideIdentity(signal: TSignal, sides: readonly THolidaySideDays[], used: Set<string>): string {
  const end = signal.end ?? signal.start;
  for (const side of sides) {
    if (side.days.length === 0 || !side.days.includes(signal.start) || !side.days.includes(end)) continue;
    const identity = `${signal.kind}:${side.side}:${side.days[0]}`;
    if (used.has(identity)) continue;
    used.add(identity);
    return identity;
  }
  return `${signal.kind}:${signal.start}`;
}

function withoutDuplicates(identities: string[]): string[] {
  const seen = new Map<string, number>();
  return identities.map((identity) => {
    const n = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, n);
    return n === 1 ? identity : `${identity}:~${n}`;
  });
}
