import "server-only";
import { isoDate } from "@/calendar/school-time";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { createDaySums, type TDaySums, type TRulesPupil } from "@/rules";

import { decodeDaySums } from "../pupil-day-sums";
import { decodePupilLessons, emptyPupilLessons, type TPupilLessons } from "../pupil-lessons";
import { lessonListSql } from "./lesson-list-sql";

export interface TPupilDaysInput {
  pupil: TRulesPupil;
  /** The rollup from `from` to `asOf`: what the rules read. */
  days: TDaySums;
  /** The lessons that evidence can list: every registered lesson except PRESENT and LATE_EXCUSED ones. */
  evidenceLessons: TPupilLessons;
}

/**
 * Loads what `evaluatePupilDays` and the evidence need for a batch of pupils
 * whose rollup `refreshPupilDays` has just brought up to date, in three
 * queries: the pupils, their `PupilDay` rows from `from` to `asOf` (about 200
 * small rows for a school year), and their lessons that are not PRESENT or
 * LATE_EXCUSED (a tenth of a year's lessons). Pupils of another school, or
 * unknown ones, are left out.
 */
export async function loadPupilDays({ db, schoolId, pupilIds, from, asOf }: {
  db: Prisma.TransactionClient; schoolId: string; pupilIds: readonly string[]; from: string; asOf: string;
}): Promise<TPupilDaysInput[]> {
  if (pupilIds.length === 0) return [];
  const ids = [...pupilIds];
  const [pupils, dayLists, lessonLists] = await Promise.all([
    db.pupil.findMany({
      where: { id: { in: ids }, ...inSchool({ schoolId }) },
      select: { id: true, birthDate: true, startkwalificatie: true },
      orderBy: { id: "asc" },
    }),
    db.$queryRaw<{ pupilId: string; days: string }[]>(Prisma.sql`
      SELECT d."pupilId", string_agg(concat_ws(',', d."date" - DATE '1970-01-01', d."flags", d."registeredMinutes", d."absentMinutes",
          d."lateMinutes", d."luxuryMinutes", d."unknownMinutes", d."lateLessons"), ';' ORDER BY d."date") AS "days"
      FROM "PupilDay" d
      WHERE d."schoolId" = ${schoolId}::uuid AND d."pupilId" = ANY(${ids}::uuid[]) AND d."date" BETWEEN ${from}::date AND ${asOf}::date
      GROUP BY d."pupilId"`),
    db.$queryRaw<{ pupilId: string; lessons: string }[]>(
      lessonListSql(schoolId, { pupilIds: ids, froms: ids.map(() => from), tos: ids.map(() => asOf) }, { withoutPresent: true }),
    ),
  ]);
  const daysOf = new Map(dayLists.map((row) => [row.pupilId, row.days]));
  const lessonsOf = new Map(lessonLists.map((row) => [row.pupilId, row.lessons]));
  return pupils.map((pupil) => {
    const days = daysOf.get(pupil.id);
    const lessons = lessonsOf.get(pupil.id);
    return {
      pupil: { id: pupil.id, birthDate: isoDate(pupil.birthDate), startkwalificatie: pupil.startkwalificatie },
      days: days === undefined ? createDaySums(0) : decodeDaySums(days),
      evidenceLessons: lessons === undefined ? emptyPupilLessons() : decodePupilLessons(lessons),
    };
  });
}
