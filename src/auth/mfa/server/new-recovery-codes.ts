import "server-only";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import type { Actor } from "../../load-actor";
import type { FormResult } from "../../run-form-action";
import type { TTwoStepCode } from "../schemas";
import { replaceRecoveryCodes } from "./recovery-code-store";
import { codeRefusal } from "./set-up-two-step";
import { checkUserTotp } from "./user-totp";

/** New recovery codes (asks a current code); the old ones stop working at once. */
export async function newRecoveryCodes({ actor, input }: { actor: Actor; input: TTwoStepCode }): Promise<FormResult> {
  return prisma.$transaction(async (tx) => {
    const check = await checkUserTotp(tx, { userId: actor.userId, code: input.code });
    if (check !== "ok") throw codeRefusal(check);
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, { actor, action: "account.recovery-codes.new", entityType: "User", entityId: actor.userId });
    return { message: "Je hebt nieuwe herstelcodes. De oude werken niet meer.", shownOnce: codes };
  });
}
