import type { TPreparedCalendar, TRulesOutput, TSignalKind } from "@/rules";

import type { TPupilLessons } from "./pupil-lessons";
import { buildSignalEvidence, type TSignalEvidence } from "./signal-evidence";
import { signalIdentities, type THolidaySideDays } from "./signal-identity";

/** One signal as `Signal` stores it: the rules output with its identity and evidence. */
export interface TSignalRow {
  identity: string;
  kind: TSignalKind;
  mandatory: boolean;
  repeat: boolean;
  startDate: string;
  endDate: string | null;
  hours: number | null;
  reachedOn: string;
  dueBy: string | null;
  provisional: boolean;
  level: number | null;
  count: number | null;
  evidence: TSignalEvidence;
}

/** The rows to store for one pupil's rules output. `lessons` may leave out PRESENT and LATE_EXCUSED lessons when `presentDays` is given. */
export function signalRows(
  output: TRulesOutput,
  lessons: TPupilLessons,
  options: { prepared: TPreparedCalendar; lateCountsAsAbsence: boolean; holidaySides: readonly THolidaySideDays[]; presentDays?: ReadonlySet<number> },
): TSignalRow[] {
  const identities = signalIdentities(output.signals, { holidaySides: options.holidaySides });
  return output.signals.map((signal, index) => ({
    identity: identities[index]!,
    kind: signal.kind,
    mandatory: signal.mandatory,
    repeat: signal.repeat,
    startDate: signal.start,
    endDate: signal.end,
    hours: signal.hours,
    reachedOn: signal.reachedOn,
    dueBy: signal.dueBy,
    provisional: signal.provisional,
    level: signal.level,
    count: signal.count,
    evidence: buildSignalEvidence(signal, lessons, {
      asOf: output.asOf, prepared: options.prepared, lateCountsAsAbsence: options.lateCountsAsAbsence, presentDays: options.presentDays,
    }),
  }));
}
