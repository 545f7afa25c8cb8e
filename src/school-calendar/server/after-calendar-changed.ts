import "server-only";
import { enqueueSchoolEvaluation } from "@/signals/server/signal-queue";
import { log } from "@/observability/log";

/**
 * After a change of school days or lessons committed: every pupil's signals are evaluated again (a new free
 * day can end a streak, a lesson back can start one). A queue failure is logged, not shown: the change is
 * saved, and the nightly pass evaluates every pupil anyway.
 */
export async function afterCalendarChanged({ schoolId }: { schoolId: string }): Promise<void> {
  try {
    await enqueueSchoolEvaluation({ schoolId });
  } catch (error) {
    log.error("Herbeoordeling van de signalen niet in de wachtrij gezet (de nachtelijke herbeoordeling haalt het in)", { schoolId, error });
  }
}
