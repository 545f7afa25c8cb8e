import "server-only";
import { isoDate } from "@/calendar/school-time";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import type { TRulesPupil } from "@/rules";

import { decodePupilLessons, emptyPupilLessons, type TPupilLessons } from "../pupil-lessons";
import { lessonListSql } from "./lesson-list-sql";

export interface TPupilRulesInput {
  pupil: TRulesPupil;
  lessons: TPupilLessons;
}

/**
 * Loads what `evaluatePupilLessons` needs for a batch of pupils of one school
 * in two queries (pupils, every registered lesson from `from` to `asOf`):
 * the full evaluation's input, and the lessons a withdrawal reason compares
 * with. Pupils of another school, or unknown ones, are left out. `db` is the
 * transaction the caller evaluates in.
 */
export async function loadRulesInput({ db, schoolId, pupilIds, from, asOf }: {
  db: Prisma.TransactionClient; schoolId: string; pupilIds: readonly string[]; from: string; asOf: string;
}): Promise<TPupilRulesInput[]> {
  if (pupilIds.length === 0) return [];
  const [pupils, lessonLists] = await Promise.all([
    db.pupil.findMany({
      where: { id: { in: [...pupilIds] }, ...inSchool({ schoolId }) },
      select: { id: true, birthDate: true, startkwalificatie: true },
      orderBy: { id: "asc" },
    }),
    db.$queryRaw<{ pupilId: string; lessons: string }[]>(
      lessonListSql(schoolId, { pupilIds: [...pupilIds], froms: pupilIds.map(() => from), tos: pupilIds.map(() => asOf) }, { withoutPresent: false }),
    ),
  ]);
  const lessonsOf = new Map(lessonLists.map((row) => [row.pupilId, row.lessons]));
  return pupils.map((pupil) => {
    const text = lessonsOf.get(pupil.id);
    return {
      pupil: { id: pupil.id, birthDate: isoDate(pupil.birthDate), startkwalificatie: pupil.startkwalificatie },
      lessons: text === undefined ? emptyPupilLessons() : decodePupilLessons(text),
    };
  });
}
