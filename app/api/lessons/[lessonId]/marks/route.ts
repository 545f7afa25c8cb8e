import { after } from "next/server";
import { defineRoute } from "@/auth/route-handler";
import { ZRecordMarksSchema } from "@/registration/schemas";
import { recordMarks } from "@/registration/server/record-marks";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { registerPolicy } from "@/registration/server/register-policy";
import { afterRegistrationsChanged } from "@/registration/server/after-registrations-changed";

/**
 * POST /api/lessons/:lessonId/marks — `{ marks: [...], withRegister? }`;
 * answers with each mark's outcome and, if asked, the register as it is now
 * (with what others marked meanwhile), so that the page need not ask again.
 */
export const POST = defineRoute({
  permission: "register:mark",
  schema: ZRecordMarksSchema,
  run: async ({ actor, input }) => {
    const policy = registerPolicy(actor);
    const outcome = await recordMarks({ actor, input, ...policy });
    // The signals follow after the answer: a teacher never waits for the job queue.
    after(() => afterRegistrationsChanged({ schoolId: actor.schoolId, pupilIds: outcome.pupilsToEvaluate }));
    const register = input.withRegister ? await getLessonRegister({ actor, lessonId: input.lessonId, policy }) : undefined;
    return { results: outcome.results, serverNow: policy.now.toISOString(), register };
  },
});
