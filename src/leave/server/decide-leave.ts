import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { dbDate, isoDate, schoolToday } from "@/calendar/school-time";
import { periodText } from "@/calendar/period-text";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { reportRecipients } from "@/guardians/server/report-recipients";
import { createLetter } from "@/letters/server/create-letter";
import { letterFileName } from "@/letters/letter-file-name";
import type { TLetterLeave } from "@/letters/letter-values";
import { sendMail } from "@/mail/send-mail";
import { fullName } from "@/pupils/full-name";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { queuePupilEvaluation } from "@/signals/server/signal-queue";
import { SCHOOL_DECIDES_UP_TO } from "../check-leave-request";
import { LEAVE_TYPE_LABELS } from "../leave-labels";
import type { TDecideLeave } from "../schemas";
import { classifyAbsencesInLeave } from "./classify-absences-in-leave";
import { assertMayDecideLeave } from "./may-decide-leave";

/**
 * The school's decision on an open leave request (decision 125):
 * - approve or reject, with a reason: the decision letter (template
 *   LEAVE_DECISION, with the objection clause) is made and kept with the
 *   pupil's letters, a note goes into the case file, and the letter is
 *   e-mailed to those told about the pupil (report-recipients.ts);
 * - refer (more than 10 school days): the request with the school's advice
 *   as a PDF for the leerplichtambtenaar (template LEAVE_REFERRAL); the
 *   officer's decision is recorded later (record-officer-decision.ts).
 * Absences with an unknown reason already in the period get the decision's
 * category (classify-absences-in-leave.ts). A request decided by someone
 * else in between is a CONFLICT, and nothing is written.
 */
