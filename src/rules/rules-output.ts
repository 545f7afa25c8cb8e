/** Every signal kind of RULES.md. */
export const SIGNAL_KINDS = [
  "RELATIVE_16H",
  "LONG_TERM_RELATIVE",
  "LUXURY",
  "RMC_18PLUS",
  "RMC_18PLUS_FOLLOWUP",
  "LUXURY_SUSPECTED",
  "SICKNESS_NEAR_HOLIDAY",
  "LATE_ARRIVALS",
  "SICKNESS_LONG",
  "SICKNESS_FREQUENT",
  "UNEXCUSED_LETTER",
  "HOMEBOUND",
  "SUSPENSION_TOO_LONG",
] as const;
export type TSignalKind = (typeof SIGNAL_KINDS)[number];

/** One signal, as the command prints it. Dates are `YYYY-MM-DD`. */
export interface TSignal {
  kind: TSignalKind;
  /** A legal report to DUO's verzuimloket. */
  mandatory: boolean;
  /** A herhaalmelding of RELATIVE_16H. */
  repeat: boolean;
  start: string;
  /** `null` while an LRV or HOMEBOUND run is still open. */
  end: string | null;
  /** Unexcused clock hours in [start, end] (LUXURY: the holiday-without-leave lessons), 2 decimals; `null` where hours mean nothing. */
  hours: number | null;
  reachedOn: string;
  /** The 5th working day after `reachedOn`, for mandatory reports only. */
  dueBy: string | null;
  /** An ABSENT_UNKNOWN lesson counts in it: the reason may still turn out to be excused. */
  provisional: boolean;
  level: number | null;
  count: number | null;
}

export interface TRulesOutput {
  pupilId: string;
  asOf: string;
  /** Sorted by `reachedOn`, then `kind` (then `level`, then `start`). */
  signals: TSignal[];
}
