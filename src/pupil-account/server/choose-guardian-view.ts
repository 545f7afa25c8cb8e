import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { dutchDate, schoolToday } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { reportRecipients, type Recipient } from "@/guardians/server/report-recipients";
import { sendMail } from "@/mail/send-mail";
import type { TChooseGuardianView } from "../schemas";
import { findOwnPupilRecord } from "./find-own-pupil-record";

export const UNDER_18_REFUSAL = "Deze keuze kun je maken vanaf je 18e verjaardag. Tot die tijd zien je ouders of verzorgers je registraties.";

/**
 * A pupil of 18 or older decides whether their parents still see their registrations
 * (docs/decisions/131-pupil-decides-what-parents-see.md). The choice and its moment are stored on the
 * pupil, audited, and the parents are told by e-mail, whichever way it goes: who is told is
 * `reportRecipients` at the moment the parents can still see (before hiding, after showing again), so
 * the parents hear of the choice once more and the pupil gets the same message as confirmation.
 * Confirming the default (parents see) is recorded too, without an e-mail: nothing changes for anyone.
 * Refused (and nothing written) under 18 and for an account without a pupil.
 */
export async function chooseGuardianView({ actor, input, now }: { actor: Actor; input: TChooseGuardianView; now: Date }): Promise<string> {
  const today = schoolToday(actor.schoolTimeZone, now);
  const pupil = await findOwnPupilRecord({ actor, today });
  if (!pupil) throw new AppError("NOT_FOUND", "Er is geen leerling aan je account gekoppeld. Neem contact op met de school.");
  if (!pupil.adult) throw new AppError("FORBIDDEN", UNDER_18_REFUSAL);
  const guardiansMayView = input.guardianView === "show";
  const changed = pupil.guardiansMayView !== guardiansMayView;
  if (!changed && pupil.guardiansMayViewChosenAt) {
    return guardiansMayView ? "Je ouders zien je registraties al; er is niets veranderd." : "Je ouders zien je registraties al niet meer; er is niets veranderd.";
  }

  const hiding = !guardiansMayView;
  const toldBefore = hiding ? await reportRecipients({ schoolId: actor.schoolId, pupilId: pupil.id, today }) : [];
  await prisma.$transaction(async (tx) => {
    await tx.pupil.update({
      where: { schoolId_id: { id: pupil.id, ...inSchool(actor) } },
      data: { guardiansMayView, guardiansMayViewChosenAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor, action: "pupil.guardian-view.choose", entityType: "Pupil", entityId: pupil.id, pupilId: pupil.id,
      details: { guardiansMayView, chosenAt: now.toISOString() },
    });
  });
  // Confirming the default (parents see) changes nothing for the parents: recorded, nobody e-mailed.
  if (!changed) return "Je keuze is vastgelegd: je ouders zien je registraties.";
  const told = hiding ? toldBefore : await reportRecipients({ schoolId: actor.schoolId, pupilId: pupil.id, today });
  const sent = await tell(told, { pupilName: pupil.name, firstName: pupil.firstName, schoolName: actor.schoolName, date: dutchDate(today), guardiansMayView });
  const parentsTold = told.filter((r) => r.email.toLowerCase() !== actor.email.toLowerCase()).length;
  const mailNote = parentsTold === 0
    ? " Er is geen e-mailadres van je ouders bekend; de school kan hen inlichten."
    : sent ? " Je ouders krijgen hierover een e-mail." : " De e-mail aan je ouders kon niet worden verstuurd; de school weet van je keuze.";
  return (guardiansMayView ? "Je ouders zien je registraties weer." : "Je ouders zien je registraties niet meer.") + mailNote;
}

async function tell(recipients: Recipient[], about: { pupilName: string; firstName: string; schoolName: string; date: string; guardiansMayView: boolean }): Promise<boolean> {
  const subject = `${about.pupilName}: keuze over wat ouders zien in Aanwezig`;
  const text = [
    about.guardiansMayView
      ? `${about.pupilName} is 18 jaar of ouder en heeft op ${about.date} gekozen dat ouders en verzorgers de registraties van aanwezigheid en afwezigheid weer kunnen zien in Aanwezig.`
      : `${about.pupilName} is 18 jaar of ouder en heeft op ${about.date} gekozen dat ouders en verzorgers de registraties van aanwezigheid en afwezigheid niet meer zien in Aanwezig. ${about.firstName} meldt ziekte en vraagt verlof voortaan zelf aan.`,
    "",
    `Vanaf 18 jaar beslist een leerling dit zelf. ${about.firstName} kan de keuze altijd weer veranderen.`,
    `Vragen? Neem contact op met ${about.schoolName}.`,
  ].join("\n");
  const results = await Promise.all(recipients.map((r) => sendMail({ to: r.email, subject, text })));
  return results.every((r) => r.sent);
}
