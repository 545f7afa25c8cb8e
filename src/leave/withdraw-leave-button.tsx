"use client";

import { useFormAction } from "@/case-file/use-form-action";
import { FormMessage } from "@/ui/form-feedback";
import { withdrawLeaveAction } from "./actions";

export function WithdrawLeaveButton({ leaveRequestId, label }: { leaveRequestId: string; label: string }) {
  const { state, pending, onSubmit } = useFormAction(withdrawLeaveAction);
  return (
    <form onSubmit={onSubmit} className="mt-2 space-y-2">
      <input type="hidden" name="leaveRequestId" value={leaveRequestId} />
      <button type="submit" disabled={pending} aria-label={`Aanvraag ${label} intrekken`}
        className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700 disabled:opacity-60">
        {pending ? "Bezig…" : "Intrekken"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
