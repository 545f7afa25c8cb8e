import "server-only";
import { prisma } from "@/db/client";
import type { Role } from "@/db/generated/prisma/enums";
import { inSchool } from "@/db/tenant-scope";
import { STAFF_ROLES } from "../roles";

export type PersonRow = {
  userId: string; name: string; email: string; roles: Role[]; active: boolean;
  /** Has chosen a password; otherwise invited, with the open link's end (null: no open link). */
  started: boolean; invitationExpiresAt: Date | null;
};

/** Beheer → Mensen: the school's staff (everyone with a staff role), and how many parents have an account or can be invited. */
export async function listPeople({ schoolId }: { schoolId: string }): Promise<{ staff: PersonRow[]; parents: number; guardiansToInvite: number }> {
  const [memberships, parents, guardiansToInvite] = await Promise.all([
    prisma.membership.findMany({
      where: { roles: { hasSome: [...STAFF_ROLES] }, ...inSchool({ schoolId }) },
      select: { roles: true, active: true, user: { select: { id: true, name: true, email: true, passwordHash: true } } },
    }),
    prisma.membership.count({ where: { roles: { has: "PARENT" }, ...inSchool({ schoolId }) } }),
    prisma.guardian.count({ where: { userId: null, email: { not: null }, ...inSchool({ schoolId }) } }),
  ]);
  const open = await prisma.invitation.findMany({
    where: { userId: { in: memberships.map((m) => m.user.id) }, usedAt: null, forSchoolId: schoolId },
    select: { userId: true, expiresAt: true },
  });
  const staff = memberships.map((m) => ({
    userId: m.user.id, name: m.user.name, email: m.user.email, roles: m.roles, active: m.active,
    started: m.user.passwordHash !== null,
    invitationExpiresAt: open.find((i) => i.userId === m.user.id)?.expiresAt ?? null,
  }));
  staff.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, "nl"));
  return { staff, parents, guardiansToInvite };
}
