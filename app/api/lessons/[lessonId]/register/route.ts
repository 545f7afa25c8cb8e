import { z } from "zod";
import { defineRoute } from "@/auth/route-handler";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { registerPolicy } from "@/registration/server/register-policy";

/** GET /api/lessons/:lessonId/register — the register as the page shows it (used to refresh after a change). */
export const GET = defineRoute({
  permission: "register:mark",
  schema: z.object({ lessonId: z.guid("lessonId moet een id zijn.") }),
  run: ({ actor, input }) => getLessonRegister({ actor, lessonId: input.lessonId, policy: registerPolicy(actor) }),
});
