import "server-only";
import { syncDuoEndDates } from "@/duo-reports/server/sync-duo-end-dates";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { evaluatePupilDays } from "@/rules";

import { presentDays } from "../pupil-day-sums";
import { emptyPupilLessons } from "../pupil-lessons";
import { signalRows } from "../signal-rows";
import type { TLessonRanges } from "./lesson-list-sql";
import { loadEvidenceLessons } from "./load-evidence-lessons";
import { loadPupilDays } from "./load-pupil-days";
import { loadRulesInput } from "./load-rules-input";
import { loadSchoolRulesContext, type TSchoolRulesContext } from "./load-school-rules-context";
import { refreshPupilDays } from "./refresh-pupil-days";
import { storeSignals, type TStoreSummary } from "./store-signals";

/** Pupils per transaction: a school is a few round trips, and each transaction holds its pupils' locks briefly. */
export const EVALUATION_BATCH = 250;
/** Batches in flight at once: PostgreSQL joins one batch's registrations while the other is evaluated and stored (2 cores). */
const LANES = 2;

export interface TEvaluationSummary extends TStoreSummary {
  asOf: string;
  pupils: number;
  signals: number;
}

/**
 * Re-evaluates the signals of some pupils of one school with the rules module
 * and stores them: the use case behind the queue, the nightly pass and the
 * benchmark. `now` decides the evaluation date (today in the school's time
 * zone) and the timestamps written.
 *
 * Each batch loads, evaluates and stores in one transaction that first takes
 * a transaction-level advisory lock per pupil (in one global order, so two
 * batches never deadlock). Two evaluations of the same pupil (the queue and
 * the nightly pass, or two app instances) therefore never interleave: the
 * later one reads the registrations the earlier one committed after, and can
 * never overwrite newer signals with older ones.
 */
export async function evaluatePupils({ schoolId, pupilIds, now }: { schoolId: string; pupilIds: readonly string[]; now: Date }): Promise<TEvaluationSummary> {
  const context = await loadSchoolRulesContext({ schoolId, now });
  const unique = [...new Set(pupilIds)];
  const batches: string[][] = [];
  for (let start = 0; start < unique.length; start += EVALUATION_BATCH) batches.push(unique.slice(start, start + EVALUATION_BATCH));

  const summary: TEvaluationSummary = { asOf: context.asOf, pupils: 0, signals: 0, created: 0, updated: 0, unchanged: 0, withdrawn: 0 };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const done = await prisma.$transaction((tx) => evaluateBatch(tx, context, batch, now), { maxWait: 30_000, timeout: 120_000 });
      for (const key of ["pupils", "signals", "created", "updated", "unchanged", "withdrawn"] as const) summary[key] += done[key];
    }
  };
  await Promise.all(Array.from({ length: Math.min(LANES, batches.length) }, lane));
  return summary;
}

async function evaluateBatch(tx: Prisma.TransactionClient, context: TSchoolRulesContext, pupilIds: string[], now: Date): Promise<TEvaluationSummary> {
  const { schoolId, asOf, from, prepared } = context;
  await tx.$executeRaw(Prisma.sql`
    SELECT count(pg_advisory_xact_lock(k.key)) FROM (
      SELECT DISTINCT hashtextextended(${`signals:${schoolId}:`} || p, 0) AS "key" FROM unnest(${pupilIds}::text[]) AS p ORDER BY 1
    ) k`);
  // The rules read days, not lessons: the per-day rollup, summed again only for the days a change touched (decision 173).
  await refreshPupilDays({ db: tx, schoolId, pupilIds, from });
  const evaluated = (await loadPupilDays({ db: tx, schoolId, pupilIds, from, asOf })).map(({ pupil, days }) => ({
    pupil, days, output: evaluatePupilDays(pupil, days, prepared, { asOf, profile: context.profile, settings: context.settings }),
  }));
  // The evidence lists lessons of the signals' days only: one range per pupil with signals.
  const ranges: TLessonRanges = { pupilIds: [], froms: [], tos: [] };
  for (const { pupil, output } of evaluated) {
    if (output.signals.length === 0) continue;
    ranges.pupilIds.push(pupil.id);
    ranges.froms.push(output.signals.reduce((first, s) => (s.start < first ? s.start : first), asOf));
    ranges.tos.push(output.signals.reduce((last, s) => ((s.end ?? asOf) > last ? (s.end ?? asOf) : last), from));
  }
  const evidence = await loadEvidenceLessons({ db: tx, schoolId, ranges });
  const pupils = evaluated.map(({ pupil, days, output }) => ({
    pupilId: pupil.id,
    signals: signalRows(output, evidence.get(pupil.id) ?? emptyPupilLessons(), {
      prepared, lateCountsAsAbsence: context.lateCountsAsAbsence, holidaySides: context.holidaySides, presentDays: presentDays(days),
    }),
  }));
  const withdrawalLessons = async (ids: string[]) =>
    new Map((await loadRulesInput({ db: tx, schoolId, pupilIds: ids, from, asOf })).map((input) => [input.pupil.id, input.lessons]));
  const stored = await storeSignals({ db: tx, schoolId, from, now, pupils, withdrawalLessons });
  // An LRV that closed gives its DUO report the end date (or flags that DUO needs it), in the same transaction.
  if (stored.updated > 0 || stored.withdrawn > 0) await syncDuoEndDates(tx, { schoolId, pupilIds });
  return { asOf, pupils: pupils.length, signals: pupils.reduce((sum, p) => sum + p.signals.length, 0), ...stored };
}
