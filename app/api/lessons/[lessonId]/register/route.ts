import { z } from "zod";
import { defineRoute } from "@/auth/route-handler";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { getRegisterPolicy } from "@/registration/server/get-register-policy";
import { registerReadOnlyReason } from "@/registration/server/register-read-only-reason";

/** GET /api/lessons/:lessonId/register — the register as the page shows it (used to refresh after a change). */
export const GET = defineRoute({
  permission: "register:mark",
  schema: z.object({ lessonId: z.guid("lessonId moet een id zijn.") }),
  run: async ({ actor, input }) => {
    const policy = await getRegisterPolicy({ schoolId: actor.schoolId });
    const readOnlyReason = await registerReadOnlyReason({ actor, lessonId: input.lessonId, ...policy });
    return getLessonRegister({ schoolId: actor.schoolId, lessonId: input.lessonId, timeZone: policy.timeZone, now: policy.now, readOnlyReason });
  },
});
