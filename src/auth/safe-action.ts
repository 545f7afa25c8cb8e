import "server-only";
import type { z } from "zod";
import { isAppError } from "@/errors/app-error";
import { authorize, type UseCase } from "./authorize";
import { currentActor } from "./current-actor";
import type { Permission } from "./permissions";
import type { FormState } from "./form-state";


/**
 * A server action for a form used with `useActionState`. Returns a Dutch
 * message and per-field errors; an unexpected error is logged and shown as a
 * calm generic message, never as a stack trace.
 */
export function defineFormAction<TSchema extends z.ZodType>(definition: {
  permission: Permission;
  schema: TSchema;
  run: UseCase<z.infer<TSchema>, string>;
}): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    try {
      const input = Object.fromEntries(formData.entries());
      const message = await authorize(await currentActor(), { ...definition, input }, definition.run);
      return { ok: true, message, errors: {} };
    } catch (error) {
      if (isAppError(error)) return { ok: false, message: error.message, errors: error.fieldErrors ?? {} };
      console.error("Unexpected error in form action", error);
      return { ok: false, message: "Er ging iets mis bij het opslaan. Probeer het opnieuw.", errors: {} };
    }
  };
}
