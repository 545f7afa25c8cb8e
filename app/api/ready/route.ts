import { checkReadiness } from "@/observability/server/check-readiness";
import { probePool } from "@/observability/server/probe-pool";

/**
 * GET /api/ready — readiness: 200 when the database answers and the signals queue is installed, else 503 with
 * the part that failed. Within about two seconds, also when the database hangs. Public, no personal data and no
 * addresses in the answer: decision 162.
 */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness({ pool: probePool() });
  return Response.json(readiness, { status: readiness.status === "ready" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
