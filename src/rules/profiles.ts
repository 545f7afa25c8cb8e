/**
 * The rules profiles of RULES.md. `default` follows the national Verzuimkaart
 * (source 004), `mazl` the national M@ZL criterion, `twente` and `parkstad`
 * the regional cards (sources 003 and 002).
 */
export const PROFILE_NAMES = ["default", "mazl", "twente", "parkstad"] as const;
export type TProfileName = (typeof PROFILE_NAMES)[number];

export interface TRulesSettings {
  /** Share of a day's registered lesson time that unexcused lessons must cover for a full-absence day. */
  fullAbsenceShare: number;
  /** Whether LATE_UNEXCUSED counts its `lateMinutes` as unexcused time. */
  lateCountsAsAbsence: boolean;
  /** School days right before and right after a holiday that LUXURY_SUSPECTED and SICKNESS_NEAR_HOLIDAY look at. */
  holidayAdjacentDays: number;
  /** LATE_UNEXCUSED lessons in a school year for levels 1, 2 and 3 of LATE_ARRIVALS. */
  lateThresholds: readonly [number, number, number];
  /** SICKNESS_LONG fires on sick day `longSickDays + 1` of a run. */
  longSickDays: number;
  /** SICKNESS_FREQUENT counts sick runs that started in this many calendar days ... */
  frequentSickWindowDays: number;
  /** ... and fires when they reach this number. */
  frequentSickRuns: number;
  /** UNEXCUSED_LETTER fires when the unexcused hours exceed this. */
  letterHours: number;
}

const BASE: TRulesSettings = {
  fullAbsenceShare: 1.0,
  lateCountsAsAbsence: false,
  holidayAdjacentDays: 2,
  lateThresholds: [5, 10, 11],
  longSickDays: 6,
  frequentSickWindowDays: 84,
  frequentSickRuns: 5,
  letterHours: 8,
};

export const PROFILES: Readonly<Record<TProfileName, Readonly<TRulesSettings>>> = {
  default: BASE,
  mazl: { ...BASE, frequentSickRuns: 4 },
  twente: { ...BASE, longSickDays: 10, frequentSickWindowDays: 91, frequentSickRuns: 3 },
  parkstad: { ...BASE, lateThresholds: [6, 10, 12], longSickDays: 7 },
};
