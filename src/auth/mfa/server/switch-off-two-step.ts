import "server-only";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { withTenant } from "@/db/tenant-context";
import { AppError } from "@/errors/app-error";
import type { Actor } from "../../load-actor";
import type { TTwoStepCode } from "../schemas";
import { TWO_STEP_REQUIRED_ROLES } from "../two-step-policy";
import { endOtherSessions } from "./end-other-sessions";
import { codeRefusal } from "./set-up-two-step";
import { checkUserTotp } from "./user-totp";

/**
 * Switches the two-step log-in off (asks a current code): only for a person
 * none of whose memberships, in any school, requires it. Other sessions end.
 */
export async function switchOffTwoStep({ actor, input }: { actor: Actor; input: TTwoStepCode }): Promise<string> {
  // The person's memberships in every school count; row-level security shows them to a connection set for
  // this person as well as this school (decision 115). Around the transaction: the setting goes on a
  // connection when the transaction takes it.
  return withTenant({ schoolId: actor.schoolId, userId: actor.userId }, () => prisma.$transaction(async (tx) => {
    // Every school of the person: the second step guards the account, not one membership.
    const required = await tx.membership.count({ where: { userId: actor.userId, active: true, roles: { hasSome: [...TWO_STEP_REQUIRED_ROLES] } } });
    if (required > 0) throw new AppError("FORBIDDEN", "Voor jouw rol is tweestapsverificatie verplicht. Je kunt het niet uitzetten.");
    const check = await checkUserTotp(tx, { userId: actor.userId, code: input.code });
    if (check !== "ok") throw codeRefusal(check);
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null }, select: { id: true } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await endOtherSessions(tx, { userId: actor.userId, sessionId: actor.sessionId });
    await recordAudit(tx, { actor, action: "account.two-step.off", entityType: "User", entityId: actor.userId });
    return "Tweestapsverificatie staat uit. Je andere sessies zijn beëindigd.";
  }));
}
