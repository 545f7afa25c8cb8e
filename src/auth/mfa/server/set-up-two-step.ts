import "server-only";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";
import type { Actor } from "../../load-actor";
import type { FormResult } from "../../run-form-action";
import type { TTwoStepCode } from "../schemas";
import { endOtherSessions } from "./end-other-sessions";
import { replaceRecoveryCodes } from "./recovery-code-store";
import { checkUserTotp, type TotpCheck } from "./user-totp";

/**
 * Switches the two-step log-in on, once a code from the app shows that the
 * secret being set up arrived there. Returns the recovery codes, shown once.
 * Other sessions of the person end: they began without the second step.
 */
export async function setUpTwoStep({ actor, input }: { actor: Actor; input: TTwoStepCode }): Promise<FormResult> {
  return prisma.$transaction(async (tx) => {
    const check = await checkUserTotp(tx, { userId: actor.userId, code: input.code, enrolling: true });
    if (check !== "ok") throw codeRefusal(check);
    await tx.user.update({ where: { id: actor.userId }, data: { totpEnabledAt: new Date() }, select: { id: true } });
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await endOtherSessions(tx, { userId: actor.userId, sessionId: actor.sessionId });
    await recordAudit(tx, { actor, action: "account.two-step.on", entityType: "User", entityId: actor.userId });
    return { message: "Tweestapsverificatie staat aan. Je andere sessies zijn beëindigd.", shownOnce: codes };
  });
}

/** The refusal of a code that did not pass, in plain Dutch, on the code field. */
export function codeRefusal(check: Exclude<TotpCheck, "ok">): AppError {
  const message = check === "used"
    ? "Deze code is al gebruikt. Wacht tot je app een nieuwe code laat zien."
    : "Deze code klopt niet. Vul de code in die je app nu laat zien.";
  return new AppError("INVALID_INPUT", message, { code: [message] });
}
