/**
 * GET /api/health — liveness: 200 while this process serves requests. Asks nothing of the database (a database
 * outage is readiness's business; a restart of the app would not cure it). Public: decision 162.
 */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
