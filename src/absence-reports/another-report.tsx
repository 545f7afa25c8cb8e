"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { FormState } from "@/auth/form-state";

/** The confirmation of a report, with the way to a new, empty form (and a new idempotency key). */
export function AnotherReport({ state, onAnother, label }: { state: FormState; onAnother: () => void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  // The new report into the page's lists, after the confirmation is shown (the action answers without a re-render).
  useEffect(() => {
    ref.current?.focus();
    router.refresh();
  }, [router]);
  return (
    <div ref={ref} tabIndex={-1} className="space-y-3 focus:outline-none">
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-green-900">{state.message}</p>
      <button type="button" onClick={onAnother} className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2">{label}</button>
    </div>
  );
}
