import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import type { TPupilViewSetting } from "../schemas";

/** The school's choice whether pupils under 18 with an account see their own registrations (read-only). */
export async function setPupilViewSetting({ actor, input }: { actor: Actor; input: TPupilViewSetting }): Promise<string> {
  const pupilsSeeOwnRegistrations = input.pupilsSeeOwnRegistrations === "yes";
  await prisma.$transaction(async (tx) => {
    await tx.school.update({ where: { id: actor.schoolId }, data: { pupilsSeeOwnRegistrations }, select: { id: true } });
    await recordAudit(tx, { actor, action: "school.pupil-view.update", entityType: "School", entityId: actor.schoolId, details: { pupilsSeeOwnRegistrations } });
  });
  return pupilsSeeOwnRegistrations
    ? "Leerlingen onder de 18 met een account zien nu hun eigen registraties."
    : "Leerlingen onder de 18 zien hun eigen registraties nu niet meer; vanaf 18 zien ze ze altijd.";
}
