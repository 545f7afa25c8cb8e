"use client";

import { useActionState, useState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { saveDuoReportAction } from "./actions";
import { DUO_FIELD } from "./duo-fields";
import type { TDuoHumanFields } from "./schemas";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";

type TextField = Exclude<keyof TDuoHumanFields, "municipalityActionWanted">;
type Values = Record<TextField, string> & { municipalityActionWanted: "ja" | "nee" | "" };

const toValues = (fields: TDuoHumanFields): Values => ({
  suspectedReason: fields.suspectedReason ?? "",
  actionsTaken: fields.actionsTaken ?? "",
  municipalityActionWanted: fields.municipalityActionWanted === null ? "" : fields.municipalityActionWanted ? "ja" : "nee",
  municipalityActionExplanation: fields.municipalityActionExplanation ?? "",
  reporterName: fields.reporterName ?? "",
  reporterFunction: fields.reporterFunction ?? "",
  reporterPhone: fields.reporterPhone ?? "",
  reporterEmail: fields.reporterEmail ?? "",
  contactPhone: fields.contactPhone ?? "",
  differentAddress: fields.differentAddress ?? "",
});

const secondaryButtonClass =
  "rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";

/**
 * The fields of a draft that only a person can fill, under DUO's names.
 * Controlled inputs: React resets a form after its action, and typed text
 * must survive a refusal. "Klaar voor verzending" saves first, so nothing
 * typed is lost when something is still missing.
 */
export function DuoReportForm({ reportId, fields }: { reportId: string; fields: TDuoHumanFields }) {
  const [state, action, pending] = useActionState(saveDuoReportAction, INITIAL_FORM_STATE);
  const [values, setValues] = useState<Values>(() => toValues(fields));
  const form = useFocusFirstInvalid(state);
  const set = (name: keyof Values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));
  const describe = (name: string, hint?: boolean) => [hint ? `duo-${name}-hint` : null, state.errors[name] ? `duo-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const control = (name: TextField, hint = false) => ({
    id: `duo-${name}`,
    name,
    value: values[name],
    onChange: set(name),
    "aria-invalid": Boolean(state.errors[name]),
    "aria-describedby": describe(name, hint),
    className: inputClass,
  });
  const label = (name: TextField, text: string, required = true) => (
    <label htmlFor={`duo-${name}`} className="block text-sm font-medium">
      {text} {required ? null : <span className="font-normal text-slate-600">(niet verplicht)</span>}
    </label>
  );

  return (
    <form ref={form} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      {state.errors.pupilNumber ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{state.errors.pupilNumber.join(" ")}</p> : null}

      <div>
        {label("suspectedReason", DUO_FIELD.suspectedReason)}
        <p id="duo-suspectedReason-hint" className="text-sm text-slate-600">Wat denkt de school dat er speelt? Schrijf feitelijk: de leerling en de ouders kunnen dit lezen.</p>
        <textarea rows={3} {...control("suspectedReason", true)} />
        <FieldError id="duo-suspectedReason-error" errors={state.errors.suspectedReason} />
      </div>
      <div>
        {label("actionsTaken", DUO_FIELD.actionsTaken)}
        <p id="duo-actionsTaken-hint" className="text-sm text-slate-600">Gesprekken, brieven, afspraken, verwijzingen — met datum.</p>
        <textarea rows={3} {...control("actionsTaken", true)} />
        <FieldError id="duo-actionsTaken-error" errors={state.errors.actionsTaken} />
      </div>

      <fieldset aria-describedby={describe("municipalityActionWanted")}>
        <legend className="text-sm font-medium">{DUO_FIELD.municipalityActionWanted}</legend>
        <div className="mt-1 flex gap-6">
          {(["ja", "nee"] as const).map((choice) => (
            <label key={choice} className="flex items-center gap-2 py-1">
              <input type="radio" name="municipalityActionWanted" value={choice} checked={values.municipalityActionWanted === choice}
                onChange={set("municipalityActionWanted")} className="h-5 w-5" />
              {choice === "ja" ? "Ja" : "Nee"}
            </label>
          ))}
        </div>
        <FieldError id="duo-municipalityActionWanted-error" errors={state.errors.municipalityActionWanted} />
      </fieldset>
      {values.municipalityActionWanted === "nee" ? (
        <div>
          {label("municipalityActionExplanation", "Toelichting: waarom geen actie van de gemeente?")}
          <textarea rows={2} {...control("municipalityActionExplanation")} />
          <FieldError id="duo-municipalityActionExplanation-error" errors={state.errors.municipalityActionExplanation} />
        </div>
      ) : null}

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{DUO_FIELD.reporter}</legend>
        <p className="text-sm text-slate-600">Een echte contactpersoon voor de leerplichtambtenaar, bijvoorbeeld de mentor.</p>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {([
            ["reporterName", "Naam", "text", "name"],
            ["reporterFunction", "Functie", "text", "organization-title"],
            ["reporterPhone", "Telefoonnummer", "tel", "tel"],
            ["reporterEmail", "E-mail", "email", "email"],
          ] as const).map(([name, text, type, autoComplete]) => (
            <div key={name}>
              {label(name, text)}
              <input type={type} autoComplete={autoComplete} {...control(name)} />
              <FieldError id={`duo-${name}-error`} errors={state.errors[name]} />
            </div>
          ))}
        </div>
      </fieldset>

      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          {label("contactPhone", DUO_FIELD.contactPhone, false)}
          <input type="tel" {...control("contactPhone")} />
          <FieldError id="duo-contactPhone-error" errors={state.errors.contactPhone} />
        </div>
        <div>
          {label("differentAddress", "Afwijkend verblijfadres", false)}
          <p id="duo-differentAddress-hint" className="text-sm text-slate-600">Alleen als de leerling ergens anders woont dan in de basisregistratie personen staat.</p>
          <input type="text" {...control("differentAddress", true)} />
          <FieldError id="duo-differentAddress-error" errors={state.errors.differentAddress} />
        </div>
      </div>

      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="ready" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Klaar voor verzending"}</button>
        <button type="submit" name="intent" value="save" disabled={pending} className={secondaryButtonClass}>Opslaan als concept</button>
      </div>
    </form>
  );
}
