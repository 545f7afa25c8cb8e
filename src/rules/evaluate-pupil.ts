import { evaluatePupilLessons } from "./evaluate-pupil-lessons";
import { formatIsoDate } from "./format-iso-date";
import { parseIsoDate } from "./parse-iso-date";
import { prepareCalendar } from "./prepare-calendar";
import type { TRulesInput } from "./rules-input-schema";
import type { TRulesOutput } from "./rules-output";

/**
 * Evaluates one pupil from a validated input (`ZRulesInputSchema.parse(json)`):
 * what the command prints. For many pupils, prepare the calendar once and use
 * `evaluatePupilLessons`.
 *
 * @example
 * evaluatePupil(ZRulesInputSchema.parse(json)).signals[0]
 * // { kind: "UNEXCUSED_LETTER", start: "2025-02-03", end: "2025-02-04", hours: 12, ... } for the worked example
 */
export function evaluatePupil(input: TRulesInput): TRulesOutput {
  let from = parseIsoDate(input.asOf)!;
  for (const lesson of input.lessons) {
    const day = parseIsoDate(lesson.date)!;
    if (day < from) from = day;
  }
  const prepared = prepareCalendar(input.calendar, { from: formatIsoDate(from), to: input.asOf });
  return evaluatePupilLessons(input.pupil, input.lessons, prepared, {
    asOf: input.asOf,
    profile: input.profile,
    settings: input.settings,
  });
}
