import "server-only";
import { isoDate } from "@/calendar/school-time";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { createDaySums, type TDaySums, type TRulesPupil } from "@/rules";

import { decodeDaySums } from "../pupil-day-sums";

export interface TPupilDaysInput {
  pupil: TRulesPupil;
  /** The rollup from `from` to `asOf`: what the rules read. */
  days: TDaySums;
}

/**
 * Loads what `evaluatePupilDays` and the evidence need for a batch of pupils
 * whose rollup `refreshPupilDays` has just brought up to date, in two
 * queries: the pupils and their `PupilDay` rows from `from` to `asOf` (about
 * 200 small rows for a school year). The evidence's lessons follow for the
 * pupils with signals only (`loadEvidenceLessons`). Pupils of another school,
 * or unknown ones, are left out.
 */
export async function loadPupilDays({ db, schoolId, pupilIds, from, asOf }: {
  db: Prisma.TransactionClient; schoolId: string; pupilIds: readonly string[]; from: string; asOf: string;
}): Promise<TPupilDaysInput[]> {
  if (pupilIds.length === 0) return [];
  const ids = [...pupilIds];
  const [pupils, dayLists] = await Promise.all([
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
  ]);
  const daysOf = new Map(dayLists.map((row) => [row.pupilId, row.days]));
  return pupils.map((pupil) => {
    const days = daysOf.get(pupil.id);
    return {
      pupil: { id: pupil.id, birthDate: isoDate(pupil.birthDate), startkwalificatie: pupil.startkwalificatie },
      days: days === undefined ? createDaySums(0) : decodeDaySums(days),
    };
  });
}
