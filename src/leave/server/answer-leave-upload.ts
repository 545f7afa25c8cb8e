import "server-only";
import { z } from "zod";
import { authorize } from "@/auth/authorize";
import type { Actor } from "@/auth/load-actor";
import type { Permission } from "@/auth/permissions";
import { httpStatusOf, isAppError } from "@/errors/app-error";
import { checkApiRequest } from "@/http/read-api-input";
import { readUploadForm } from "@/http/read-upload-form";
import { ZRequestLeaveSchema } from "../schemas";
import { requestLeave } from "./request-leave";
import { log } from "@/observability/log";

/**
 * SECURITY-CRITICAL: POST /api/leave-requests, a leave request with its files
 * (decision 126). Origin → session → permission (before a byte of the body
 * is read) → the upload's reader (multipart only, its own size limit, no
 * NUL) → zod → the use case. Answers `{ id, message }`, or `{ error: { code, message, fields } }`
 * with the status of its code, like every JSON route.
 */
const ANYTHING = z.null();

export async function answerLeaveUpload(request: Request, context: { permission: Permission; publicOrigin: string | null; actor: () => Promise<Actor | null> }): Promise<Response> {
  try {
    // Who asks comes before the body: an upload of megabytes is read for a person who may send it, nobody else.
    checkApiRequest(request, {}, { publicOrigin: context.publicOrigin });
    const actor = await context.actor();
    await authorize(actor, { permission: context.permission, schema: ANYTHING, input: null }, async () => null);
    const { fields, files } = await readUploadForm(request, { publicOrigin: context.publicOrigin });
    const input = { ...fields, attachments: files.filter((f) => f.field === "attachments").map((f) => f.file) };
    const result = await authorize(actor, { permission: context.permission, schema: ZRequestLeaveSchema, input }, requestLeave);
    return Response.json(result);
  } catch (error) {
    if (isAppError(error)) {
      return Response.json({ error: { code: error.code, message: error.message, fields: error.fieldErrors ?? {} } }, { status: httpStatusOf(error) });
    }
    log.error("Onverwachte fout in een verlofaanvraag", { error });
    return Response.json({ error: { code: "INTERNAL", message: "Er ging iets mis. Probeer het opnieuw.", fields: {} } }, { status: 500 });
  }
}
