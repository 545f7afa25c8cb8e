import { prisma } from "@/db/client";
import type { Role } from "@/db/generated/prisma/enums";

export type Actor = {
  userId: string;
  name: string;
  email: string;
  schoolId: string;
  schoolName: string;
  roles: Role[];
  staffId: string | null;
  guardianId: string | null;
};

/**
 * SECURITY-CRITICAL: the person behind a session in one school, with the roles
 * of their active membership there. Null when the user or the membership is
 * deactivated, or has no roles: such a session grants nothing.
 */
export async function loadActor({ userId, schoolId }: { userId: string; schoolId: string }): Promise<Actor | null> {
  const db = prisma;
  // Three independent lookups at once: this runs on every request.
  const [membership, staff, guardian] = await Promise.all([
    db.membership.findUnique({
      where: { schoolId_userId: { schoolId, userId } },
      select: {
        roles: true,
        active: true,
        school: { select: { name: true } },
        user: { select: { name: true, email: true, active: true } },
      },
    }),
    db.staff.findUnique({ where: { schoolId_userId: { schoolId, userId } }, select: { id: true } }),
    db.guardian.findUnique({ where: { schoolId_userId: { schoolId, userId } }, select: { id: true } }),
  ]);
  if (!membership?.active || !membership.user.active || membership.roles.length === 0) return null;
  return {
    userId,
    name: membership.user.name,
    email: membership.user.email,
    schoolId,
    schoolName: membership.school.name,
    roles: membership.roles,
    staffId: staff?.id ?? null,
    guardianId: guardian?.id ?? null,
  };
}
