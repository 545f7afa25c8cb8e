import "server-only";
import type { Actor } from "@/auth/load-actor";
import type { FormResult } from "@/auth/run-form-action";
import { setMembershipRoles } from "@/auth/server/set-membership-roles";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { invitationLink } from "../invitation-token";
import { issueInvitation } from "./issue-invitation";
import { sendLinkMail, sendMembershipMail } from "./send-account-mail";

/** At most this many guardians per click: a school's whole list goes in a few rounds, each well within a request. */
export const GUARDIANS_PER_ROUND = 200;

/**
 * Invites every guardian of the pupil data with an e-mail address and no
 * account yet: each a single-use link to choose a password. A guardian whose
 * address already has an account (a parent at another school, or staff here)
 * gets this school's parent role and an e-mail saying so, not a second account.
 * Two guardian records with one address: the first gets the account, the
 * second is left for the administrator (one account is one guardian record).
 */
export async function inviteGuardians({ actor, origin }: { actor: Actor; origin: string }): Promise<string | FormResult> {
  const outcome = await prisma.$transaction(async (tx) => {
    const guardians = await tx.guardian.findMany({
      where: { userId: null, email: { not: null }, ...inSchool(actor) },
      select: { id: true, name: true, email: true },
      orderBy: { id: "asc" },
      take: GUARDIANS_PER_ROUND,
    });
    const links: { name: string; email: string; token: string }[] = [];
    const added: { name: string; email: string }[] = [];
    const skipped: string[] = [];
    for (const guardian of guardians) {
      const email = guardian.email!.trim().toLowerCase();
      let user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, passwordHash: true } });
      if (user && (await tx.guardian.findFirst({ where: { userId: user.id, ...inSchool(actor) }, select: { id: true } }))) {
        skipped.push(guardian.name);
        continue;
      }
      user ??= await tx.user.create({ data: { email, name: guardian.name, passwordHash: null }, select: { id: true, name: true, email: true, passwordHash: true } });
      const membership = await tx.membership.findFirst({ where: { userId: user.id, ...inSchool(actor) }, select: { roles: true } });
      if (!membership) await tx.membership.create({ data: { schoolId: actor.schoolId, userId: user.id, roles: ["PARENT"] }, select: { id: true } });
      else if (!membership.roles.includes("PARENT")) await setMembershipRoles({ schoolId: actor.schoolId, userId: user.id, roles: [...membership.roles, "PARENT"] }, tx);
      await tx.guardian.update({ where: { schoolId_id: { schoolId: actor.schoolId, id: guardian.id } }, data: { userId: user.id }, select: { id: true } });
      const existing = user.passwordHash !== null;
      await recordAudit(tx, { actor, action: "account.invite", entityType: "Guardian", entityId: guardian.id, details: { roles: ["PARENT"], existingAccount: existing } });
      if (existing) added.push({ name: user.name, email: user.email });
      else links.push({ name: guardian.name, email, token: await issueInvitation(tx, { userId: user.id, forSchoolId: actor.schoolId, kind: "INVITE", createdById: actor.userId }) });
    }
    const left = await tx.guardian.count({ where: { userId: null, email: { not: null }, ...inSchool(actor) } });
    return { links, added, skipped, left };
  });

  const unsent: string[] = [];
  for (const person of outcome.links) {
    const link = invitationLink(origin, person.token);
    const mail = await sendLinkMail({ to: person, schoolName: actor.schoolName, kind: "INVITE", link, as: "ouder/verzorger" });
    if (!mail.sent) unsent.push(`${person.name} <${person.email}>: ${link}`);
  }
  for (const person of outcome.added) await sendMembershipMail({ to: person, schoolName: actor.schoolName, as: "ouder/verzorger" });

  if (outcome.links.length + outcome.added.length === 0 && outcome.skipped.length === 0) return "Alle ouders/verzorgers met een e-mailadres hebben al een account. Er is niemand uitgenodigd.";
  const parts = [`${outcome.links.length} ouder(s)/verzorger(s) uitgenodigd.`];
  if (outcome.added.length > 0) parts.push(`${outcome.added.length} had(den) al een account (bijvoorbeeld van een andere school) en heeft/hebben nu ook toegang tot deze school, met een e-mail daarover.`);
  if (outcome.skipped.length > 0) parts.push(`Overgeslagen, want hun e-mailadres hoort al bij een andere ouder van deze school: ${outcome.skipped.join(", ")}.`);
  if (outcome.left > 0) parts.push(`Er zijn er nog ${outcome.left} zonder account: klik nog eens.`);
  if (unsent.length === 0) return parts.join(" ");
  parts.push(`${unsent.length} e-mail(s) konden niet worden verstuurd (geen mailserver ingesteld of een fout): geef deze links zelf door. Elke link werkt 72 uur en één keer.`);
  return { message: parts.join(" "), shownOnce: unsent };
}
