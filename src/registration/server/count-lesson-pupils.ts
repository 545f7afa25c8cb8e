import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { lessonPupilsSql } from "./lesson-pupils-sql";

/** How many pupils each lesson has on their individual schedules. */
export async function countLessonPupils({ schoolId, lessonIds }: { schoolId: string; lessonIds: string[] }): Promise<Map<string, number>> {
  if (lessonIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ lessonId: string; pupils: bigint }[]>(
    Prisma.sql`SELECT "lessonId", count(*) AS "pupils" FROM (${lessonPupilsSql(schoolId, lessonIds)}) p GROUP BY "lessonId"`,
  );
  return new Map(rows.map((row) => [row.lessonId, Number(row.pupils)]));
}
