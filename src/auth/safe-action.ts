import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { publicOrigin } from "@/http/public-origin";
import { currentActor } from "./current-actor";
import type { FormState } from "./form-state";
import { type FormActionDefinition, runFormAction } from "./run-form-action";

/**
 * A server action for a form used with `useActionState`: this request's
 * headers and session, through `runFormAction` (origin, unsafe text, session,
 * permission, zod, the use case). The body's size and type are checked before
 * that by proxy.ts (src/http/page-write-refusal.ts, docs/decisions/106-input-limits.md).
 */
export function defineFormAction<TSchema extends z.ZodType>(
  definition: FormActionDefinition<TSchema>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) =>
    runFormAction(definition, formData, { headers: await headers(), publicOrigin: publicOrigin(), actor: currentActor });
}
