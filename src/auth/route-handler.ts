import "server-only";
import type { z } from "zod";
import { httpStatusOf, isAppError } from "@/errors/app-error";
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
}): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const input = await readInput(request);
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

async function readInput(request: Request): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") {
    return Object.fromEntries(new URL(request.url).searchParams.entries());
  }
  const text = await request.text();
  return text === "" ? {} : JSON.parse(text);
}
