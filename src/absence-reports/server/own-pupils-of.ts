import "server-only";
import type { Actor } from "@/auth/load-actor";
import { findOwnPupil, type OwnPupil } from "@/guardians/server/own-pupils";

/** Each of the pupils, when all are the actor's own (own-pupils.ts); else NOT_FOUND for the first that is not. */
export async function ownPupilsOf({ actor, pupilIds, today }: { actor: Actor; pupilIds: string[]; today: string }): Promise<OwnPupil[]> {
  const pupils: OwnPupil[] = [];
  for (const pupilId of pupilIds) pupils.push(await findOwnPupil({ actor, pupilId, today }));
  return pupils;
}
