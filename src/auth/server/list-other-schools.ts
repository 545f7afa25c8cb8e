import "server-only";
import { prisma } from "@/db/client";
import { withTenant } from "@/db/tenant-context";

export type OtherSchool = { schoolId: string; name: string };

/**
 * The other schools where this person has an active membership with a role: where the school switch
 * can take them (docs/decisions/132-one-log-in-several-schools.md). Read for the person, not for a
 * school: row-level security shows a person's memberships in every school only to a query made for
 * them (decision 115). Only ids and school names; nothing of the other school's pupils.
 */
export async function listOtherSchools({ userId, schoolId }: { userId: string; schoolId: string }): Promise<OtherSchool[]> {
  const memberships = await withTenant({ userId }, () =>
    prisma.membership.findMany({
      where: { userId, active: true, roles: { isEmpty: false }, schoolId: { not: schoolId }, user: { active: true } },
      select: { schoolId: true, school: { select: { name: true } } },
    }),
  );
  return memberships.map((m) => ({ schoolId: m.schoolId, name: m.school.name })).sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
