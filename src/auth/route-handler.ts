import "server-only";
import type { z } from "zod";
import { publicOrigin } from "@/http/public-origin";
import { answerRoute, type RouteDefinition } from "./answer-route";
import { currentActor } from "./current-actor";

/**
 * A JSON route handler behind the same wrapper as the server actions: this
 * request's session, through `answerRoute` (origin, content type, size,
 * unsafe text, session, permission, zod, the use case).
 */
export function defineRoute<TSchema extends z.ZodType, TResult>(
  definition: RouteDefinition<TSchema, TResult>,
): (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> {
  return async (request, context) =>
    answerRoute(definition, request, await context.params, { publicOrigin: publicOrigin(), actor: currentActor });
}
