"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { caseFileHref } from "@/case-file/case-file-href";
import { ZCreateLetterSchema, ZSaveLetterTemplateSchema } from "./schemas";
import { createLetter } from "./server/create-letter";
import { saveLetterTemplate } from "./server/save-letter-template";

export const saveLetterTemplateAction = defineFormAction({
  permission: "letter-templates:edit",
  schema: ZSaveLetterTemplateSchema,
  run: async (args) => {
    const message = await saveLetterTemplate(args);
    revalidatePath("/verzuim/brieven");
    return message;
  },
});

export const createLetterAction = defineFormAction({
  permission: "letters:send",
  schema: ZCreateLetterSchema,
  run: async ({ actor, input }) => {
    const letter = await createLetter({ actor, ...input });
    revalidatePath(caseFileHref(input.pupilId));
    return `De brief ‘${letter.subject}’ is gemaakt. Je vindt hem bovenaan de tijdlijn, klaar om te downloaden.`;
  },
});
