import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { sumLessonsPerDay } from "@/rules";

import { decodePupilLessons } from "../pupil-lessons";
import { lessonListSql, type TLessonRanges } from "./lesson-list-sql";

const EPOCH_MS = Date.UTC(1970, 0, 1);
const isoFromDayNumber = (day: number): string => new Date(EPOCH_MS + day * 86_400_000).toISOString().slice(0, 10);

export interface TRefreshSummary {
  /** Pupils whose whole year was summed (new, a new school year, a membership or schedule change). */
  rebuilt: number;
  /** Days summed again for the other pupils. */
  days: number;
}

/**
 * Brings the per-day rollup (`PupilDay`) of a batch of pupils up to date
 * before they are evaluated from it (decision 173): the days the triggers
 * marked in `PupilDayDirty` are summed again from their lessons, and a pupil
 * without a rollup for this school year (or with every day marked) is summed
 * whole. Then exactly the marks it read are removed: a mark that a change
 * committed meanwhile stays for the next evaluation. Marks are only ever
 * inserted, so a teacher's save never waits for this.
 *
 * Runs in the caller's transaction, under its per-pupil advisory locks: only
 * one evaluation writes a pupil's rollup at a time.
 */
export async function refreshPupilDays({ db, schoolId, pupilIds, from }: {
  db: Prisma.TransactionClient; schoolId: string; pupilIds: readonly string[]; from: string;
}): Promise<TRefreshSummary> {
  const state = await db.$queryRaw<{ pupilId: string; built: boolean; marks: bigint[] | null; dates: string[] | null }[]>(Prisma.sql`
    SELECT p."pupilId", EXISTS (
        SELECT 1 FROM "PupilDayRollup" r WHERE r."schoolId" = ${schoolId}::uuid AND r."pupilId" = p."pupilId" AND r."yearFrom" = ${from}::date
      ) AS "built",
      (SELECT array_agg(d."mark") FROM "PupilDayDirty" d WHERE d."schoolId" = ${schoolId}::uuid AND d."pupilId" = p."pupilId") AS "marks",
      (SELECT array_agg(DISTINCT d."date"::text) FROM "PupilDayDirty" d WHERE d."schoolId" = ${schoolId}::uuid AND d."pupilId" = p."pupilId") AS "dates"
    FROM unnest(${[...pupilIds]}::uuid[]) AS p("pupilId")`);

  const ranges: TLessonRanges = { pupilIds: [], froms: [], tos: [] };
  const rebuilt: string[] = [];
  const marks: bigint[] = [];
  const markedPupils: string[] = [];
  for (const row of state) {
    const dates = row.dates ?? [];
    if (row.marks) {
      marks.push(...row.marks);
      markedPupils.push(row.pupilId);
    }
    if (!row.built || dates.includes("-infinity")) {
      rebuilt.push(row.pupilId);
      // Every day of the pupil: also days before `from` (an earlier school year) are removed below.
      ranges.pupilIds.push(row.pupilId);
      ranges.froms.push("-infinity");
      ranges.tos.push("infinity");
      continue;
    }
    for (const date of dates) {
      if (date < from) continue; // an earlier school year: not in the rollup
      ranges.pupilIds.push(row.pupilId);
      ranges.froms.push(date);
      ranges.tos.push(date);
    }
  }
  if (ranges.pupilIds.length === 0 && marks.length === 0) return { rebuilt: 0, days: 0 };

  const rows: { pupilId: string; date: string; sums: number[] }[] = [];
  if (ranges.pupilIds.length > 0) {
    // Lessons before `from` are history of another school year; a rebuilt pupil's rows start at `from`.
    const loaded = ranges.froms.map((f) => (f === "-infinity" ? from : f));
    const lists = await db.$queryRaw<{ pupilId: string; lessons: string }[]>(
      lessonListSql(schoolId, { pupilIds: ranges.pupilIds, froms: loaded, tos: ranges.tos }, { withoutPresent: false, fewRows: rebuilt.length === 0 }),
    );
    for (const { pupilId, lessons } of lists) {
      const sums = sumLessonsPerDay(decodePupilLessons(lessons).columns);
      for (let k = 0; k < sums.length; k++) {
        rows.push({
          pupilId,
          date: isoFromDayNumber(sums.day[k]!),
          sums: [sums.flags[k]!, sums.registeredMinutes[k]!, sums.absentMinutes[k]!, sums.lateMinutes[k]!, sums.luxuryMinutes[k]!, sums.unknownMinutes[k]!, sums.lateLessons[k]!],
        });
      }
    }
  }
  const col = (n: number) => rows.map((r) => r.sums[n]!);
  // One statement: rows of the summed ranges that no longer have lessons go, the others are written, the
  // marks read are removed and the rebuilt pupils' rollups are complete from `from` on. The delete and the
  // upsert touch different rows (a statement may not change one row twice).
  await db.$executeRaw(Prisma.sql`
    WITH fresh AS (
      SELECT * FROM unnest(${rows.map((r) => r.pupilId)}::uuid[], ${rows.map((r) => r.date)}::date[], ${col(0)}::int[], ${col(1)}::int[],
        ${col(2)}::int[], ${col(3)}::int[], ${col(4)}::int[], ${col(5)}::int[], ${col(6)}::int[])
        AS t("pupilId", "date", "flags", "registeredMinutes", "absentMinutes", "lateMinutes", "luxuryMinutes", "unknownMinutes", "lateLessons")
    ), gone AS (
      DELETE FROM "PupilDay" d USING unnest(${ranges.pupilIds}::uuid[], ${ranges.froms}::date[], ${ranges.tos}::date[]) AS w("pupilId", "from", "to")
      WHERE d."schoolId" = ${schoolId}::uuid AND d."pupilId" = ANY(${[...new Set(ranges.pupilIds)]}::uuid[])
        AND d."pupilId" = w."pupilId" AND d."date" BETWEEN w."from" AND w."to"
        AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."pupilId" = d."pupilId" AND f."date" = d."date")
    ), written AS (
      INSERT INTO "PupilDay" ("schoolId", "pupilId", "date", "flags", "registeredMinutes", "absentMinutes", "lateMinutes", "luxuryMinutes", "unknownMinutes", "lateLessons")
      SELECT ${schoolId}::uuid, f."pupilId", f."date", f."flags", f."registeredMinutes", f."absentMinutes", f."lateMinutes", f."luxuryMinutes", f."unknownMinutes", f."lateLessons"
      FROM fresh f
      ON CONFLICT ("schoolId", "pupilId", "date") DO UPDATE SET "flags" = EXCLUDED."flags", "registeredMinutes" = EXCLUDED."registeredMinutes",
        "absentMinutes" = EXCLUDED."absentMinutes", "lateMinutes" = EXCLUDED."lateMinutes", "luxuryMinutes" = EXCLUDED."luxuryMinutes",
        "unknownMinutes" = EXCLUDED."unknownMinutes", "lateLessons" = EXCLUDED."lateLessons"
    ), unmarked AS (
      DELETE FROM "PupilDayDirty" d WHERE d."schoolId" = ${schoolId}::uuid AND d."pupilId" = ANY(${markedPupils}::uuid[]) AND d."mark" = ANY(${marks}::bigint[])
    ), complete AS (
      INSERT INTO "PupilDayRollup" ("schoolId", "pupilId", "yearFrom")
      SELECT ${schoolId}::uuid, p, ${from}::date FROM unnest(${rebuilt}::uuid[]) AS p
        WHERE EXISTS (SELECT 1 FROM "Pupil" x WHERE x."schoolId" = ${schoolId}::uuid AND x."id" = p)
      ON CONFLICT ("schoolId", "pupilId") DO UPDATE SET "yearFrom" = EXCLUDED."yearFrom"
    )
    SELECT 1`);
  return { rebuilt: rebuilt.length, days: ranges.pupilIds.length - rebuilt.length };
}
