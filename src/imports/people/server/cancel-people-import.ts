import "server-only";
import type { Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";
import type { PeopleKind } from "../people-fields";

/** "Annuleren": this administrator's pending import is deleted at once, expired or not; the school's data is untouched. */
export async function cancelPeopleImport({ actor, kind, id }: { actor: Actor; kind: PeopleKind; id: string }): Promise<string> {
  const { count } = await prisma.pendingImport.deleteMany({ where: { id, kind, createdById: actor.userId, schoolId: actor.schoolId } });
  if (count === 0) throw new AppError("NOT_FOUND", "Deze import is er niet meer: hij is al bevestigd, geannuleerd of verlopen. Er is niets veranderd.");
  return "De import is geannuleerd. Er is niets veranderd.";
}
