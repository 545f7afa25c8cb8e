import type { z } from "zod";
import { AppError } from "@/errors/app-error";
import { can, type Permission } from "./permissions";
import type { Actor } from "./load-actor";

export type UseCase<TInput, TResult> = (args: { actor: Actor; input: TInput }) => Promise<TResult>;

/**
 * SECURITY-CRITICAL: the one path from a request to a use case, shared by
 * server actions and route handlers: session → membership (the actor) →
 * permission → zod input → use case. The use case scopes every query by
 * `actor.schoolId`; nothing in `input` can name a school.
 */
export async function authorize<TSchema extends z.ZodType, TResult>(
  actor: Actor | null,
  request: { permission: Permission; schema: TSchema; input: unknown },
  run: UseCase<z.infer<TSchema>, TResult>,
): Promise<TResult> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Je bent niet (meer) ingelogd. Log opnieuw in.");
  if (actor.mustEnrolTwoStep && !can(actor, request.permission)) throw new AppError("FORBIDDEN", TWO_STEP_FIRST);
  if (!can(actor, request.permission)) throw new AppError("FORBIDDEN", "Je hebt geen toegang tot deze actie.");
  const parsed = request.schema.safeParse(request.input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "_";
      (fieldErrors[field] ??= []).push(issue.message);
    }
    throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", fieldErrors);
  }
  return run({ actor, input: parsed.data });
}

export const TWO_STEP_FIRST = "Stel eerst tweestapsverificatie in via Mijn account. Voor jouw rol is dat verplicht; daarna kun je weer verder.";
