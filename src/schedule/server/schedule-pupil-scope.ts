import "server-only";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import type { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { pupilScope } from "@/pupils/server/pupil-scope";

/**
 * SECURITY-CRITICAL (record scope): whose schedule changes an actor may see. Who may change them (the
 * coordinator, the administrator) sees every pupil of the school; a mentor only the pupils of the groups
 * they mentor today (`pupilScope`); anyone else no one. Always with the tenant scope.
 */
export function schedulePupilScope(actor: Actor): Prisma.PupilWhereInput {
  if (can(actor, "schedule:adjust")) return { ...inSchool(actor) };
  if (can(actor, "schedule:view")) return pupilScope(actor);
  return { id: { in: [] }, ...inSchool(actor) };
}
