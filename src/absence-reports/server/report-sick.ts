import "server-only";
import type { Actor } from "@/auth/load-actor";
import { addDays, dutchDate } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { reportLimitRefusal } from "../report-limits";
import { minutesOf, type TReportSick } from "../schemas";
import { createReports } from "./create-reports";
import { loadReportContext } from "./report-context";
import { ownPupilsOf } from "./own-pupils-of";

/**
 * Ziek melden: one or more of one's own pupils, from now or from a lesson
 * today, until "not known yet", the end of today or an expected date.
 */
export async function reportSick({ actor, input }: { actor: Actor; input: TReportSick }): Promise<string> {
  const context = await loadReportContext({ actor });
  const { today } = context;
  const pupils = await ownPupilsOf({ actor, pupilIds: input.pupilIds, today });
  const refusal = reportLimitRefusal({ kind: "SICK", startDate: today }, context.limits, context);
  if (refusal) throw new AppError("RULE_VIOLATION", refusal);
  if (input.until === "date" && input.untilDate < today) {
    throw new AppError("INVALID_INPUT", "De verwachte einddatum ligt in het verleden.", { untilDate: ["Kies vandaag of een latere dag."] });
  }
  if (input.until === "date" && input.untilDate > addDays(today, 365)) {
    throw new AppError("INVALID_INPUT", "Kies een einddatum binnen een jaar, of ‘nog niet bekend’.", { untilDate: [`Uiterlijk ${dutchDate(addDays(today, 365))}.`] });
  }
  const startMinutes = input.from === "now" ? context.nowMinutes : minutesOf(input.from);
  const endDate = input.until === "unknown" ? null : input.until === "today" ? today : input.untilDate;
  return createReports({
    actor,
    context,
    drafts: pupils.map((pupil) => ({
      pupil, kind: "SICK" as const, note: input.note, appointment: null, idempotencyKey: `${input.idempotencyKey}:${pupil.id}`,
      period: { startDate: today, startMinutes, endDate, endMinutes: null },
    })),
  });
}
