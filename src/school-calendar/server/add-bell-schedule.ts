import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import type { TAddBellSchedule } from "../schemas";

/** Adds a bell schedule ("Verkort rooster"), with the periods of an existing one to start from. No lesson changes until it is used. */
export async function addBellSchedule({ actor, input }: { actor: Actor; input: TAddBellSchedule }): Promise<string> {
  const scope = inSchool(actor);
  try {
    await prisma.$transaction(async (tx) => {
      const source = input.copyFromId
        ? await tx.bellSchedule.findFirst({ where: { id: input.copyFromId, ...scope }, select: { name: true, periods: { select: { number: true, startMinutes: true, endMinutes: true } } } })
        : null;
      if (input.copyFromId && !source) throw new AppError("NOT_FOUND", "De tabel om van over te nemen bestaat niet (meer).", { copyFromId: ["Kies een bestaande tabel."] });
      const schedule = await tx.bellSchedule.create({ data: { schoolId: actor.schoolId, name: input.name }, select: { id: true } });
      await tx.bellPeriod.createMany({ data: (source?.periods ?? []).map((p) => ({ ...p, schoolId: actor.schoolId, bellScheduleId: schedule.id })) });
      await recordAudit(tx, { actor, action: "calendar.bell-schedule.add", entityType: "BellSchedule", entityId: schedule.id, details: { name: input.name, copiedFrom: source?.name ?? null } });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Er is al een lestijdentabel met deze naam.", { name: ["Kies een andere naam."] });
    }
    throw error;
  }
  return `Lestijdentabel ‘${input.name}’ is toegevoegd.`;
}
