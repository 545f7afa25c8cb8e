import "server-only";
import { z } from "zod";
import { authorize } from "@/auth/authorize";
import type { Actor } from "@/auth/load-actor";
import type { Permission } from "@/auth/permissions";
import { httpStatusOf, isAppError } from "@/errors/app-error";
import { TIMETABLE_UPLOAD_BODY_LIMIT } from "@/http/body-limits";
import { checkApiRequest } from "@/http/read-api-input";
import { readUploadForm } from "@/http/read-upload-form";
import { ZTimetableUploadSchema } from "../schemas";
import { previewTimetableImport } from "./preview-timetable-import";
import { log } from "@/observability/log";

const ANYTHING = z.null();

/**
 * SECURITY-CRITICAL: POST /api/imports/timetable, the timetable file(s) for a preview (decision 148).
 * Origin → session → permission, before a byte of the body is read → the upload reader (multipart only,
 * at most 50 MB counted while reading, no NUL in a field) → zod → the preview, which writes only the
 * pending import. Answers `{ id, preview }`, or `{ error: { code, message, fields } }`.
 */
export async function answerTimetableUpload(request: Request, context: { permission: Permission; publicOrigin: string | null; actor: () => Promise<Actor | null> }): Promise<Response> {
  try {
    checkApiRequest(request, {}, { publicOrigin: context.publicOrigin });
    const actor = await context.actor();
    await authorize(actor, { permission: context.permission, schema: ANYTHING, input: null }, async () => null);
    const { fields, files } = await readUploadForm(request, { limit: TIMETABLE_UPLOAD_BODY_LIMIT, publicOrigin: context.publicOrigin });
    const result = await authorize(actor, { permission: context.permission, schema: ZTimetableUploadSchema, input: fields }, async ({ actor: a, input }) => {
      const read = await Promise.all(files.filter((f) => f.field === "files").map(async ({ file }) => ({ name: file.name.slice(0, 200) || "bestand", bytes: new Uint8Array(await file.arrayBuffer()) })));
      return previewTimetableImport({ actor: a, format: input.format, files: read, from: input.from });
    });
    return Response.json(result);
  } catch (error) {
    if (isAppError(error)) {
      return Response.json({ error: { code: error.code, message: error.message, fields: error.fieldErrors ?? {} } }, { status: httpStatusOf(error) });
    }
    log.error("Onverwachte fout bij het inlezen van een rooster", { error });
    return Response.json({ error: { code: "INTERNAL", message: "Er ging iets mis bij het inlezen. Probeer het opnieuw.", fields: {} } }, { status: 500 });
  }
}
