import { createDayTable, type TDayTable } from "./day-table";
import type { TDayNumber } from "./day-number";
import { parseIsoDate } from "./parse-iso-date";
import type { TPreparedCalendar } from "./prepared-calendar";
import type { TProfileName, TRulesSettings } from "./profiles";
import { resolveSettings } from "./resolve-settings";
import type { TRulesPupil } from "./rules-input-schema";

export interface TEvaluateOptions {
  /** Evaluate everything up to and including this date (`YYYY-MM-DD`); must not lie after the prepared range. */
  asOf: string;
  profile?: TProfileName;
  settings?: Partial<TRulesSettings>;
}

export interface TEvaluationSetup {
  birthDate: TDayNumber;
  settings: TRulesSettings;
  /** The day buffers of this calendar, shared by every evaluation against it. */
  table: TDayTable;
  /** asOf as an offset into the prepared calendar. */
  endOffset: number;
}

// Buffers shared by all evaluations against one prepared calendar. Evaluation is
// synchronous, so one pupil never sees another's half-filled table.
const dayTables = new WeakMap<TPreparedCalendar, TDayTable>();

/**
 * What every evaluation of one pupil checks and resolves before it fills the
 * day table: the dates, the settings and the shared buffers.
 *
 * @example setUpEvaluation(pupil, prepared, { asOf: "2099-01-01" }) // throws RangeError: after the prepared calendar
 */
export function setUpEvaluation(pupil: TRulesPupil, prepared: TPreparedCalendar, options: TEvaluateOptions): TEvaluationSetup {
  const asOf = parseIsoDate(options.asOf);
  if (asOf === undefined) throw new RangeError(`asOf: not a date: ${JSON.stringify(options.asOf)}`);
  if (asOf > prepared.to) throw new RangeError(`asOf: ${options.asOf} lies after the prepared calendar`);
  const birthDate = parseIsoDate(pupil.birthDate);
  if (birthDate === undefined) throw new RangeError(`pupil.birthDate: not a date: ${JSON.stringify(pupil.birthDate)}`);
  let table = dayTables.get(prepared);
  if (table === undefined) {
    table = createDayTable(prepared.length);
    dayTables.set(prepared, table);
  }
  return { birthDate, settings: resolveSettings(options.profile ?? "default", options.settings), table, endOffset: asOf - prepared.from };
}
