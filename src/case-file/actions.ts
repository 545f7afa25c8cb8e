"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { caseFileHref } from "./case-file-href";
import { ZAddAgreementSchema, ZAddConversationSchema, ZAddNoteSchema, ZAddReferralSchema } from "./schemas";
import { addAgreement } from "./server/add-agreement";
import { addConversation } from "./server/add-conversation";
import { addNote } from "./server/add-note";
import { addReferral } from "./server/add-referral";

export const addConversationAction = defineFormAction({
  permission: "case-file:write",
  schema: ZAddConversationSchema,
  run: async (args) => {
    const message = await addConversation(args);
    revalidatePath(caseFileHref(args.input.pupilId));
    return message;
  },
});

export const addAgreementAction = defineFormAction({
  permission: "case-file:write",
  schema: ZAddAgreementSchema,
  run: async (args) => {
    const message = await addAgreement(args);
    revalidatePath(caseFileHref(args.input.pupilId));
    return message;
  },
});

export const addReferralAction = defineFormAction({
  permission: "case-file:write",
  schema: ZAddReferralSchema,
  run: async (args) => {
    const message = await addReferral(args);
    revalidatePath(caseFileHref(args.input.pupilId));
    return message;
  },
});

export const addNoteAction = defineFormAction({
  permission: "case-file:write",
  schema: ZAddNoteSchema,
  run: async (args) => {
    const message = await addNote(args);
    revalidatePath(caseFileHref(args.input.pupilId));
    return message;
  },
});
