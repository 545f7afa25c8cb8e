import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { dbDate, isoDate, schoolToday } from "@/calendar/school-time";
import { periodText } from "@/calendar/period-text";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { queuePupilEvaluation } from "@/signals/server/signal-queue";
import type { TRecordOfficerDecision } from "../schemas";
import { classifyAbsencesInLeave } from "./classify-absences-in-leave";
import { assertMayDecideLeave } from "./may-decide-leave";

/**
 * The leerplichtambtenaar's decision on a forwarded request (REFERRED), as
 * the school records it: approved or rejected, with the date, the officer's
 * name and a note; kept in the case file. From then on it acts like the
 * school's own decision (the register, absences in the period).
 */
export async function recordOfficerDecision({ actor, input }: { actor: Actor; input: TRecordOfficerDecision }): Promise<string> {
  await assertMayDecideLeave(actor);
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  if (input.decidedOn > today) throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", { decidedOn: ["Deze datum ligt in de toekomst: leg vast wat al besloten is."] });
  const request = await prisma.leaveRequest.findFirst({
    where: { id: input.leaveRequestId, ...inSchool(actor) },
    select: { id: true, pupilId: true, state: true, startDate: true, endDate: true, referredAt: true },
  });
  if (!request) throw new AppError("NOT_FOUND", "Deze verlofaanvraag bestaat niet.");
  if (request.state !== "REFERRED") throw new AppError("CONFLICT", "Deze aanvraag ligt niet (meer) bij de leerplichtambtenaar. Vernieuw de pagina.");
  if (request.referredAt && input.decidedOn < schoolToday(timeZone, request.referredAt)) {
    throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", { decidedOn: ["Deze datum ligt vóór het doorsturen van de aanvraag."] });
  }
  const outcome = input.outcome === "APPROVED" ? "toegekend" : "afgewezen";
  const done = await prisma.$transaction(async (tx) => {
    const updated = await tx.leaveRequest.updateMany({
      where: { id: request.id, state: "REFERRED", ...inSchool(actor) },
      data: { state: input.outcome, officerDecidedOn: dbDate(input.decidedOn), officerName: input.officerName, decisionNote: input.note, decidedById: actor.userId, decidedAt: now },
    });
    if (updated.count === 0) return false;
    await tx.caseEntry.create({
      data: {
        schoolId: actor.schoolId, pupilId: request.pupilId, kind: "NOTE", occurredOn: dbDate(input.decidedOn),
        title: `Leerplichtambtenaar: verlof ${outcome} (${periodText(isoDate(request.startDate), isoDate(request.endDate))})`,
        body: `Besluit van ${input.officerName}: ${input.note}`, authorId: actor.userId,
      },
    });
    await recordAudit(tx, { actor, action: "leave-request.officer-decision", entityType: "LeaveRequest", entityId: request.id, pupilId: request.pupilId, details: { state: input.outcome } });
    return true;
  });
  if (!done) throw new AppError("CONFLICT", "Deze aanvraag ligt niet (meer) bij de leerplichtambtenaar. Vernieuw de pagina.");
  const changed = await classifyAbsencesInLeave({ schoolId: actor.schoolId, leaveRequestId: request.id, changedById: actor.userId, now });
  if (changed.length > 0) await queuePupilEvaluation({ schoolId: actor.schoolId, pupilIds: changed });
  return `Het besluit van de leerplichtambtenaar is vastgelegd: het verlof is ${outcome}.`;
}
