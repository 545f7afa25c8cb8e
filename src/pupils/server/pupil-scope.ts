import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { appNow } from "@/calendar/app-clock";
import { dbDate, schoolToday } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";

/**
 * SECURITY-CRITICAL (record scope): which pupils an actor may see in the
 * coordinator's workspace. The coordinator and the school leader see every
 * pupil of their school, history included; a mentor only the pupils who are
 * in a group they mentor TODAY: the membership valid today, in a group of the
 * school year that runs today. A pupil who left the class, or last year's
 * class, is out of the mentor's reach (the coordinator keeps the history).
 * Returns a Prisma `where` on Pupil, to spread into queries, always with the
 * tenant scope.
 */
export function pupilScope(actor: Actor, { now = appNow() }: { now?: Date } = {}): Prisma.PupilWhereInput {
  if (actor.roles.includes("COORDINATOR") || actor.roles.includes("LEADER")) return { ...inSchool(actor) };
  if (actor.roles.includes("MENTOR") && actor.staffId) {
    const today = dbDate(schoolToday(actor.schoolTimeZone, now));
    return {
      groups: {
        some: {
          AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: today } }] }, { OR: [{ validUntil: null }, { validUntil: { gte: today } }] }],
          group: { mentors: { some: { staffId: actor.staffId } }, schoolYear: { startDate: { lte: today }, endDate: { gte: today } } },
        },
      },
      ...inSchool(actor),
    };
  }
  // Nobody else sees pupils here: an impossible condition, never "everything".
  return { id: { in: [] }, ...inSchool(actor) };
}

/** Throws NOT_FOUND (as if the pupil did not exist) when the pupil is outside the actor's scope. */
export async function assertPupilInScope({ actor, pupilId }: { actor: Actor; pupilId: string }): Promise<void> {
  const found = await prisma.pupil.findFirst({ where: { AND: [{ id: pupilId }, pupilScope(actor)] }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "Deze leerling bestaat niet of valt buiten je groepen.");
}
