/** What a form action returns to `useActionState`. */
export type FormState = { ok: boolean; message: string | null; errors: Record<string, string[]> };
export const INITIAL_FORM_STATE: FormState = { ok: false, message: null, errors: {} };
