import { createDayTable, type TDayTable } from "./day-table";
import { educationPeriods } from "./education-periods";
import { createEvaluationState } from "./evaluation-state";
import { fillDayTable } from "./fill-day-table";
import { evaluateHolidayAdjacent } from "./holiday-adjacent";
import { finishHomebound, stepHomebound } from "./homebound";
import { stepLateArrivals } from "./late-arrivals";
import type { TLessonColumns } from "./lesson-columns";
import { lessonColumnsFromLessons } from "./lesson-columns-from-lessons";
import { finishLongTermAbsence, stepLongTermAbsence } from "./long-term-absence";
import { stepLuxury } from "./luxury";
import { parseIsoDate } from "./parse-iso-date";
import type { TPreparedCalendar } from "./prepared-calendar";
import type { TProfileName, TRulesSettings } from "./profiles";
import { stepRelative16h } from "./relative-16h";
import { resolveSettings } from "./resolve-settings";
import type { TRulesLesson, TRulesPupil } from "./rules-input-schema";
import type { TRulesOutput } from "./rules-output";
import { stepSickness } from "./sickness";
import { compareSignalDrafts, formatSignalDraft } from "./signal-draft";
import { stepSuspensionTooLong } from "./suspension-too-long";
import { stepUnexcusedLetter } from "./unexcused-letter";

export interface TEvaluateOptions {
  /** Evaluate everything up to and including this date (`YYYY-MM-DD`); must not lie after the prepared range. */
  asOf: string;
  profile?: TProfileName;
  settings?: Partial<TRulesSettings>;
}

// Buffers shared by all evaluations against one prepared calendar. Evaluation is
// synchronous, so one pupil never sees another's half-filled table.
const dayTables = new WeakMap<TPreparedCalendar, TDayTable>();
let lessonBuffer: TLessonColumns | undefined;

function dayTableFor(prepared: TPreparedCalendar): TDayTable {
  let table = dayTables.get(prepared);
  if (table === undefined) {
    table = createDayTable(prepared.length);
    dayTables.set(prepared, table);
  }
  return table;
}

function isColumns(lessons: readonly TRulesLesson[] | TLessonColumns): lessons is TLessonColumns {
  return !Array.isArray(lessons);
}

/**
 * Evaluates one pupil against a calendar prepared once for the whole school:
 * the batch API. Cost is one pass over the lessons (any order) plus one pass
 * over the school days from the pupil's first registered day to `asOf`.
 * `lessons` may be validated lesson objects or, fastest, `TLessonColumns`.
 *
 * @example
 * const prepared = prepareCalendar(calendar, { from: "2024-08-01", to: "2025-07-31" });
 * for (const { pupil, lessons } of school) {
 *   const output = evaluatePupilLessons(pupil, lessons, prepared, { asOf: "2025-03-14", profile: "twente" });
 * }
 */
export function evaluatePupilLessons(
  pupil: TRulesPupil,
  lessons: readonly TRulesLesson[] | TLessonColumns,
  prepared: TPreparedCalendar,
  options: TEvaluateOptions,
): TRulesOutput {
  const asOf = parseIsoDate(options.asOf);
  if (asOf === undefined) throw new RangeError(`asOf: not a date: ${JSON.stringify(options.asOf)}`);
  if (asOf > prepared.to) throw new RangeError(`asOf: ${options.asOf} lies after the prepared calendar`);
  const birthDate = parseIsoDate(pupil.birthDate);
  if (birthDate === undefined) throw new RangeError(`pupil.birthDate: not a date: ${JSON.stringify(pupil.birthDate)}`);
  const settings = resolveSettings(options.profile ?? "default", options.settings);

  let columns: TLessonColumns;
  if (isColumns(lessons)) {
    columns = lessons;
  } else {
    lessonBuffer = lessonColumnsFromLessons(lessons, lessonBuffer);
    columns = lessonBuffer;
  }
  const table = dayTableFor(prepared);
  const endOffset = asOf - prepared.from;
  const days = fillDayTable(columns, prepared, table, {
    endOffset,
    lateCountsAsAbsence: settings.lateCountsAsAbsence,
  });
  const output: TRulesOutput = { pupilId: pupil.id, asOf: options.asOf, signals: [] };
  if (days.first < 0) return output;

  const state = createEvaluationState(
    prepared,
    table,
    settings,
    educationPeriods(birthDate, { startkwalificatie: pupil.startkwalificatie }),
    { firstOffset: days.first, endOffset },
  );
  const schoolDays = prepared.schoolDayOffsets;
  let k = lowerBound(schoolDays, days.first);
  for (; k < schoolDays.length; k++) {
    const i = schoolDays[k]!;
    if (i > endOffset) break;
    stepLongTermAbsence(state, i);
    stepHomebound(state, i);
    stepUnexcusedLetter(state, i);
    stepRelative16h(state, i);
    stepLuxury(state, i);
    stepSickness(state, i);
    stepSuspensionTooLong(state, i);
    stepLateArrivals(state, i);
  }
  finishLongTermAbsence(state);
  finishHomebound(state);
  evaluateHolidayAdjacent(state);

  const drafts = state.signals.sort(compareSignalDrafts);
  output.signals = drafts.map((draft) => formatSignalDraft(draft, prepared.from));
  return output;
}

function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
