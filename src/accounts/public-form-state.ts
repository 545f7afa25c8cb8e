/** A public form's answer: like FormState, with what the page needs next (the address to log in with). */
export type PublicFormState = { ok: boolean; message: string | null; errors: Record<string, string[]>; email?: string };
export const INITIAL_PUBLIC_FORM_STATE: PublicFormState = { ok: false, message: null, errors: {} };
