import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import type { ExistingGuardian, ExistingLink } from "../plan-guardians";
import { pupilName } from "../plan-pupils";

/** The school's pupils by leerlingnummer, its guardians and the links between them: three queries. */
export async function loadGuardianState(db: Prisma.TransactionClient, { schoolId }: { schoolId: string }): Promise<{
  pupils: Map<string, { id: string; name: string }>; guardians: ExistingGuardian[]; links: ExistingLink[];
}> {
  const [pupils, guardians, links] = await Promise.all([
    db.pupil.findMany({ where: { schoolId }, select: { id: true, studentNumber: true, firstName: true, infix: true, lastName: true } }),
    db.guardian.findMany({ where: { schoolId }, select: { id: true, name: true, email: true, phone: true, street: true, postalCode: true, city: true }, orderBy: { id: "asc" } }),
    db.pupilGuardian.findMany({ where: { schoolId }, select: { pupilId: true, guardianId: true, relation: true, parentalAuthority: true } }),
  ]);
  return { pupils: new Map(pupils.map((p) => [p.studentNumber, { id: p.id, name: pupilName(p) }])), guardians, links };
}
