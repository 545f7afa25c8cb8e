import type { Role } from "@/db/generated/prisma/enums";

/**
 * The roles that see many pupils' data, or configure the school, log in with a
 * second step; for everyone else it is a choice (docs/decisions/116-two-step-login.md).
 */
export const TWO_STEP_REQUIRED_ROLES: readonly Role[] = ["COORDINATOR", "LEADER", "ADMIN"];

export function twoStepRequiredFor(roles: readonly Role[]): boolean {
  return roles.some((role) => TWO_STEP_REQUIRED_ROLES.includes(role));
}

/** The set-up page; `callbackUrl` is where the person was going. */
export const TWO_STEP_PAGE = "/account/tweestapsverificatie";

export function twoStepPageHref(callbackUrl: string | null | undefined): string {
  return callbackUrl && callbackUrl !== "/" && !callbackUrl.startsWith(TWO_STEP_PAGE)
    ? `${TWO_STEP_PAGE}?callbackUrl=${encodeURIComponent(callbackUrl)}`
    : TWO_STEP_PAGE;
}
