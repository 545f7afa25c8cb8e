import "server-only";
import { appNow } from "@/calendar/app-clock";
import { classifyAbsencesInLeave } from "@/leave/server/classify-absences-in-leave";
import { queuePupilEvaluation } from "@/signals/server/signal-queue";

/**
 * What follows any change of registrations (a teacher's marks, a follow-up
 * call, a report), after its transaction committed: the pupils' signals are
 * re-evaluated through the job queue, never in the request itself (changes
 * of the same moment gathered into one job). First, an absence with an
 * unknown reason inside a decided leave gets the decision's category
 * (docs/decisions/127-absence-during-rejected-leave.md). When that fails, the
 * pupils are still queued, then the failure is thrown on. A commit that the
 * database outage follows at once may leave its pupils unqueued: the nightly
 * pass re-evaluates them (decision 163).
 */
export async function afterRegistrationsChanged({ schoolId, pupilIds }: { schoolId: string; pupilIds: string[] }): Promise<void> {
  if (pupilIds.length === 0) return;
  // A failed classification must not keep the pupils from their re-evaluation: the nightly pass would be the next.
  const classified = await classifyAbsencesInLeave({ schoolId, pupilIds, now: appNow() }).then(() => null, (error: unknown) => error);
  await queuePupilEvaluation({ schoolId, pupilIds });
  if (classified !== null) throw classified;
}
