import "server-only";
import { Prisma } from "@/db/generated/prisma/client";

import { decodePupilLessons, type TPupilLessons } from "../pupil-lessons";
import { lessonListSql, type TLessonRanges } from "./lesson-list-sql";

/**
 * The lessons that signals' evidence can list, for the days of each pupil's
 * signals only (one range per pupil): every registered lesson except PRESENT
 * and LATE_EXCUSED ones, which no kind lists (decision 173). A pupil without
 * signals needs none, and is not asked for.
 */
export async function loadEvidenceLessons({ db, schoolId, ranges }: {
  db: Prisma.TransactionClient; schoolId: string; ranges: TLessonRanges;
}): Promise<Map<string, TPupilLessons>> {
  if (ranges.pupilIds.length === 0) return new Map();
  const lists = await db.$queryRaw<{ pupilId: string; lessons: string }[]>(lessonListSql(schoolId, ranges, { withoutPresent: true, fewRows: true }));
  return new Map(lists.map((row) => [row.pupilId, decodePupilLessons(row.lessons)]));
}
