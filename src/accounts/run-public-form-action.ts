import "server-only";
import type { z } from "zod";
import { UNSAFE_MESSAGE } from "@/auth/run-form-action";
import { isAppError } from "@/errors/app-error";
import { crossOriginRefusal } from "@/http/same-origin";
import { isUnsafeText } from "@/http/unsafe-text";
import type { PublicFormState } from "./public-form-state";
import { log } from "@/observability/log";


/**
 * SECURITY-CRITICAL: the wrapper of a form action that works without a session
 * (choosing a password through an invitation link; the link's token is the
 * authority, checked by the use case). Everything runFormAction does except
 * session and permission: another site's request refused, NUL characters
 * refused, zod, then the use case; a Dutch message, never a stack trace.
 */
export async function runPublicFormAction<TSchema extends z.ZodType>(
  definition: { schema: TSchema; run: (input: z.infer<TSchema>) => Promise<{ message: string; email?: string }> },
  formData: FormData,
  request: { headers: Headers; publicOrigin: string | null },
): Promise<PublicFormState> {
  try {
    const refusal = crossOriginRefusal("POST", request.headers, { publicOrigin: request.publicOrigin });
    if (refusal) return { ok: false, message: refusal, errors: {} };
    const unsafe = [...formData.entries()].filter(([key, value]) => isUnsafeText(key) || (typeof value === "string" && isUnsafeText(value)));
    if (unsafe.length > 0) return { ok: false, message: UNSAFE_MESSAGE, errors: Object.fromEntries(unsafe.map(([key]) => [isUnsafeText(key) ? "_" : key, ["Bevat een teken dat niet kan worden opgeslagen."]])) };
    const parsed = definition.schema.safeParse(Object.fromEntries(formData.entries()));
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_"] ??= []).push(issue.message);
      return { ok: false, message: "Niet alle velden zijn goed ingevuld.", errors };
    }
    const result = await definition.run(parsed.data);
    return { ok: true, message: result.message, errors: {}, email: result.email };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, errors: error.fieldErrors ?? {} };
    log.error("Onverwachte fout in een openbare formulieractie", { error });
    return { ok: false, message: "Er ging iets mis bij het opslaan. Probeer het opnieuw.", errors: {} };
  }
}
