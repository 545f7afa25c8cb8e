/** What a form action returns to `useActionState`. */
/** `shownOnce`: values the person sees this one time only (new recovery codes); never stored in readable form. */
export type FormState = { ok: boolean; message: string | null; errors: Record<string, string[]>; shownOnce?: string[] };
export const INITIAL_FORM_STATE: FormState = { ok: false, message: null, errors: {} };
