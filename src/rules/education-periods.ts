import { civilFromDayNumber, dayNumberFromCivil, type TDayNumber } from "./day-number";

/** Half-open periods `[from, until)` of day numbers; an empty period has `from === until`. */
export interface TEducationPeriods {
  /** Leerplicht and kwalificatieplicht together: the legal reports apply. */
  compulsoryFrom: TDayNumber;
  compulsoryUntil: TDayNumber;
  /** RMC age: 18 up to 23, without startkwalificatie. */
  rmcFrom: TDayNumber;
  rmcUntil: TDayNumber;
}

/** The day a person born on `birthDate` turns `years` old; 29 February births turn a year older on 1 March in other years. */
function anniversary(birthDate: TDayNumber, years: number): TDayNumber {
  const { year, month, day } = civilFromDayNumber(birthDate);
  // In a common year, day 29 of February is day 1 of March to this formula.
  return dayNumberFromCivil(year + years, month, day);
}

/**
 * The periods in which a pupil is under compulsory education and of RMC age.
 * Compulsory education starts on the first day of the month after the 5th
 * birthday and ends on the 18th birthday, or earlier, at the end of the school
 * year (31 July) in which the pupil turned 16, for a pupil with startkwalificatie.
 *
 * @example educationPeriods(parseIsoDate("2009-09-15")!, { startkwalificatie: true })
 * // compulsory until 2026-08-01: turned 16 on 2025-09-15, in school year 2025/26
 */
export function educationPeriods(birthDate: TDayNumber, options: { startkwalificatie: boolean }): TEducationPeriods {
  const birth = civilFromDayNumber(birthDate);
  const fifthMonth = birth.month + 1;
  const compulsoryFrom =
    fifthMonth > 12 ? dayNumberFromCivil(birth.year + 6, 1, 1) : dayNumberFromCivil(birth.year + 5, fifthMonth, 1);
  const eighteenth = anniversary(birthDate, 18);
  let compulsoryUntil = eighteenth;
  if (options.startkwalificatie) {
    const sixteenth = civilFromDayNumber(anniversary(birthDate, 16));
    const schoolYearEnd = dayNumberFromCivil(sixteenth.month >= 8 ? sixteenth.year + 1 : sixteenth.year, 8, 1);
    compulsoryUntil = Math.min(eighteenth, schoolYearEnd) as TDayNumber;
  }
  const rmcUntil = options.startkwalificatie ? eighteenth : anniversary(birthDate, 23);
  return { compulsoryFrom, compulsoryUntil, rmcFrom: eighteenth, rmcUntil };
}
