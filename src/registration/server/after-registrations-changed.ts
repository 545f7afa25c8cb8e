import "server-only";
import { queuePupilEvaluation } from "@/signals/server/signal-queue";

/**
 * What follows any change of registrations (a teacher's marks, a follow-up
 * call, a report), after its transaction committed: the pupils' signals are
 * re-evaluated through the job queue, never in the request itself (changes
 * of the same moment gathered into one job).
 */
export async function afterRegistrationsChanged({ schoolId, pupilIds }: { schoolId: string; pupilIds: string[] }): Promise<void> {
  if (pupilIds.length === 0) return;
  await queuePupilEvaluation({ schoolId, pupilIds });
}
