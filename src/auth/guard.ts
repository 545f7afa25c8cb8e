import "server-only";
import { forbidden, redirect } from "next/navigation";
import { type Actor, currentActor } from "./current-actor";
import { can, type Permission } from "./permissions";

/**
 * SECURITY-CRITICAL: every page starts with this. No session: to the log-in
 * page. A session without the permission: 403. Layouts and the proxy are not a
 * security boundary; this is.
 */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/inloggen");
  if (!can(actor, permission)) forbidden();
  return actor;
}
