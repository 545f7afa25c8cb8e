import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import type { InvitationKind } from "@/db/generated/prisma/enums";
import { INVITATION_HOURS, newInvitationToken } from "../invitation-token";

/**
 * A new single-use link for a person, inside the caller's transaction. Their
 * older unused links stop working: only the newest one counts (a second
 * invitation replaces the first). Returns the token, which is nowhere stored.
 */
export async function issueInvitation(
  tx: Prisma.TransactionClient,
  { userId, forSchoolId, kind, createdById, now = new Date() }: { userId: string; forSchoolId: string; kind: InvitationKind; createdById: string | null; now?: Date },
): Promise<string> {
  await tx.invitation.deleteMany({ where: { userId, usedAt: null } });
  const { token, tokenHash } = newInvitationToken();
  await tx.invitation.create({
    data: { tokenHash, userId, forSchoolId, kind, createdById, createdAt: now, expiresAt: new Date(now.getTime() + INVITATION_HOURS * 3_600_000) },
    select: { tokenHash: true },
  });
  return token;
}
