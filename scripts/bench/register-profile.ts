import pg from "pg";
import { cpuSnapshot, TICK_MS } from "./register-cpu";
import { marksBody, openRegister, pupilIdsOf, timedFetch } from "./register-http";
import type { LessonPool } from "./register-load";
import { round1, summarize } from "./register-stats";

// Where the time of one request goes: one teacher makes `count` requests of
// one kind while pg_stat_statements counts the SQL behind them (reset before
// each kind). Statements per request and database time per request, beside
// the request's time as the client saw it; the rest is Node.js (Next.js,
// next-auth, Prisma, React rendering) and the loopback network. Statements
// and CPU include what the requests set off in the background (a save queues
// a re-evaluation of the pupils' signals): the bench waits for it to finish.

/** Long enough for the job queue to pick up and finish what the last request queued. */
const SETTLE_MS = 2_000;

export interface StatementProfile {
  callsPerRequest: number;
  rowsPerRequest: number;
  meanMs: number;
  totalMsPerRequest: number;
  query: string;
}

export interface RequestProfile {
  request: string;
  requests: number;
  clientP50Ms: number;
  statementsPerRequest: number;
  /** Statements other than BEGIN/COMMIT/ROLLBACK/SAVEPOINT. */
  queriesPerRequest: number;
  dbMsPerRequest: number;
  /** Rows returned or written by all statements, per request. */
  rowsPerRequest: number;
  /** CPU time per request of the app (Node.js) and of PostgreSQL, from /proc: less sensitive to other work than wall time. */
  appCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  top: StatementProfile[];
}

export async function profileRequests(
  { baseUrl, connectionString, markedAt, appPid }: { baseUrl: string; connectionString: string; markedAt: () => Date; appPid: number },
  pool: LessonPool,
  count: number,
): Promise<RequestProfile[]> {
  const db = new pg.Client({ connectionString });
  await db.connect();
  try {
    await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    const lessons = Array.from({ length: count }, () => pool.take(1));
    if (lessons.some((l) => l === undefined)) throw new Error("not enough fresh lessons for the profile");
    const work = lessons as NonNullable<(typeof lessons)[number]>[];
    const pupils = new Map<string, string[]>();

    const measure = async (request: string, one: (w: (typeof work)[number]) => Promise<number>): Promise<RequestProfile> => {
      await db.query("SELECT pg_stat_statements_reset()");
      const times: number[] = [];
      const before = cpuSnapshot(appPid);
      for (const w of work) times.push(await one(w));
      // Work the requests started in the background (the signals job queue) belongs to them.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const after = cpuSnapshot(appPid);
      const { rows } = await db.query<{ query: string; calls: string; total: number; rows: string }>(
        `SELECT query, calls, total_exec_time AS total, rows FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query NOT ILIKE '%pg_stat_statements%'
          ORDER BY total_exec_time DESC`,
      );
      const n = work.length;
      const calls = (r: (typeof rows)[number]) => Number(r.calls);
      const isTransactionControl = (q: string) => /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(q);
      return {
        request,
        requests: n,
        clientP50Ms: summarize(times).p50Ms,
        statementsPerRequest: round1(rows.reduce((t, r) => t + calls(r), 0) / n),
        queriesPerRequest: round1(rows.filter((r) => !isTransactionControl(r.query)).reduce((t, r) => t + calls(r), 0) / n),
        dbMsPerRequest: round1(rows.reduce((t, r) => t + r.total, 0) / n),
        rowsPerRequest: round1(rows.reduce((t, r) => t + Number(r.rows), 0) / n),
        // Clock ticks are 10 ms: over 40 requests, a resolution of 0.25 ms per request.
        appCpuMsPerRequest: round1(((after.app - before.app) * TICK_MS) / n),
        postgresCpuMsPerRequest: round1(((after.postgres - before.postgres) * TICK_MS) / n),
        top: rows.map((r) => ({
          callsPerRequest: round1(calls(r) / n),
          rowsPerRequest: round1(Number(r.rows) / n),
          meanMs: round1(r.total / calls(r)),
          totalMsPerRequest: round1(r.total / n),
          query: r.query.replace(/\s+/g, " ").slice(0, 160),
        })),
      };
    };

    const ok = (result: Awaited<ReturnType<typeof timedFetch>>) => {
      if (!result.ok) throw new Error(`profile: ${result.error}`);
      return result;
    };
    const post = (w: (typeof work)[number], body: string) =>
      timedFetch(`${baseUrl}/api/lessons/${w.lesson.id}/marks`, { method: "POST", headers: { cookie: w.cookie, "content-type": "application/json" }, body }).then(ok);

    const profiles = [
      await measure("OPEN  GET /docent/les/:id + register", async (w) => {
        const result = ok(await openRegister(baseUrl, w.lesson.id, w.cookie));
        pupils.set(w.lesson.id, pupilIdsOf(result.text));
        return result.ms;
      }),
      await measure("SAVE  POST marks, 30 × PRESENT", async (w) =>
        (await post(w, marksBody(pupils.get(w.lesson.id)!.map((pupilId) => ({ pupilId, observation: "PRESENT", onlyIfUnmarked: true })), markedAt()))).ms,
      ),
      await measure("SAVE  POST marks, 1 × ABSENT", async (w) =>
        (await post(w, marksBody([{ pupilId: pupils.get(w.lesson.id)![2]!, observation: "ABSENT" }], markedAt()))).ms,
      ),
      await measure("(REFRESH GET /api/lessons/:id/register)", async (w) =>
        ok(await timedFetch(`${baseUrl}/api/lessons/${w.lesson.id}/register`, { headers: { cookie: w.cookie } })).ms,
      ),
    ];
    return profiles;
  } finally {
    await db.end();
  }
}
