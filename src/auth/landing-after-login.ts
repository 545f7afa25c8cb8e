import { pagePermissionFor } from "./page-permissions";
import { can, type PermissionHolder } from "./permissions";
import { startPageFor } from "./roles";
import { safeRedirectPath } from "./safe-redirect";

/**
 * SECURITY-CRITICAL: where a person goes once logged in. The page they asked
 * for (`callbackUrl`, e.g. a deep link opened while logged out) when it is a
 * path of this site (`safeRedirectPath`) that their roles may open; otherwise
 * their start page.
 *
 * @example
 * landingAfterLogin({ roles: ["TEACHER"] }, "/verzuim/signalen", origin) //=> "/docent" (no signals:view)
 */
export function landingAfterLogin(actor: PermissionHolder, callbackUrl: string | undefined, origin: string): string {
  const startPage = startPageFor(actor.roles) ?? "/";
  const target = safeRedirectPath(callbackUrl, origin);
  if (target === null) return startPage;
  const permission = pagePermissionFor(new URL(target, origin).pathname);
  return permission !== null && can(actor, permission) ? target : startPage;
}
