import { authorize } from "@/auth/authorize";
import { currentActor } from "@/auth/current-actor";
import { appNow } from "@/calendar/app-clock";
import { httpStatusOf, isAppError } from "@/errors/app-error";
import { publicOrigin } from "@/http/public-origin";
import { checkApiRequest } from "@/http/read-api-input";
import { ZExportDuoReportSchema } from "@/duo-reports/schemas";
import { exportDuoReport } from "@/duo-reports/server/export-duo-report";
import { log } from "@/observability/log";

/**
 * A report as a file download (pdf, json, csv, csv-specificatie), behind the
 * same wrapper as every action: session → membership → duo-reports:manage →
 * zod → the use case, which scopes the report to the actor's school.
 * `defineRoute` answers JSON only, hence this small handler; its errors have
 * defineRoute's shape.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string; format: string }> }): Promise<Response> {
  try {
    const { id, format } = await context.params;
    // Same origin only; no NUL byte in the path or query (src/http/read-api-input.ts).
    checkApiRequest(request, { id, format }, { publicOrigin: publicOrigin() });
    const file = await authorize(
      await currentActor(),
      { permission: "duo-reports:manage", schema: ZExportDuoReportSchema, input: { reportId: id, format } },
      ({ actor, input }) => exportDuoReport({ actor, input, now: appNow() }),
    );
    return new Response(new Blob([file.body as Uint8Array<ArrayBuffer>]), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        // Sensitive: never kept by a shared cache or the browser's.
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      return Response.json({ error: { code: error.code, message: error.message, fields: error.fieldErrors ?? {} } }, { status: httpStatusOf(error) });
    }
    log.error("Onverwachte fout bij het exporteren van een DUO-melding", { error });
    return Response.json({ error: { code: "INTERNAL", message: "Er ging iets mis. Probeer het opnieuw.", fields: {} } }, { status: 500 });
  }
}
