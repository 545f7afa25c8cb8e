import "server-only";
import type { z } from "zod";
import { isAppError } from "@/errors/app-error";
import { crossOriginRefusal } from "@/http/same-origin";
import { isUnsafeText } from "@/http/unsafe-text";
import { authorize, type UseCase } from "./authorize";
import type { FormState } from "./form-state";
import type { Actor } from "./load-actor";
import type { Permission } from "./permissions";
import { log } from "@/observability/log";

export type FormActionDefinition<TSchema extends z.ZodType> = {
  permission: Permission;
  schema: TSchema;
  run: UseCase<z.infer<TSchema>, string | FormResult>;
};

/** A use case's answer with values to show once (recovery codes), beside its message. */
export type FormResult = { message: string; shownOnce: string[] };

/**
 * SECURITY-CRITICAL: what every form action does (defineFormAction wires in
 * the request's headers and session; tests pass their own). In this order:
 * 1. a request from another site is refused (proxy.ts already answers one
 *    with a 403; this holds should the proxy ever miss one);
 * 2. a NUL character or lone surrogate in any field name or value is refused
 *    with its own message (PostgreSQL refuses NUL in text);
 * 3. session → permission → zod → the use case (`authorize`).
 * Returns a Dutch message and per-field errors; an unexpected error is logged
 * and shown as a calm generic message, never as a stack trace.
 */
export async function runFormAction<TSchema extends z.ZodType>(
  definition: FormActionDefinition<TSchema>,
  formData: FormData,
  request: { headers: Headers; publicOrigin: string | null; actor: () => Promise<Actor | null> },
): Promise<FormState> {
  try {
    const refusal = crossOriginRefusal("POST", request.headers, { publicOrigin: request.publicOrigin });
    if (refusal) return { ok: false, message: refusal, errors: {} };
    const unsafe = [...formData.entries()].filter(([key, value]) => isUnsafeText(key) || (typeof value === "string" && isUnsafeText(value)));
    if (unsafe.length > 0) {
      const errors = Object.fromEntries(unsafe.map(([key]) => [isUnsafeText(key) ? "_" : key, [UNSAFE_FIELD]]));
      return { ok: false, message: UNSAFE_MESSAGE, errors };
    }
    const input = Object.fromEntries(formData.entries());
    const result = await authorize(await request.actor(), { ...definition, input }, definition.run);
    return typeof result === "string" ? { ok: true, message: result, errors: {} } : { ok: true, message: result.message, errors: {}, shownOnce: result.shownOnce };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, errors: error.fieldErrors ?? {} };
    log.error("Onverwachte fout in een formulieractie", { error });
    return { ok: false, message: "Er ging iets mis bij het opslaan. Probeer het opnieuw.", errors: {} };
  }
}

export const UNSAFE_MESSAGE = "Een veld bevat een teken dat niet kan worden opgeslagen (een NUL-teken of een ongeldig teken). Haal het weg en probeer het opnieuw.";
const UNSAFE_FIELD = "Bevat een teken dat niet kan worden opgeslagen.";
