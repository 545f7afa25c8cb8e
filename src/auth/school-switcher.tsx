"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "./form-state";
import { switchSchoolAction } from "./actions";

/**
 * For a person with memberships in several schools: one button per other school. The server checks the
 * membership, starts a session there and sends the person to their start page in that school.
 */
export function SchoolSwitcher({ schools }: { schools: { schoolId: string; name: string }[] }) {
  const [state, action, pending] = useActionState(switchSchoolAction, INITIAL_FORM_STATE);
  if (schools.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1">
      {schools.map((school) => (
        <form key={school.schoolId} action={action}>
          <input type="hidden" name="schoolId" value={school.schoolId} />
          <button type="submit" disabled={pending}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm font-medium text-blue-800 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700 disabled:cursor-wait">
            Naar {school.name}
          </button>
        </form>
      ))}
      {state.message && !state.ok ? <p role="alert" className="w-full text-sm text-red-800">{state.message}</p> : null}
    </div>
  );
}
