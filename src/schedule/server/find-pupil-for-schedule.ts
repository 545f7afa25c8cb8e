import "server-only";
import type { Actor } from "@/auth/load-actor";
import type { Prisma } from "@/db/generated/prisma/client";
import { AppError } from "@/errors/app-error";
import { fullName } from "@/pupils/full-name";
import { schedulePupilScope } from "./schedule-pupil-scope";

/** The pupil, if in the actor's scope; otherwise NOT_FOUND, exactly like a pupil that does not exist. */
export async function findPupilForSchedule(db: Prisma.TransactionClient, actor: Actor, pupilId: string): Promise<{ id: string; name: string }> {
  const pupil = await db.pupil.findFirst({ where: { AND: [{ id: pupilId }, schedulePupilScope(actor)] }, select: { id: true, firstName: true, infix: true, lastName: true } });
  if (!pupil) throw new AppError("NOT_FOUND", "Deze leerling bestaat niet of valt buiten je groepen.");
  return { id: pupil.id, name: fullName(pupil) };
}
