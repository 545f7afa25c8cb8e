import "server-only";
import { forbidden } from "next/navigation";
import { type Actor, currentActor } from "./current-actor";
import { redirectToLogin } from "./login-redirect";
import { can, type Permission } from "./permissions";

/**
 * SECURITY-CRITICAL: every page starts with this. No session: to the log-in
 * page, which brings the person back to this page afterwards. A session
 * without the permission: 403. Layouts and the proxy are not a security
 * boundary; this is.
 */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) return redirectToLogin();
  if (!can(actor, permission)) forbidden();
  return actor;
}
