import "server-only";
import type { Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import type { PeopleKind } from "../people-fields";

/** "Annuleren": this administrator's pending import is deleted at once, expired or not; the school's data is untouched. */
export async function cancelPeopleImport({ actor, kind, id }: { actor: Actor; kind: PeopleKind; id: string }): Promise<string> {
  await prisma.pendingImport.deleteMany({ where: { id, kind, createdById: actor.userId, schoolId: actor.schoolId } });
  return "De import is geannuleerd. Er is niets veranderd.";
}
