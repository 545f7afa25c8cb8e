import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { REQUEST_PATH_HEADER } from "@/http/request-path-header";
import { type Actor, currentActor } from "./current-actor";
import { redirectToLogin } from "./login-redirect";
import { twoStepPageHref } from "./mfa/two-step-policy";
import { can, type Permission, TWO_STEP_ENROLMENT_PERMISSION } from "./permissions";

/**
 * SECURITY-CRITICAL: every page starts with this. No session: to the log-in
 * page, which brings the person back to this page afterwards. A session
 * without the permission: 403. Layouts and the proxy are not a security
 * boundary; this is. A session that must set up the two-step log-in first:
 * to that page, which brings the person back here afterwards.
 */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  if (actor.mustEnrolTwoStep && permission !== TWO_STEP_ENROLMENT_PERMISSION) redirect(twoStepPageHref((await headers()).get(REQUEST_PATH_HEADER)));
  if (!can(actor, permission)) forbidden();
  return actor;
}
