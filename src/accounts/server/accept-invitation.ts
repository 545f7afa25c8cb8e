import "server-only";
import { recordAudit } from "@/audit/server/record-audit";
import { changePassword } from "@/auth/server/change-password";
import { prisma } from "@/db/client";
import { withTenant } from "@/db/tenant-context";
import { AppError } from "@/errors/app-error";
import { passwordNamesEmail } from "../password-rules";
import type { TAcceptInvitation } from "../schemas";
import { findOpenInvitation } from "./find-invitation";

export const LINK_NOT_USABLE: Record<"invalid" | "expired" | "used", string> = {
  invalid: "Deze link werkt niet. Vraag de school om een nieuwe uitnodiging.",
  expired: "Deze link is verlopen. Vraag de school om een nieuwe.",
  used: "Deze link is al gebruikt. Log in met het wachtwoord dat je toen koos, of vraag de school om een nieuwe link.",
};

/**
 * SECURITY-CRITICAL: the one place where a person chooses their own password,
 * with a link only they received. The link is claimed by a conditional update,
 * so of two requests with one link only one sets a password. Choosing ends
 * every earlier session of the person (changePassword). Returns the e-mail
 * address, so that the page can log the person in with what they just typed.
 */
export async function acceptInvitation({ input, now = new Date() }: { input: TAcceptInvitation; now?: Date }): Promise<{ email: string; message: string }> {
  const found = await findOpenInvitation(input.token, now);
  if ("state" in found) throw new AppError(found.state === "invalid" ? "NOT_FOUND" : "RULE_VIOLATION", LINK_NOT_USABLE[found.state]);
  if (passwordNamesEmail(input.password, found.email)) {
    const own = "Kies een wachtwoord dat niet je e-mailadres is.";
    throw new AppError("INVALID_INPUT", own, { password: [own] });
  }
  await withTenant({ schoolId: found.forSchoolId, userId: found.userId }, () => prisma.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({ where: { tokenHash: found.tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("RULE_VIOLATION", LINK_NOT_USABLE.used);
    await changePassword({ userId: found.userId, newPassword: input.password }, tx);
    await tx.invitation.deleteMany({ where: { userId: found.userId, usedAt: null } });
    await recordAudit(tx, {
      actor: { schoolId: found.forSchoolId, userId: found.userId },
      action: found.kind === "INVITE" ? "account.invitation.accept" : "account.password-reset.use",
      entityType: "User", entityId: found.userId,
    });
  }));
  return {
    email: found.email,
    message: found.kind === "INVITE" ? "Je wachtwoord is ingesteld. Je wordt nu ingelogd." : "Je nieuwe wachtwoord is ingesteld. Je wordt nu ingelogd.",
  };
}
