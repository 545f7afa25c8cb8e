import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import { dbDate } from "@/calendar/school-time";

/**
 * The groups and mentors to filter the queue by, for the school year of
 * `date`. The coordinator and the leader choose from the whole school; a
 * mentor from the classes they mentor, and from no other mentor.
 */
export async function listQueueFilterOptions({ actor, date }: { actor: Actor; date: string }): Promise<{ groups: { id: string; name: string }[]; mentors: { id: string; name: string }[] }> {
  const day = dbDate(date);
  const schoolWide = can(actor, "attendance:view-school");
  if (!schoolWide && !actor.staffId) return { groups: [], mentors: [] };
  const groups = await prisma.group.findMany({
    where: {
      kind: "CLASS", schoolYear: { startDate: { lte: day }, endDate: { gte: day } },
      ...(schoolWide ? {} : { mentors: { some: { staffId: actor.staffId! } } }),
      ...inSchool(actor),
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, mentors: { select: { staff: { select: { id: true, firstName: true, lastName: true } } } } },
  });
  const mentors = new Map<string, string>();
  if (schoolWide) for (const g of groups) for (const { staff } of g.mentors) mentors.set(staff.id, `${staff.firstName} ${staff.lastName}`);
  return {
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    mentors: [...mentors.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "nl")),
  };
}
