import "server-only";
import type { Actor } from "@/auth/load-actor";
import type { FormResult } from "@/auth/run-form-action";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import { invitationLink } from "../invitation-token";
import { functionTitleFor, ROLE_LABELS } from "../roles";
import type { TInviteStaff } from "../schemas";
import { issueInvitation } from "./issue-invitation";
import { linkDelivery } from "./link-delivery";
import { sendLinkMail, sendMembershipMail } from "./send-account-mail";

/**
 * Beheer → Mensen: a member of staff joins the school. A new person gets an
 * account without a password and a single-use link to choose one; a person who
 * already has an account (another school) gets this school's membership and an
 * e-mail saying so, never a second account. A person already invited here and
 * not yet started gets a new link (the old one stops working). Staff roles come
 * with a Staff record (the school's code for the person, e.g. in the timetable).
 */
export async function inviteStaff({ actor, input, origin }: { actor: Actor; input: TInviteStaff; origin: string }): Promise<string | FormResult> {
  const name = `${input.firstName} ${input.lastName}`;
  const as = input.roles.map((role) => ROLE_LABELS[role].toLowerCase()).join(", ");
  const outcome = await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, passwordHash: true, active: true } });
    if (existing) {
      const member = await tx.membership.findFirst({ where: { userId: existing.id, ...inSchool(actor) }, select: { id: true } });
      if (member && existing.passwordHash !== null) {
        const here = `${existing.name} heeft al een account op deze school. Wijzig de rollen in de lijst hieronder.`;
        throw new AppError("CONFLICT", here, { email: [here] });
      }
      if (member) {
        const token = await issueInvitation(tx, { userId: existing.id, forSchoolId: actor.schoolId, kind: "INVITE", createdById: actor.userId });
        await recordAudit(tx, { actor, action: "account.invite", entityType: "User", entityId: existing.id, details: { again: true } });
        return { kind: "link" as const, person: existing, token };
      }
    }
    const clash = await tx.staff.findFirst({ where: { code: input.code, ...inSchool(actor) }, select: { userId: true, email: true } });
    if (clash && !(clash.userId === null && clash.email?.toLowerCase() === input.email) && !(existing && clash.userId === existing.id)) {
      const taken = `De afkorting ${input.code} is al in gebruik op deze school. Kies een andere.`;
      throw new AppError("CONFLICT", taken, { code: [taken] });
    }
    const person = existing ?? await tx.user.create({ data: { email: input.email, name, passwordHash: null }, select: { id: true, name: true, email: true, passwordHash: true, active: true } });
    await tx.membership.create({ data: { schoolId: actor.schoolId, userId: person.id, roles: input.roles }, select: { id: true } });
    await linkStaffRecord(tx, actor, person.id, input);
    await recordAudit(tx, { actor, action: "account.invite", entityType: "User", entityId: person.id, details: { roles: input.roles, existingAccount: existing !== null && existing.passwordHash !== null } });
    if (existing && existing.passwordHash !== null) return { kind: "membership" as const, person };
    const token = await issueInvitation(tx, { userId: person.id, forSchoolId: actor.schoolId, kind: "INVITE", createdById: actor.userId });
    return { kind: "link" as const, person, token };
  });

  if (outcome.kind === "membership") {
    const mail = await sendMembershipMail({ to: outcome.person, schoolName: actor.schoolName, as });
    const told = mail.sent ? " en heeft daarover een e-mail gekregen" : "; laat het hem of haar zelf weten (er is geen e-mail verstuurd)";
    return `${outcome.person.name} had al een account (van een andere school) en heeft nu ook toegang tot ${actor.schoolName}${told}. Er is geen nieuw account gemaakt.`;
  }
  const link = invitationLink(origin, outcome.token);
  const mail = await sendLinkMail({ to: outcome.person, schoolName: actor.schoolName, kind: "INVITE", link, as });
  return linkDelivery(`Uitnodiging verstuurd aan ${outcome.person.name} (${outcome.person.email}).`, mail, link, outcome.person.name);
}

/** The person's Staff record here: theirs already, an imported one with their e-mail address and no account, or a new one. */
async function linkStaffRecord(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], actor: Actor, userId: string, input: TInviteStaff): Promise<void> {
  const own = await tx.staff.findFirst({ where: { userId, ...inSchool(actor) }, select: { id: true } });
  if (own) return;
  const imported = await tx.staff.findFirst({ where: { userId: null, email: { equals: input.email, mode: "insensitive" }, ...inSchool(actor) }, select: { id: true } });
  if (imported) {
    await tx.staff.update({ where: { schoolId_id: { schoolId: actor.schoolId, id: imported.id } }, data: { userId }, select: { id: true } });
    return;
  }
  await tx.staff.create({
    data: { schoolId: actor.schoolId, userId, code: input.code, firstName: input.firstName, lastName: input.lastName, functionTitle: functionTitleFor(input.roles), email: input.email },
    select: { id: true },
  });
}
