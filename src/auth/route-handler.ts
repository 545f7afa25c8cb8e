import "server-only";
import type { z } from "zod";
import { AppError, httpStatusOf, isAppError } from "@/errors/app-error";
import { authorize, type UseCase } from "./authorize";
import { currentActor } from "./current-actor";
import type { Permission } from "./permissions";

/**
 * A JSON route handler behind the same wrapper as the server actions. The
 * input is the JSON body (or the query string for GET); errors become
 * `{ error: { code, message, fields } }` with the status of their code.
 */
export function defineRoute<TSchema extends z.ZodType, TResult>(definition: {
  permission: Permission;
  schema: TSchema;
  run: UseCase<z.infer<TSchema>, TResult>;
}): (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> {
  return async (request, context) => {
    try {
      // Path parameters (e.g. the lesson id) win over anything in the body.
      const input = { ...(await readInput(request)), ...(await context.params) };
      const result = await authorize(await currentActor(), { ...definition, input }, definition.run);
      return Response.json(result ?? null);
    } catch (error) {
      if (isAppError(error)) {
        return Response.json(
          { error: { code: error.code, message: error.message, fields: error.fieldErrors ?? {} } },
          { status: httpStatusOf(error) },
        );
      }
      if (error instanceof SyntaxError) {
        return Response.json({ error: { code: "INVALID_INPUT", message: "De inhoud is geen geldige JSON.", fields: {} } }, { status: 400 });
      }
      console.error("Unexpected error in route handler", error);
      return Response.json({ error: { code: "INTERNAL", message: "Er ging iets mis. Probeer het opnieuw.", fields: {} } }, { status: 500 });
    }
  };
}

async function readInput(request: Request): Promise<Record<string, unknown>> {
  if (request.method === "GET" || request.method === "HEAD") {
    return Object.fromEntries(new URL(request.url).searchParams.entries());
  }
  const text = await request.text();
  const body: unknown = text === "" ? {} : JSON.parse(text);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("INVALID_INPUT", "De inhoud moet een JSON-object zijn.");
  }
  return body as Record<string, unknown>;
}