export async function decideLeave({ actor, input }: { actor: Actor; input: TDecideLeave }): Promise<string> {
  await assertMayDecideLeave(actor);
  const request = await prisma.leaveRequest.findFirst({
    where: { id: input.leaveRequestId, ...inSchool(actor) },
    select: {
      id: true, pupilId: true, type: true, startDate: true, endDate: true, reason: true, schoolDays: true, state: true,
      pupil: { select: { firstName: true, infix: true, lastName: true } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND", "Deze verlofaanvraag bestaat niet.");
  if (request.state !== "REQUESTED") throw new AppError("CONFLICT", "Over deze aanvraag is al besloten. Vernieuw de pagina.");
  const overLimit = request.schoolDays > SCHOOL_DECIDES_UP_TO;
  if (input.decision === "APPROVE" && overLimit) {
    throw new AppError("RULE_VIOLATION", `Deze aanvraag gaat over ${request.schoolDays} schooldagen: bij meer dan ${SCHOOL_DECIDES_UP_TO} beslist de leerplichtambtenaar. Stuur haar door met het advies van de school.`, { decision: ["Kies ‘doorsturen naar de leerplichtambtenaar’."] });
  }
  if (input.decision === "REFER" && !overLimit) {
    throw new AppError("RULE_VIOLATION", `Doorsturen is voor aanvragen van meer dan ${SCHOOL_DECIDES_UP_TO} schooldagen; over deze aanvraag (${request.schoolDays} schooldagen) beslist de school zelf.`, { decision: ["Kies toekennen of afwijzen."] });
  }

  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const startDate = isoDate(request.startDate);
  const endDate = isoDate(request.endDate);
  const outcome = input.decision === "APPROVE" ? "toegekend" : input.decision === "REJECT" ? "afgewezen" : null;
  const leave: TLetterLeave = {
    typeLabel: LEAVE_TYPE_LABELS[request.type], startDate, endDate, schoolDays: request.schoolDays, reason: request.reason,
    outcome, note: input.note || "Het verlof past binnen de regels van de Leerplichtwet.",
  };
  const kind = input.decision === "REFER" ? "LEAVE_REFERRAL" : "LEAVE_DECISION";
  const letter = await createLetter({ actor, pupilId: request.pupilId, kind, leave });

  const state = input.decision === "APPROVE" ? "APPROVED" : input.decision === "REJECT" ? "REJECTED" : "REFERRED";
  const period = periodText(startDate, endDate);
  const decided = await prisma.$transaction(async (tx) => {
    const updated = await tx.leaveRequest.updateMany({
      where: { id: request.id, state: "REQUESTED", ...inSchool(actor) },
      data: input.decision === "REFER"
        ? { state, referredAt: now, schoolAdvice: input.note, referralLetterId: letter.id }
        : { state, decidedById: actor.userId, decidedAt: now, decisionNote: input.note || null, decisionLetterId: letter.id },
    });
    if (updated.count === 0) return false;
    const title = input.decision === "REFER" ? `Verlofaanvraag doorgestuurd naar de leerplichtambtenaar (${period})` : `Verlofaanvraag ${outcome} (${period})`;
    const body = `${LEAVE_TYPE_LABELS[request.type]}, ${request.schoolDays} schooldagen. Reden van de aanvraag: ${request.reason}${input.note ? `\n${input.decision === "REFER" ? "Advies van de school" : "Toelichting"}: ${input.note}` : ""}`;
    const entry = await tx.caseEntry.create({
      data: { schoolId: actor.schoolId, pupilId: request.pupilId, kind: "NOTE", occurredOn: dbDate(schoolToday(timeZone, now)), title, body, authorId: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: "leave-request.decide", entityType: "LeaveRequest", entityId: request.id, pupilId: request.pupilId, details: { state, letterId: letter.id, caseEntryId: entry.id } });
    return true;
  });
  if (!decided) {
    await prisma.letter.deleteMany({ where: { id: letter.id, ...inSchool(actor) } });
    throw new AppError("CONFLICT", "Over deze aanvraag is intussen al besloten. Vernieuw de pagina.");
  }

  if (input.decision !== "REFER") {
    const changed = await classifyAbsencesInLeave({ schoolId: actor.schoolId, leaveRequestId: request.id, changedById: actor.userId, now });
    if (changed.length > 0) await queuePupilEvaluation({ schoolId: actor.schoolId, pupilIds: changed });
  }

  const name = fullName(request.pupil);
  const recipients = await reportRecipients({ schoolId: actor.schoolId, pupilId: request.pupilId, today: schoolToday(timeZone, now) });
  const text = input.decision === "REFER"
    ? `De verlofaanvraag voor ${name} (${period}) gaat over meer dan ${SCHOOL_DECIDES_UP_TO} schooldagen. Daarom beslist de leerplichtambtenaar van de gemeente. De school heeft de aanvraag met haar advies doorgestuurd; u hoort het besluit van de leerplichtambtenaar.\n\n${actor.schoolName}`
    : `In de bijlage vindt u het besluit van de school op de verlofaanvraag voor ${name} (${period}): het verlof is ${outcome}.\n\n${actor.schoolName}`;
  const attachments = input.decision === "REFER" ? undefined : [{ filename: letterFileName(kind, name, schoolToday(timeZone, now)), content: letter.pdf, contentType: "application/pdf" }];
  const sent = await Promise.all(recipients.map((r) => sendMail({ to: r.email, subject: letter.subject, text, attachments })));
  const mailed = sent.filter((s) => s.sent).length;
  const told = recipients.length === 0 ? " Er is geen e-mailadres bekend: bezorg de brief op een andere manier."
    : mailed === recipients.length ? ` De brief is gemaild aan ${mailed === 1 ? "1 ontvanger" : `${mailed} ontvangers`}.`
      : ` De e-mail kon niet (aan iedereen) worden verstuurd: bezorg de brief op een andere manier.`;
  if (input.decision === "REFER") return `De aanvraag is doorgestuurd. Download de PDF met het advies en stuur die naar de leerplichtambtenaar; leg daarna het besluit hier vast.${recipients.length > 0 ? " De aanvrager is per e-mail ingelicht." : ""}`;
  return `Het verlof is ${outcome}. De besluitbrief staat bij de brieven van ${request.pupil.firstName}.${told}`;
}
