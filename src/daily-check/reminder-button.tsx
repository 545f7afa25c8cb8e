"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { FormMessage } from "@/ui/form-feedback";
import { sendReminderAction } from "./actions";

export function ReminderButton({ staffId, lessonIds, teacher, remindedAt }: { staffId: string; lessonIds: string[]; teacher: string; remindedAt: string | null }) {
  const [state, action, pending] = useActionState(sendReminderAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="staffId" value={staffId} />
      <input type="hidden" name="lessonIds" value={lessonIds.join(",")} />
      {/* The teacher's name is read out after the visible words, so the button's name starts with what it shows
          (speech input: "klik Nogmaals herinneren" must find it). */}
      <button type="submit" disabled={pending || state.ok}
        className="rounded-md border border-blue-700 px-3 py-1.5 text-sm font-medium text-blue-800 hover:bg-blue-50 focus:outline-none focus:ring-2 focus:ring-blue-700 disabled:opacity-60">
        {state.ok ? "Verstuurd" : pending ? "Bezig…" : remindedAt ? "Nogmaals herinneren" : "Herinnering sturen"}
        {pending ? null : <span className="sr-only"> aan {teacher}</span>}
      </button>
      {remindedAt && !state.ok ? <span className="text-sm text-slate-600">herinnerd om {remindedAt}</span> : null}
      <FormMessage state={state} />
    </form>
  );
}
