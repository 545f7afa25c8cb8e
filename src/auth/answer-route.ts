import "server-only";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/db/database-unavailable";
import { httpStatusOf, isAppError } from "@/errors/app-error";
import { databaseUnavailableResponse } from "@/http/database-unavailable-response";
import { readApiInput } from "@/http/read-api-input";
import { authorize, type UseCase } from "./authorize";
import type { Actor } from "./load-actor";
import type { Permission } from "./permissions";
import { log } from "@/observability/log";

export type RouteDefinition<TSchema extends z.ZodType, TResult> = {
  permission: Permission;
  schema: TSchema;
  run: UseCase<z.infer<TSchema>, TResult>;
};

/**
 * SECURITY-CRITICAL: what every JSON route does (defineRoute wires in the
 * session; tests pass their own). The input is the JSON body (or the query
 * string for GET), read by `readApiInput`: same origin only, JSON only, at
 * most JSON_BODY_LIMIT bytes, no NUL bytes or lone surrogates; path
 * parameters win over anything in it. Then session → permission → zod → the
 * use case (`authorize`). Errors become `{ error: { code, message, fields } }`
 * with the status of their code; a database that cannot be reached right now gives 503
 * `DATABASE_UNAVAILABLE` (decision 163), which the register page retries.
 */
export async function answerRoute<TSchema extends z.ZodType, TResult>(
  definition: RouteDefinition<TSchema, TResult>,
  request: Request,
  params: Record<string, string | string[]>,
  context: { publicOrigin: string | null; actor: () => Promise<Actor | null> },
): Promise<Response> {
  try {
    const input = { ...(await readApiInput(request, params, { publicOrigin: context.publicOrigin })), ...params };
    const result = await authorize(await context.actor(), { ...definition, input }, definition.run);
    return Response.json(result ?? null);
  } catch (error) {
    if (isAppError(error)) {
      return Response.json(
        { error: { code: error.code, message: error.message, fields: error.fieldErrors ?? {} } },
        { status: httpStatusOf(error) },
      );
    }
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(error);
    log.error("Onverwachte fout in een API-route", { error });
    return Response.json({ error: { code: "INTERNAL", message: "Er ging iets mis. Probeer het opnieuw.", fields: {} } }, { status: 500 });
  }
}
