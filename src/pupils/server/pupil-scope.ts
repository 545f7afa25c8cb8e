import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";

/**
 * SECURITY-CRITICAL (record scope): which pupils an actor may see in the
 * coordinator's workspace. The coordinator and the school leader see every
 * pupil of their school; a mentor only the pupils of the groups they mentor.
 * Returns a Prisma `where` on Pupil, to spread into queries, always with the
 * tenant scope.
 */
export function pupilScope(actor: Actor): Prisma.PupilWhereInput {
  if (actor.roles.includes("COORDINATOR") || actor.roles.includes("LEADER")) return { ...inSchool(actor) };
  if (actor.roles.includes("MENTOR") && actor.staffId) {
    return { groups: { some: { group: { mentors: { some: { staffId: actor.staffId } } } } }, ...inSchool(actor) };
  }
  // Nobody else sees pupils here: an impossible condition, never "everything".
  return { id: { in: [] }, ...inSchool(actor) };
}

/** Throws NOT_FOUND (as if the pupil did not exist) when the pupil is outside the actor's scope. */
export async function assertPupilInScope({ actor, pupilId }: { actor: Actor; pupilId: string }): Promise<void> {
  const found = await prisma.pupil.findFirst({ where: { AND: [{ id: pupilId }, pupilScope(actor)] }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "Deze leerling bestaat niet of valt buiten je groepen.");
}
