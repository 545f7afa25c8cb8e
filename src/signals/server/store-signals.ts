import "server-only";
import { Prisma } from "@/db/generated/prisma/client";

import { emptyPupilLessons, type TPupilLessons } from "../pupil-lessons";
import type { TSignalRow } from "../signal-rows";
import { withdrawalReason } from "../withdrawal-reason";

export interface TStoreSummary {
  created: number;
  /** Rows whose data changed (a moved end date, more hours, a withdrawal undone). */
  updated: number;
  unchanged: number;
  withdrawn: number;
}

export interface TPupilSignals {
  pupilId: string;
  signals: TSignalRow[];
}

/** Every registered lesson of these pupils this school year: they say why a stored signal is withdrawn. */
export type TWithdrawalLessons = (pupilIds: string[]) => Promise<Map<string, TPupilLessons>>;

const column = <T>(rows: readonly { pupilId: string; row: TSignalRow }[], pick: (row: TSignalRow) => T): T[] => rows.map(({ row }) => pick(row));

/**
 * Writes the rules output of a batch of pupils of one school in three
 * statements, whatever the number of pupils:
 *
 * 1. an upsert by (schoolId, pupilId, identity) that updates the data of a
 *    signal found before and never its human fields (state, owner); it
 *    undoes an earlier withdrawal and rewrites a row (and moves `updatedAt`)
 *    only when its data changed: an unchanged signal's evidence is not
 *    stored again (decision 173);
 * 2. `evaluatedAt` moved on the unchanged ones, and a read of the stored
 *    signals of this school year that the output no longer holds (not
 *    withdrawn yet), in one statement, and
 * 3. their withdrawal with a reason (`withdrawalReason`, from the pupils'
 *    lessons, loaded only then). Nothing is deleted;
 *    REPORTED and CLOSED signals are marked as well, their state untouched
 *    (docs/decisions/040-signal-identity.md).
 *
 * Signals reached before `from` (earlier school years) are history that this
 * evaluation did not look at, and are left alone.
 */
