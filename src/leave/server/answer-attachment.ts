import "server-only";
import { authorize } from "@/auth/authorize";
import { currentActor } from "@/auth/current-actor";
import type { Permission } from "@/auth/permissions";
import { httpStatusOf, isAppError } from "@/errors/app-error";
import { publicOrigin } from "@/http/public-origin";
import { checkApiRequest } from "@/http/read-api-input";
import { ZLeaveAttachmentParamsSchema } from "../schemas";
import { getLeaveAttachment } from "./get-leave-attachment";
import { log } from "@/observability/log";

/**
 * A leave request's attachment as a download, behind the one wrapper (the
 * route names the permission), then the record scope of `getLeaveAttachment`.
 * Sent as an attachment with its checked type and nosniff, never shown inline.
 */
export async function answerAttachment(request: Request, params: Record<string, string>, { permission, as }: { permission: Permission; as: "decider" | "requester" }): Promise<Response> {
  try {
    checkApiRequest(request, params, { publicOrigin: publicOrigin() });
    const file = await authorize(await currentActor(), { permission, schema: ZLeaveAttachmentParamsSchema, input: params }, ({ actor, input }) =>
      getLeaveAttachment({ actor, id: input.id, as }));
    const ascii = file.fileName.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "bijlage";
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Content-Length": String(file.data.byteLength),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: { code: error.code, message: error.message, fields: error.fieldErrors ?? {} } }, { status: httpStatusOf(error) });
    log.error("Onverwachte fout bij het downloaden van een bijlage bij verlof", { error });
    return Response.json({ error: { code: "INTERNAL", message: "Er ging iets mis. Probeer het opnieuw.", fields: {} } }, { status: 500 });
  }
}
