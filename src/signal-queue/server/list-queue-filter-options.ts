import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { dbDate } from "@/calendar/school-time";

/** The groups and mentors to filter the queue by, for the school year of `date`. */
export async function listQueueFilterOptions({ actor, date }: { actor: Actor; date: string }): Promise<{ groups: { id: string; name: string }[]; mentors: { id: string; name: string }[] }> {
  const day = dbDate(date);
  const groups = await prisma.group.findMany({
    where: { kind: "CLASS", schoolYear: { startDate: { lte: day }, endDate: { gte: day } }, ...inSchool(actor) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, mentors: { select: { staff: { select: { id: true, firstName: true, lastName: true } } } } },
  });
  const mentors = new Map<string, string>();
  for (const g of groups) for (const { staff } of g.mentors) mentors.set(staff.id, `${staff.firstName} ${staff.lastName}`);
  return {
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    mentors: [...mentors.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "nl")),
  };
}
