"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/auth/authorize";
import { currentActor } from "@/auth/current-actor";
import type { FormState } from "@/auth/form-state";
import { defineFormAction } from "@/auth/safe-action";
import { appNow } from "@/calendar/app-clock";
import { AppError, isAppError } from "@/errors/app-error";
import {
  ZCreateDuoDraftSchema, ZDuoReportIdSchema, ZMarkSubmittedSchema, ZRecordDuoStatusSchema, ZSaveDuoReportSchema,
} from "./schemas";
import { confirmDuoEndDate } from "./server/confirm-duo-end-date";
import { createDuoDraft } from "./server/create-duo-draft";
import { markDuoReportReady } from "./server/mark-duo-report-ready";
import { markDuoReportSubmitted } from "./server/mark-duo-report-submitted";
import { recordDuoStatus } from "./server/record-duo-status";
import { reopenDuoReport } from "./server/reopen-duo-report";
import { updateDuoReport } from "./server/update-duo-report";
import { log } from "@/observability/log";

const PERMISSION = "duo-reports:manage" as const;

function refresh(reportId: string): void {
  revalidatePath("/verzuim/meldingen");
  revalidatePath(`/verzuim/meldingen/${reportId}`);
}

async function createDraft(formData: FormData): Promise<string> {
  const { reportId } = await authorize(
    await currentActor(),
    { permission: PERMISSION, schema: ZCreateDuoDraftSchema, input: { signalId: formData.get("signalId") } },
    ({ actor, input }) => createDuoDraft({ actor, input, now: appNow() }),
  );
  revalidatePath("/verzuim/meldingen");
  return reportId;
}

/**
 * For a plain `<form action={createDuoDraftAction}>` with a `signalId` field:
 * makes (or finds) the signal's draft and opens it. A refusal (another
 * school's or a withdrawn signal, no permission) is thrown; with
 * `useActionState` use `createDuoDraftFormAction`, which shows it instead.
 */
export async function createDuoDraftAction(formData: FormData): Promise<void> {
  redirect(`/verzuim/meldingen/${await createDraft(formData)}`);
}

/** `createDuoDraftAction` for `useActionState` (CreateDuoDraftButton): a refusal comes back as a Dutch message. */
export async function createDuoDraftFormAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let reportId: string;
  try {
    reportId = await createDraft(formData);
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, errors: error.fieldErrors ?? {} };
    log.error("Onverwachte fout bij het opstellen van een DUO-melding", { error });
    return { ok: false, message: "Er ging iets mis bij het opstellen van de melding. Probeer het opnieuw.", errors: {} };
  }
  // Outside the try: redirect works by throwing.
  redirect(`/verzuim/meldingen/${reportId}`);
}

/** The draft form: saves the human fields; with intent "ready" then checks them and marks the report ready. */
export const saveDuoReportAction = defineFormAction({
  permission: PERMISSION,
  schema: ZSaveDuoReportSchema,
  run: async ({ actor, input: { reportId, intent, ...fields } }) => {
    const saved = await updateDuoReport({ actor, reportId, fields });
    refresh(reportId);
    if (intent === "save") return saved;
    try {
      return await markDuoReportReady({ actor, input: { reportId } });
    } catch (error) {
      if (isAppError(error) && error.code === "INVALID_INPUT") {
        throw new AppError("INVALID_INPUT", `Opgeslagen, maar nog niet klaar voor verzending: ${error.fieldErrors ? "vul de gemarkeerde velden in." : error.message}`, error.fieldErrors);
      }
      throw error;
    } finally {
      refresh(reportId);
    }
  },
});

export const reopenDuoReportAction = defineFormAction({
  permission: PERMISSION,
  schema: ZDuoReportIdSchema,
  run: async (args) => {
    const message = await reopenDuoReport(args);
    refresh(args.input.reportId);
    return message;
  },
});

export const markDuoReportSubmittedAction = defineFormAction({
  permission: PERMISSION,
  schema: ZMarkSubmittedSchema,
  run: async ({ actor, input }) => {
    const message = await markDuoReportSubmitted({ actor, input, now: appNow() });
    refresh(input.reportId);
    return message;
  },
});

export const recordDuoStatusAction = defineFormAction({
  permission: PERMISSION,
  schema: ZRecordDuoStatusSchema,
  run: async (args) => {
    const message = await recordDuoStatus(args);
    refresh(args.input.reportId);
    return message;
  },
});

export const confirmDuoEndDateAction = defineFormAction({
  permission: PERMISSION,
  schema: ZDuoReportIdSchema,
  run: async (args) => {
    const message = await confirmDuoEndDate(args);
    refresh(args.input.reportId);
    return message;
  },
});
