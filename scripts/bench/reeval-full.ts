import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { evaluatePupilLessons } from "@/rules";
import { signalRows } from "@/signals/signal-rows";
import { loadRulesInput } from "@/signals/server/load-rules-input";
import { loadSchoolRulesContext } from "@/signals/server/load-school-rules-context";
import { storeSignals } from "@/signals/server/store-signals";

/**
 * The re-evaluation as it was before decision 173, for `bench:reeval` to compare with: one transaction
 * that locks the pupils, loads every registered lesson of their school year, evaluates and stores.
 * It leaves the rollup's marks alone (the next `evaluatePupils` sums those days).
 */
export async function evaluatePupilsFromLessons({ schoolId, pupilIds, now }: { schoolId: string; pupilIds: string[]; now: Date }): Promise<void> {
  const context = await loadSchoolRulesContext({ schoolId, now });
  const { asOf, from, prepared } = context;
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw(Prisma.sql`
      SELECT count(pg_advisory_xact_lock(k.key)) FROM (
        SELECT DISTINCT hashtextextended(${`signals:${schoolId}:`} || p, 0) AS "key" FROM unnest(${pupilIds}::text[]) AS p ORDER BY 1
      ) k`);
    const inputs = await loadRulesInput({ db: tx, schoolId, pupilIds, from, asOf });
    const lessonsOf = new Map(inputs.map((input) => [input.pupil.id, input.lessons]));
    const pupils = inputs.map(({ pupil, lessons }) => {
      const output = evaluatePupilLessons(pupil, lessons.columns, prepared, { asOf, profile: context.profile, settings: context.settings });
      return { pupilId: pupil.id, signals: signalRows(output, lessons, { prepared, lateCountsAsAbsence: context.lateCountsAsAbsence, holidaySides: context.holidaySides }) };
    });
    await storeSignals({ db: tx, schoolId, from, now, pupils, withdrawalLessons: async () => lessonsOf });
  }, { maxWait: 30_000, timeout: 120_000 });
}
