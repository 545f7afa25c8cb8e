import "server-only";
import type { Actor } from "@/auth/load-actor";
import { clockTime, dutchDate } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { reportLimitRefusal } from "../report-limits";
import { minutesOf, type TReportAppointment } from "../schemas";
import { createReports } from "./create-reports";
import { loadReportContext } from "./report-context";
import { ownPupilsOf } from "./own-pupils-of";
import { schoolDayHours } from "./school-day-hours";

/**
 * Afspraak melden: a medical appointment with a date and a time slot. Only the
 * lessons that overlap the slot widened by the school's travel time are
 * covered (the report's startMinutes/endMinutes); the slot itself is kept.
 */
export async function reportAppointment({ actor, input }: { actor: Actor; input: TReportAppointment }): Promise<string> {
  const context = await loadReportContext({ actor });
  const { today } = context;
  const [pupil] = await ownPupilsOf({ actor, pupilIds: [input.pupilId], today });
  const start = minutesOf(input.startTime);
  const end = minutesOf(input.endTime);
  if (input.date < today || (input.date === today && end <= context.nowMinutes)) {
    throw new AppError("INVALID_INPUT", "Deze afspraak is al voorbij.", { date: ["Kies een afspraak die nog moet komen."] });
  }
  const refusal = reportLimitRefusal({ kind: "MEDICAL", startDate: input.date }, context.limits, context);
  if (refusal) throw new AppError("RULE_VIOLATION", refusal);
  const hours = await schoolDayHours({ schoolId: actor.schoolId, date: input.date });
  if (hours.first === null || hours.last === null) {
    throw new AppError("RULE_VIOLATION", `Op ${dutchDate(input.date)} zijn er geen lessen. Een afspraak op die dag hoef je niet te melden.`, { date: ["Geen lesdag."] });
  }
  if (end <= hours.first || start >= hours.last) {
    throw new AppError("RULE_VIOLATION", `Deze afspraak valt buiten de lestijden (${clockTime(hours.first)} tot ${clockTime(hours.last)}). Je hoeft hem niet te melden.`, { startTime: ["Buiten de lestijden."] });
  }
  const travel = context.limits.appointmentTravelMinutes;
  return createReports({
    actor,
    context,
    drafts: [{
      pupil: pupil!, kind: "MEDICAL", note: input.note, idempotencyKey: `${input.idempotencyKey}:${pupil!.id}`,
      appointment: { type: input.appointmentType, startMinutes: start, endMinutes: end },
      period: { startDate: input.date, startMinutes: Math.max(0, start - travel), endDate: input.date, endMinutes: Math.min(24 * 60, end + travel) },
    }],
  });
}
