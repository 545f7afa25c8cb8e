import type { FormState } from "@/auth/form-state";
import { FieldError, inputClass } from "@/ui/form-feedback";

/** The attributes that tie an input to its label and its error message. */
export function fieldProps(form: string, name: string, state: FormState) {
  const id = `${form}-${name}`;
  return { id, name, "aria-invalid": Boolean(state.errors[name]), "aria-describedby": `${id}-error`, className: inputClass };
}

export function Field({ form, name, label, state, hint, children }: {
  form: string; name: string; label: string; state: FormState; hint?: string; children: React.ReactNode;
}) {
  const id = `${form}-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {children}
      <FieldError id={`${id}-error`} errors={state.errors[name]} />
    </div>
  );
}
