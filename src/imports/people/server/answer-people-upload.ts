import "server-only";
import { z } from "zod";
import { authorize } from "@/auth/authorize";
import type { Actor } from "@/auth/load-actor";
import type { Permission } from "@/auth/permissions";
import { AppError, httpStatusOf, isAppError } from "@/errors/app-error";
import { PEOPLE_IMPORT_BODY_LIMIT } from "@/http/body-limits";
import { checkApiRequest } from "@/http/read-api-input";
import { readUploadForm } from "@/http/read-upload-form";
import { tooLargeMessage } from "../read-people-file";
import { ZPeopleUploadSchema } from "../schemas";
import { previewPeopleImport } from "./preview-people-import";
import { log } from "@/observability/log";

const ANYTHING = z.null();

/**
 * SECURITY-CRITICAL: POST /api/imports/people, an export file to preview (decision 144). Origin →
 * session → permission (before a byte of the body is read) → the upload reader (multipart only, at most
 * 10 MB and a little, counted while reading) → zod → `previewPeopleImport`. Answers `{ id, message }`
 * or `{ error: { code, message, fields } }` with the status of its code, like every JSON route.
 */
export async function answerPeopleUpload(request: Request, context: { permission: Permission; publicOrigin: string | null; actor: () => Promise<Actor | null>; now?: Date }): Promise<Response> {
  try {
    checkApiRequest(request, {}, { publicOrigin: context.publicOrigin });
    const actor = await context.actor();
    await authorize(actor, { permission: context.permission, schema: ANYTHING, input: null }, async () => null);
    const { fields, files } = await readUploadForm(request, { limit: PEOPLE_IMPORT_BODY_LIMIT, publicOrigin: context.publicOrigin }).catch((error: unknown) => {
      if (isAppError(error) && error.code === "TOO_LARGE") throw new AppError("TOO_LARGE", tooLargeMessage(Number(request.headers.get("content-length")) || PEOPLE_IMPORT_BODY_LIMIT + 1), { file: ["Hoogstens 10 MB."] });
      throw error;
    });
    if (files.length > 1) throw new AppError("INVALID_INPUT", "Kies één bestand per import.", { file: ["Eén bestand."] });
    const input = { ...fields, file: files.find((f) => f.field === "file")?.file };
    const result = await authorize(actor, { permission: context.permission, schema: ZPeopleUploadSchema, input }, async ({ actor: a, input: upload }) => {
      if (upload.file.size > PEOPLE_IMPORT_BODY_LIMIT) throw new AppError("TOO_LARGE", tooLargeMessage(upload.file.size), { file: ["Hoogstens 10 MB."] });
      const bytes = new Uint8Array(await upload.file.arrayBuffer());
      return previewPeopleImport({ actor: a, kind: upload.kind, fileName: upload.file.name, bytes, endDate: upload.endDate, complete: upload.complete, now: context.now });
    });
    return Response.json({ id: result.id, message: result.preview.problem ?? "Het voorbeeld staat klaar." });
  } catch (error) {
    if (isAppError(error)) {
      return Response.json({ error: { code: error.code, message: error.message, fields: error.fieldErrors ?? {} } }, { status: httpStatusOf(error) });
    }
    log.error("Onverwachte fout bij het inlezen van personen", { error });
    return Response.json({ error: { code: "INTERNAL", message: "Er ging iets mis bij het lezen van het bestand. Probeer het opnieuw.", fields: {} } }, { status: 500 });
  }
}
