import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { appNow } from "@/calendar/app-clock";
import { afterRegistrationsChanged } from "@/registration/server/after-registrations-changed";
import { RESOLUTIONS, type TResolveAbsence } from "../schemas";

/**
 * The outcome of a follow-up call (nabellen) in one step: "absent, reason
 * unknown" becomes a category, for one lesson or for every unknown lesson of
 * that pupil that day. The source becomes FOLLOW_UP_CALL, which a teacher's
 * later correction does not overwrite; every change goes into the history.
 */
export async function resolveUnknownAbsence({ actor, input }: { actor: Actor; input: TResolveAbsence }): Promise<string> {
  const target = await prisma.registration.findFirst({
    where: { id: input.registrationId, ...inSchool(actor) },
    select: { id: true, pupilId: true, date: true, status: true },
  });
  if (!target) throw new AppError("NOT_FOUND", "Deze registratie bestaat niet.");
  if (target.status !== "ABSENT_UNKNOWN") throw new AppError("CONFLICT", "Deze afwezigheid is al afgehandeld. Vernieuw de pagina.");
  const resolution = RESOLUTIONS[input.resolution];
  const now = appNow();

  const changed = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; observed: string | null; lateMinutes: number }[]>(Prisma.sql`
      SELECT "id", "observed"::text, "lateMinutes" FROM "Registration"
      WHERE "schoolId" = ${actor.schoolId}::uuid AND "status" = 'ABSENT_UNKNOWN'
        AND ${input.wholeDay ? Prisma.sql`"pupilId" = ${target.pupilId}::uuid AND "date" = ${target.date}::date` : Prisma.sql`"id" = ${target.id}::uuid`}
      ORDER BY "id" FOR UPDATE`);
    if (rows.length === 0) throw new AppError("CONFLICT", "Deze afwezigheid is al afgehandeld. Vernieuw de pagina.");
    const ids = rows.map((r) => r.id);
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Registration" SET "status" = ${resolution.status}::"AttendanceStatus", "reason" = ${resolution.reason},
        "statusSource" = 'FOLLOW_UP_CALL', "statusSetById" = ${actor.userId}::uuid, "statusSetAt" = ${now}, "lastMarkedAt" = ${now},
        "version" = "version" + 1, "updatedAt" = ${now}
      WHERE "schoolId" = ${actor.schoolId}::uuid AND "id" = ANY(${ids}::uuid[])`);
    await tx.registrationChange.createMany({
      data: rows.map((r) => ({
        schoolId: actor.schoolId, id: randomUUID(), registrationId: r.id, changedAt: now, changedById: actor.userId, source: "FOLLOW_UP_CALL" as const, markedAt: now,
        fromStatus: "ABSENT_UNKNOWN" as const, toStatus: resolution.status, toReason: resolution.reason, fromLateMinutes: r.lateMinutes, toLateMinutes: r.lateMinutes,
        note: input.note || `Nagebeld: ${resolution.label.toLowerCase()}`,
      })),
    });
    return rows.length;
  });
  await afterRegistrationsChanged({ schoolId: actor.schoolId, pupilIds: [target.pupilId] });
  return `Vastgelegd als ‘${resolution.label}’ (${changed} ${changed === 1 ? "les" : "lessen"}).`;
}
