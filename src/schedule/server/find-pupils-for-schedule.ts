import "server-only";
import type { Actor } from "@/auth/load-actor";
import { dbDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import type { Prisma } from "@/db/generated/prisma/client";
import { fullName } from "@/pupils/full-name";
import { schedulePupilScope } from "./schedule-pupil-scope";

export const SCHEDULE_PUPIL_LIMIT = 20;

/**
 * Pupils to open the schedule page of (Beheer): found by (parts of) name or student number, or, without a
 * query, those with a schedule change in force today or later. Record-scoped like the page.
 */
export async function findPupilsForSchedule({ actor, query, today }: { actor: Actor; query: string; today: string }): Promise<{
  pupils: { id: string; name: string; studentNumber: string; changes: number }[]; more: boolean;
}> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const current: Prisma.ScheduleAdjustmentWhereInput = { OR: [{ validUntil: null }, { validUntil: { gte: dbDate(today) } }] };
  const where: Prisma.PupilWhereInput[] = words.length > 0
    ? words.map((word) => ({ OR: [{ firstName: { contains: word, mode: "insensitive" } }, { infix: { contains: word, mode: "insensitive" } }, { lastName: { contains: word, mode: "insensitive" } }, { studentNumber: { startsWith: word } }] }))
    : [{ adjustments: { some: current } }];
  const rows = await prisma.pupil.findMany({
    where: { AND: [...where, schedulePupilScope(actor)] },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: SCHEDULE_PUPIL_LIMIT + 1,
    select: { id: true, firstName: true, infix: true, lastName: true, studentNumber: true, _count: { select: { adjustments: { where: current } } } },
  });
  return {
    pupils: rows.slice(0, SCHEDULE_PUPIL_LIMIT).map((p) => ({ id: p.id, name: fullName(p), studentNumber: p.studentNumber, changes: p._count.adjustments })),
    more: rows.length > SCHEDULE_PUPIL_LIMIT,
  };
}