export async function storeSignals({ db, schoolId, from, now, pupils, withdrawalLessons }: {
  db: Prisma.TransactionClient; schoolId: string; from: string; now: Date; pupils: readonly TPupilSignals[]; withdrawalLessons: TWithdrawalLessons;
}): Promise<TStoreSummary> {
  const summary: TStoreSummary = { created: 0, updated: 0, unchanged: 0, withdrawn: 0 };
  if (pupils.length === 0) return summary;
  const rows = pupils.flatMap(({ pupilId, signals }) => signals.map((row) => ({ pupilId, row })));

  if (rows.length > 0) {
    const written = await db.$queryRaw<{ created: boolean; changed: boolean }[]>(Prisma.sql`
      INSERT INTO "Signal" AS s ("schoolId", "id", "pupilId", "identity", "kind", "mandatory", "repeat", "startDate", "endDate", "hours",
        "reachedOn", "dueBy", "provisional", "level", "count", "evidence", "evaluatedAt", "updatedAt")
      SELECT ${schoolId}::uuid, gen_random_uuid(), t."pupilId", t."identity", t."kind", t."mandatory", t."repeat", t."startDate", t."endDate",
        t."hours"::numeric(8, 2), t."reachedOn", t."dueBy", t."provisional", t."level", t."count", t."evidence"::jsonb, ${now}, ${now}
      FROM unnest(
        ${rows.map((r) => r.pupilId)}::uuid[], ${column(rows, (r) => r.identity)}::text[], ${column(rows, (r) => r.kind)}::text[],
        ${column(rows, (r) => r.mandatory)}::boolean[], ${column(rows, (r) => r.repeat)}::boolean[],
        ${column(rows, (r) => r.startDate)}::date[], ${column(rows, (r) => r.endDate)}::date[], ${column(rows, (r) => r.hours)}::float8[],
        ${column(rows, (r) => r.reachedOn)}::date[], ${column(rows, (r) => r.dueBy)}::date[], ${column(rows, (r) => r.provisional)}::boolean[],
        ${column(rows, (r) => r.level)}::int[], ${column(rows, (r) => r.count)}::int[], ${column(rows, (r) => JSON.stringify(r.evidence))}::text[]
      ) AS t("pupilId", "identity", "kind", "mandatory", "repeat", "startDate", "endDate", "hours", "reachedOn", "dueBy", "provisional", "level", "count", "evidence")
      ON CONFLICT ("schoolId", "pupilId", "identity") DO UPDATE SET
        "kind" = EXCLUDED."kind", "mandatory" = EXCLUDED."mandatory", "repeat" = EXCLUDED."repeat", "startDate" = EXCLUDED."startDate",
        "endDate" = EXCLUDED."endDate", "hours" = EXCLUDED."hours", "reachedOn" = EXCLUDED."reachedOn", "dueBy" = EXCLUDED."dueBy",
        "provisional" = EXCLUDED."provisional", "level" = EXCLUDED."level", "count" = EXCLUDED."count", "evidence" = EXCLUDED."evidence",
        "withdrawnAt" = NULL, "withdrawnReason" = NULL, "evaluatedAt" = EXCLUDED."evaluatedAt", "updatedAt" = EXCLUDED."updatedAt"
      -- An unchanged signal is not rewritten (its evidence not stored again); the next statement moves its evaluatedAt.
      WHERE (s."kind", s."mandatory", s."repeat", s."startDate", s."endDate", s."hours", s."reachedOn", s."dueBy", s."provisional", s."level",
             s."count", s."evidence", s."withdrawnAt")
        IS DISTINCT FROM (EXCLUDED."kind", EXCLUDED."mandatory", EXCLUDED."repeat", EXCLUDED."startDate", EXCLUDED."endDate", EXCLUDED."hours",
             EXCLUDED."reachedOn", EXCLUDED."dueBy", EXCLUDED."provisional", EXCLUDED."level", EXCLUDED."count", EXCLUDED."evidence", NULL)
      RETURNING (xmax = 0) AS "created"`);
    for (const { created } of written) {
      if (created) summary.created++;
      else summary.updated++;
    }
    summary.unchanged = rows.length - written.length;
  }

  const pupilIds = pupils.map((p) => p.pupilId);
  const gone = await db.$queryRaw<{ id: string; pupilId: string; kind: string; startDate: Date; endDate: Date | null; evidence: unknown }[]>(Prisma.sql`
    WITH touched AS (
      UPDATE "Signal" s SET "evaluatedAt" = ${now}
      FROM unnest(${rows.map((r) => r.pupilId)}::uuid[], ${column(rows, (r) => r.identity)}::text[]) AS k("pupilId", "identity")
      WHERE s."schoolId" = ${schoolId}::uuid AND s."pupilId" = k."pupilId" AND s."identity" = k."identity" AND s."evaluatedAt" <> ${now}
    )
    SELECT s."id", s."pupilId", s."kind", s."startDate", s."endDate", s."evidence" FROM "Signal" s
    WHERE s."schoolId" = ${schoolId}::uuid AND s."pupilId" = ANY(${pupilIds}::uuid[]) AND s."withdrawnAt" IS NULL AND s."reachedOn" >= ${from}::date
      AND NOT EXISTS (
        SELECT 1 FROM unnest(${rows.map((r) => r.pupilId)}::uuid[], ${column(rows, (r) => r.identity)}::text[]) AS k("pupilId", "identity")
        WHERE k."pupilId" = s."pupilId" AND k."identity" = s."identity")`);
  if (gone.length === 0) return summary;

  const byPupil = new Map(pupils.map((p) => [p.pupilId, p]));
  const lessons = await withdrawalLessons([...new Set(gone.map((g) => g.pupilId))]);
  const reasons = gone.map((signal) => {
    const pupil = byPupil.get(signal.pupilId)!;
    const start = signal.startDate.toISOString().slice(0, 10);
    const end = signal.endDate?.toISOString().slice(0, 10) ?? null;
    // A signal of the same kind over (part of) the same period is what the data supports now.
    const replacement = pupil.signals.find((row) => row.kind === signal.kind && (end === null || row.startDate <= end) && (row.endDate === null || row.endDate >= start));
    return withdrawalReason(signal.evidence, lessons.get(signal.pupilId) ?? emptyPupilLessons(), { replacementStart: replacement?.startDate ?? null });
  });
  await db.$executeRaw(Prisma.sql`
    UPDATE "Signal" s SET "withdrawnAt" = ${now}, "withdrawnReason" = w."reason", "evaluatedAt" = ${now}, "updatedAt" = ${now}
    FROM unnest(${gone.map((g) => g.id)}::uuid[], ${reasons}::text[]) AS w("id", "reason")
    WHERE s."schoolId" = ${schoolId}::uuid AND s."id" = w."id"`);
  summary.withdrawn = gone.length;
  return summary;
}
