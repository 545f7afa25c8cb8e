import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { dbDate } from "@/calendar/school-time";
import type { Actor } from "@/auth/load-actor";
import { fullName } from "@/pupils/full-name";
import { pupilScope } from "@/pupils/server/pupil-scope";

export const PUPIL_LIST_LIMIT = 50;
export type TPupilListOrder = "name" | "unexcused";

export interface TPupilListItem {
  id: string;
  name: string;
  className: string | null;
  studentNumber: string;
  unexcusedMinutes: number;
}

/**
 * The pupils whose case file the actor may open, found by (parts of) their
 * name or student number (every word must match), by name or with the most
 * unexcused absence this school year first. Record-scoped: a mentor finds
 * only the pupils of their own groups. The absence ranking is computed for
 * the school and then intersected with the scoped pupil query, so it never
 * shows anyone outside the scope.
 */
export async function listPupilsInScope({ actor, query, order = "name", today, yearStart }: {
  actor: Actor; query: string; order?: TPupilListOrder; today: string; yearStart: string;
}): Promise<{ pupils: TPupilListItem[]; more: boolean }> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const matches: Prisma.PupilWhereInput[] = words.map((word) => ({
    OR: [
      { firstName: { contains: word, mode: "insensitive" } },
      { infix: { contains: word, mode: "insensitive" } },
      { lastName: { contains: word, mode: "insensitive" } },
      { studentNumber: { startsWith: word } },
    ],
  }));
  const ranking = order === "unexcused" ? await unexcusedMinutes({ schoolId: actor.schoolId, from: yearStart, to: today }) : null;
  const day = dbDate(today);
  const rows = await prisma.pupil.findMany({
    where: { AND: [...matches, ...(ranking ? [{ id: { in: [...ranking.keys()] } }] : []), pupilScope(actor)] },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    // Ranked: every pupil with absence is a candidate (a few hundred at most); by name: one more than a page tells "there is more".
    take: ranking ? undefined : PUPIL_LIST_LIMIT + 1,
    select: {
      id: true, firstName: true, infix: true, lastName: true, studentNumber: true,
      groups: {
        where: { group: { kind: "CLASS", schoolYear: { startDate: { lte: day }, endDate: { gte: day } } }, OR: [{ validUntil: null }, { validUntil: { gte: day } }] },
        select: { group: { select: { name: true } } },
        take: 1,
      },
    },
  });
  const minutes = ranking ?? (await unexcusedMinutes({ schoolId: actor.schoolId, from: yearStart, to: today, pupilIds: rows.map((r) => r.id) }));
  const items = rows.map((p) => ({
    id: p.id, name: fullName(p), className: p.groups[0]?.group.name ?? null, studentNumber: p.studentNumber, unexcusedMinutes: minutes.get(p.id) ?? 0,
  }));
  if (ranking) items.sort((a, b) => b.unexcusedMinutes - a.unexcusedMinutes);
  return { pupils: items.slice(0, PUPIL_LIST_LIMIT), more: items.length > PUPIL_LIST_LIMIT };
}

/** Unexcused clock minutes per pupil (ABSENT_UNEXCUSED, ABSENT_UNKNOWN), from the registrations with such a status only (index on schoolId, date, status). */
async function unexcusedMinutes({ schoolId, from, to, pupilIds }: { schoolId: string; from: string; to: string; pupilIds?: string[] }): Promise<Map<string, number>> {
  if (pupilIds?.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ pupilId: string; minutes: number }[]>(Prisma.sql`
    SELECT r."pupilId", sum(l."endMinutes" - l."startMinutes")::int AS "minutes"
    FROM "Registration" r
    JOIN "Lesson" l ON l."schoolId" = r."schoolId" AND l."id" = r."lessonId"
    WHERE r."schoolId" = ${schoolId}::uuid AND r."date" BETWEEN ${from}::date AND ${to}::date
      AND r."status" IN ('ABSENT_UNEXCUSED', 'ABSENT_UNKNOWN') AND NOT l."cancelled"
      ${pupilIds ? Prisma.sql`AND r."pupilId" = ANY(${pupilIds}::uuid[])` : Prisma.empty}
    GROUP BY r."pupilId"
    ORDER BY 2 DESC`);
  return new Map(rows.map((r) => [r.pupilId, r.minutes]));
}
