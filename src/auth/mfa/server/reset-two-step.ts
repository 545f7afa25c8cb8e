import "server-only";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { withTenant } from "@/db/tenant-context";
import { AppError } from "@/errors/app-error";
import { sendMail } from "@/mail/send-mail";
import type { Actor } from "../../load-actor";
import { DB_NOW } from "../../session-limits";
import type { TResetTwoStep } from "../schemas";

const NOT_HERE = "Er is geen medewerker of ouder met dit e-mailadres op jouw school.";

/**
 * SECURITY-CRITICAL: an administrator resets the second step of a person of
 * their own school who lost both their phone and their recovery codes
 * (docs/decisions/117-two-step-reset-by-administrator.md). The secret and the
 * recovery codes go, every session of the person ends, and at the next log-in
 * a person whose role requires it sets up the second step again. Only for a
 * person whose every membership is in this school: an account that also
 * works at another school is not one school's administrator's to weaken.
 * Audited, and the person is told by e-mail.
 */
export async function resetTwoStep({ actor, input }: { actor: Actor; input: TResetTwoStep }): Promise<string> {
  const user = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, totpEnabledAt: true, totpSecret: true } });
  if (!user) throw new AppError("NOT_FOUND", NOT_HERE, { email: [NOT_HERE] });
  if (user.id === actor.userId) {
    const own = "Je eigen tweestapsverificatie beheer je via Mijn account.";
    throw new AppError("INVALID_INPUT", own, { email: [own] });
  }
  // The person's memberships in every school: visible to a connection set for them (decision 115).
  await withTenant({ schoolId: actor.schoolId, userId: user.id }, () => prisma.$transaction(async (tx) => {
    const memberships = await tx.membership.findMany({ where: { userId: user.id }, select: { schoolId: true } });
    if (!memberships.some((m) => m.schoolId === actor.schoolId)) throw new AppError("NOT_FOUND", NOT_HERE, { email: [NOT_HERE] });
    if (memberships.some((m) => m.schoolId !== actor.schoolId)) {
      const elsewhere = "Deze persoon werkt ook op een andere school. Vraag de beheerder van het platform om het herstel.";
      throw new AppError("FORBIDDEN", elsewhere, { email: [elsewhere] });
    }
    if (!user.totpEnabledAt && !user.totpSecret) {
      const none = `${user.name} heeft geen tweestapsverificatie ingesteld; er is niets te herstellen.`;
      throw new AppError("INVALID_INPUT", none, { email: [none] });
    }
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null }, select: { id: true } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.pendingLogin.deleteMany({ where: { userId: user.id } });
    await tx.$executeRawUnsafe(`UPDATE "Session" SET "revokedAt" = ${DB_NOW} WHERE "userId" = $1::uuid AND "revokedAt" IS NULL`, user.id);
    await recordAudit(tx, { actor, action: "account.two-step.reset", entityType: "User", entityId: user.id, reason: "identiteit gecontroleerd door de beheerder" });
  }));
  const mail = await sendMail({
    to: user.email,
    subject: "Je tweestapsverificatie is hersteld",
    text: [
      `Beste ${user.name},`,
      "",
      `De beheerder van ${actor.schoolName} (${actor.name}) heeft de tweestapsverificatie van je account bij Aanwezig hersteld. Je bent op al je apparaten uitgelogd.`,
      "Log opnieuw in met je wachtwoord; als je rol het vraagt, stel je daarna de tweestapsverificatie opnieuw in met je authenticator-app.",
      "",
      "Heb jij hier niet om gevraagd? Neem dan direct contact op met je school.",
    ].join("\n"),
  });
  const told = mail.sent ? ` ${user.name} heeft hierover een e-mail gekregen.` : "";
  return `De tweestapsverificatie van ${user.name} is hersteld en alle sessies zijn beëindigd. Bij de volgende inlog stelt ${user.name} deze opnieuw in.${told}`;
}
