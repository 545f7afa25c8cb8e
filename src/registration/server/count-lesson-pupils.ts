import "server-only";
import { prisma } from "@/db/client";
import { lessonPupilsSql } from "./lesson-pupils-sql";

/** How many pupils each lesson has on their individual schedules. */
export async function countLessonPupils({ schoolId, lessonIds }: { schoolId: string; lessonIds: string[] }): Promise<Map<string, number>> {
  if (lessonIds.length === 0) return new Map();
  const rows = await prisma.$queryRawUnsafe<{ lessonId: string; pupils: bigint }[]>(
    `SELECT "lessonId", count(*) AS "pupils" FROM (${lessonPupilsSql("$1", "$2")}) p GROUP BY "lessonId"`,
    schoolId,
    lessonIds,
  );
  return new Map(rows.map((row) => [row.lessonId, Number(row.pupils)]));
}
