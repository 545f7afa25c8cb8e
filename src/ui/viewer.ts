import type { Actor } from "@/auth/load-actor";
import { ROLE_LABELS } from "@/auth/roles";
import type { Viewer } from "./app-frame";
import { navigationFor } from "./navigation";

/** What the header shows of the signed-in person: name, school, roles and the menu their permissions allow. */
export function viewerOf(actor: Actor, options: { reportsForSomeone?: boolean } = {}): Viewer {
  return {
    name: actor.name,
    schoolName: actor.schoolName,
    roleLabels: actor.roles.map((role) => ROLE_LABELS[role]),
    navigation: navigationFor(actor, options),
  };
}
