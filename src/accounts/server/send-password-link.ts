import "server-only";
import type { Actor } from "@/auth/load-actor";
import type { FormResult } from "@/auth/run-form-action";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { withTenant } from "@/db/tenant-context";
import { AppError } from "@/errors/app-error";
import { env } from "@/env";
import { invitationLink } from "../invitation-token";
import type { TPerson } from "../schemas";
import { findSchoolPerson } from "./find-person";
import { issueInvitation } from "./issue-invitation";
import { linkDelivery } from "./link-delivery";
import { sendLinkMail } from "./send-account-mail";

const ELSEWHERE = "Deze persoon heeft ook toegang tot een andere school. Een link om het wachtwoord te wijzigen gaat dan alleen per e-mail, en er is geen mailserver ingesteld. Vraag de beheerder van het platform.";

/**
 * A fresh single-use link to choose a password, never a password typed by the
 * administrator: a new invitation for a person who has not started yet (the
 * old link stops working), a reset link for one who has (their password keeps
 * working until they choose a new one; choosing ends all their sessions). The
 * link goes by e-mail; without a mail server the administrator sees it once to
 * pass on, but not for an account that also opens another school: that is not
 * one school's administrator's to take over.
 */
export async function sendPasswordLink({ actor, input, origin }: { actor: Actor; input: TPerson; origin: string }): Promise<string | FormResult> {
  const outcome = await withTenant({ schoolId: actor.schoolId, userId: input.userId }, () => prisma.$transaction(async (tx) => {
    const person = await findSchoolPerson(tx, actor, input.userId);
    if (!person.active) throw new AppError("RULE_VIOLATION", `${person.name} is gedeactiveerd. Activeer eerst het account.`);
    if (person.started && !env().SMTP_URL) {
      const schools = await tx.membership.count({ where: { userId: person.userId } });
      if (schools > 1) throw new AppError("FORBIDDEN", ELSEWHERE);
    }
    const kind = person.started ? "RESET" as const : "INVITE" as const;
    const token = await issueInvitation(tx, { userId: person.userId, forSchoolId: actor.schoolId, kind, createdById: actor.userId });
    await recordAudit(tx, { actor, action: kind === "RESET" ? "account.password-reset.send" : "account.invite", entityType: "User", entityId: person.userId, details: kind === "INVITE" ? { again: true } : undefined });
    return { person, kind, token };
  }));
  const link = invitationLink(origin, outcome.token);
  const mail = await sendLinkMail({ to: outcome.person, schoolName: actor.schoolName, kind: outcome.kind, link });
  if (!mail.sent && outcome.kind === "RESET") {
    // A failing mail server for an account of several schools: the link is not shown (see above).
    const schools = await withTenant({ schoolId: actor.schoolId, userId: outcome.person.userId }, () => prisma.membership.count({ where: { userId: outcome.person.userId } }));
    if (schools > 1) {
      await prisma.invitation.deleteMany({ where: { userId: outcome.person.userId, usedAt: null } });
      throw new AppError("FORBIDDEN", "De e-mail kon niet worden verstuurd. Probeer het later opnieuw.");
    }
  }
  const done = outcome.kind === "RESET"
    ? `Link voor een nieuw wachtwoord gemaakt voor ${outcome.person.name}. Het huidige wachtwoord werkt tot er een nieuw is gekozen.`
    : `Nieuwe uitnodiging gemaakt voor ${outcome.person.name}; de vorige link werkt niet meer.`;
  return linkDelivery(done, mail, link, outcome.person.name);
}
