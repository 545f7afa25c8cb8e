import "server-only";
import { prisma } from "@/db/client";
import { withTenant } from "@/db/tenant-context";
import { inSchool } from "@/db/tenant-scope";
import { hashInvitationToken, isInvitationTokenShape } from "../invitation-token";
import type { TInvitationView } from "../invitation-state";

type OpenInvitation = { tokenHash: string; userId: string; forSchoolId: string; kind: "INVITE" | "RESET"; name: string; email: string };

/**
 * The invitation a link's token names, if it can still be used: the right
 * shape, known, not used, not expired, for an active person whose membership
 * of the school is active. Anything else is answered by its state only.
 */
export async function findOpenInvitation(token: string, now = new Date()): Promise<OpenInvitation | Exclude<TInvitationView, { state: "valid" }>> {
  if (!isInvitationTokenShape(token)) return { state: "invalid" };
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { tokenHash: true, userId: true, forSchoolId: true, kind: true, usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!invitation || !invitation.user.active) return { state: "invalid" };
  if (invitation.usedAt) return { state: "used" };
  if (invitation.expiresAt <= now) return { state: "expired" };
  const membership = await withTenant({ schoolId: invitation.forSchoolId, userId: invitation.userId }, () =>
    prisma.membership.findFirst({ where: { userId: invitation.userId, ...inSchool({ schoolId: invitation.forSchoolId }) }, select: { active: true } }));
  if (!membership?.active) return { state: "invalid" };
  const { user, ...rest } = invitation;
  return { tokenHash: rest.tokenHash, userId: rest.userId, forSchoolId: rest.forSchoolId, kind: rest.kind, name: user.name, email: user.email };
}

/** What the invitation page shows before the password form: whose link, for which school, or why it does not work. */
export async function viewInvitation(token: string): Promise<TInvitationView> {
  const found = await findOpenInvitation(token);
  if ("state" in found) return found;
  const school = await withTenant({ schoolId: found.forSchoolId }, () => prisma.school.findUnique({ where: { id: found.forSchoolId }, select: { name: true } }));
  return { state: "valid", kind: found.kind, name: found.name, email: found.email, schoolName: school?.name ?? "" };
}
