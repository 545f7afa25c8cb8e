import { authorize } from "@/auth/authorize";
import { currentActor } from "@/auth/current-actor";
import { httpStatusOf, isAppError } from "@/errors/app-error";
import { publicOrigin } from "@/http/public-origin";
import { checkApiRequest } from "@/http/read-api-input";
import { ZLetterPdfParamsSchema } from "@/letters/schemas";
import { getLetterPdf } from "@/letters/server/get-letter-pdf";
import { log } from "@/observability/log";

/**
 * GET /api/letters/:id/pdf — a kept letter as a PDF download. Behind the one
 * wrapper (permission case-file:view), then the record and tenant scope of
 * `getLetterPdf`. Not `defineRoute`, which answers JSON: this answers the
 * file, and errors as JSON with the status of their code.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const params = await context.params;
    // Same origin only; no NUL byte in the path or query (src/http/read-api-input.ts).
    checkApiRequest(request, params, { publicOrigin: publicOrigin() });
    const { pdf, fileName } = await authorize(
      await currentActor(),
      { permission: "case-file:view", schema: ZLetterPdfParamsSchema, input: params },
      ({ actor, input }) => getLetterPdf({ actor, letterId: input.id }),
    );
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Content-Length": String(pdf.byteLength),
        // Personal data: never kept by a shared cache or the browser's back/forward cache.
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      return Response.json({ error: { code: error.code, message: error.message, fields: error.fieldErrors ?? {} } }, { status: httpStatusOf(error) });
    }
    log.error("Onverwachte fout bij het downloaden van een brief", { error });
    return Response.json({ error: { code: "INTERNAL", message: "Er ging iets mis. Probeer het opnieuw.", fields: {} } }, { status: 500 });
  }
}
