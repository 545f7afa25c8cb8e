"use client";

import { useActionState, useId } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/auth/form-state";
import type { Role } from "@/db/generated/prisma/enums";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { deactivatePersonAction, inviteGuardiansAction, inviteStaffAction, reactivatePersonAction, sendPasswordLinkAction, setPersonRolesAction } from "./actions";
import { ROLE_LABELS, STAFF_ROLES } from "./roles";

const quietButton = "rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";

/** Links to pass on by hand (no mail server): shown this once, in a field that selects easily. */
function ShownLinks({ state }: { state: FormState }) {
  const id = useId();
  if (!state.ok || !state.shownOnce?.length) return null;
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      {state.shownOnce.map((value, index) => (
        <div key={value}>
          <label htmlFor={`${id}-${index}`} className="block text-sm font-medium">Link om door te geven{state.shownOnce!.length > 1 ? ` (${index + 1})` : ""}</label>
          <input id={`${id}-${index}`} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} font-mono text-sm`} />
        </div>
      ))}
    </div>
  );
}

function RoleCheckboxes({ idPrefix, checked, errors }: { idPrefix: string; checked: readonly Role[]; errors: string[] | undefined }) {
  return (
    <fieldset aria-describedby={`${idPrefix}-roles-error`}>
      <legend className="text-sm font-medium">Rollen</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        {STAFF_ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2">
            <input type="checkbox" name={`rol-${role}`} defaultChecked={checked.includes(role)} className="h-5 w-5" aria-invalid={Boolean(errors)} />
            <span>{ROLE_LABELS[role]}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${idPrefix}-roles-error`} errors={errors} />
    </fieldset>
  );
}

/** Beheer → Mensen: invite a member of staff by e-mail. */
export function InviteStaffForm() {
  const [state, action, pending] = useActionState(inviteStaffAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  const field = (name: "firstName" | "lastName" | "email" | "code") => ({
    id: `invite-${name}`, name, "aria-invalid": Boolean(state.errors[name]), "aria-describedby": `invite-${name}-error`, className: inputClass,
  });
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="invite-firstName" className="block text-sm font-medium">Voornaam</label>
          <input type="text" autoComplete="off" {...field("firstName")} />
          <FieldError id="invite-firstName-error" errors={state.errors.firstName} />
        </div>
        <div>
          <label htmlFor="invite-lastName" className="block text-sm font-medium">Achternaam</label>
          <input type="text" autoComplete="off" {...field("lastName")} />
          <FieldError id="invite-lastName-error" errors={state.errors.lastName} />
        </div>
        <div>
          <label htmlFor="invite-email" className="block text-sm font-medium">E-mailadres</label>
          <input type="email" autoComplete="off" {...field("email")} />
          <FieldError id="invite-email-error" errors={state.errors.email} />
        </div>
        <div>
          <label htmlFor="invite-code" className="block text-sm font-medium">Afkorting (docentcode)</label>
          <input type="text" autoComplete="off" maxLength={10} {...field("code")} />
          <FieldError id="invite-code-error" errors={state.errors.code} />
        </div>
      </div>
      <RoleCheckboxes idPrefix="invite" checked={["TEACHER"]} errors={state.errors.roles} />
      <FormMessage state={state} />
      <ShownLinks state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Uitnodiging versturen"}</button>
    </form>
  );
}

/** One person's roles. */
export function PersonRolesForm({ userId, roles }: { userId: string; roles: readonly Role[] }) {
  const [state, action, pending] = useActionState(setPersonRolesAction, INITIAL_FORM_STATE);
  const id = useId();
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <RoleCheckboxes idPrefix={id} checked={roles} errors={state.errors.roles} />
      <FormMessage state={state.errors.roles ? { ...state, message: null } : state} />
      <button type="submit" disabled={pending} className={quietButton}>{pending ? "Bezig…" : "Rollen opslaan"}</button>
    </form>
  );
}

/** A one-button form about one person: a new link, (de)activate. */
function PersonButton({ userId, label, run }: { userId: string; label: string; run: typeof sendPasswordLinkAction }) {
  const [state, action, pending] = useActionState(run, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} className={quietButton}>{pending ? "Bezig…" : label}</button>
      <FormMessage state={state} />
      <ShownLinks state={state} />
    </form>
  );
}

export function PersonActions({ userId, name, active, started }: { userId: string; name: string; active: boolean; started: boolean }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-start">
      {active && <PersonButton userId={userId} run={sendPasswordLinkAction} label={started ? `Link voor nieuw wachtwoord sturen` : "Nieuwe uitnodiging sturen"} />}
      {active
        ? <PersonButton userId={userId} run={deactivatePersonAction} label={`${name} deactiveren`} />
        : <PersonButton userId={userId} run={reactivatePersonAction} label={`${name} weer activeren`} />}
    </div>
  );
}

/** Invite every guardian from the pupil data who has an e-mail address and no account. */
export function InviteGuardiansForm({ count }: { count: number }) {
  const [state, action, pending] = useActionState(inviteGuardiansAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <ShownLinks state={state} />
      <button type="submit" disabled={pending || count === 0} className={buttonClass}>
        {pending ? "Bezig…" : count === 0 ? "Niemand om uit te nodigen" : `${count} ouder(s)/verzorger(s) uitnodigen`}
      </button>
    </form>
  );
}
