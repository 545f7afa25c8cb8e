import { z } from "zod";
import { defineRoute } from "@/auth/route-handler";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { registerPolicy } from "@/registration/server/register-policy";
import { viewerOf } from "@/ui/viewer";

/**
 * GET /api/lessons/:lessonId/register — the register as the page shows it.
 * `?viewer=1` (the page opening): also who is signed in, for the page's header
 * (the register page is a static shell that loads both in this one request).
 */
export const GET = defineRoute({
  permission: "register:mark",
  schema: z.object({
    lessonId: z.guid("lessonId moet een id zijn."),
    viewer: z.literal("1", "viewer kan alleen 1 zijn.").optional(),
  }),
  run: async ({ actor, input }) => {
    const view = await getLessonRegister({ actor, lessonId: input.lessonId, policy: registerPolicy(actor) });
    return input.viewer ? { ...view, viewer: viewerOf(actor) } : view;
  },
});
