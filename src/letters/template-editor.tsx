"use client";

import type { LetterKind } from "@/db/generated/prisma/enums";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { Field, fieldProps } from "@/case-file/form-field";
import { useFormAction } from "@/case-file/use-form-action";
import { saveLetterTemplateAction } from "./actions";

/** One template of the school: its name, subject and body with {{placeholders}}. Unknown placeholders are refused on save, by name. */
export function TemplateEditor({ template }: { template: { kind: LetterKind; name: string; subject: string; body: string } }) {
  const { state, pending, onSubmit } = useFormAction(saveLetterTemplateAction);
  const form = `sjabloon-${template.kind.toLowerCase()}`;
  const f = (name: string) => fieldProps(form, name, state);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="kind" value={template.kind} />
      <Field form={form} name="name" label="Naam" state={state}>
        <input type="text" defaultValue={template.name} required {...f("name")} />
      </Field>
      <Field form={form} name="subject" label="Onderwerp (Betreft)" state={state}>
        <input type="text" defaultValue={template.subject} required {...f("subject")} />
      </Field>
      <Field form={form} name="body" label="Tekst" state={state} hint="Een lege regel begint een nieuwe alinea. De ondertekening (naam en functie) komt er vanzelf onder.">
        <textarea rows={16} defaultValue={template.body} required {...f("body")} className={`${f("body").className} font-mono text-sm`} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Sjabloon opslaan"}</button>
    </form>
  );
}
