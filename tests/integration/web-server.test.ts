import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// scripts/serve.mjs's web server with two processes (WEB_CONCURRENCY=2) around a plain handler
// (tests/helpers/web-server-fixture.mjs; a production build of the app takes minutes): the JSON line per request
// with its id and route pattern and no personal data, the id in the app's own lines, the request-duration
// histogram of both processes in /api/metrics, and a graceful stop on SIGTERM (decisions 166-168).
const root = path.resolve(import.meta.dirname, "../..");

type TLine = Record<string, unknown>;
let child: ChildProcess;
let port: number;
let stdout = "";
let stderr = "";
let exit: Promise<number | null>;

const lines = (): TLine[] => `${stdout}${stderr}`.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as TLine);

beforeAll(async () => {
  port = await freePort();
  child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "tests/helpers/web-server-fixture.mjs", String(port)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", WEB_CONCURRENCY: "2" },
  });
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  exit = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  await waitFor(() => lines().some((line) => String(line.msg).startsWith("Webserver luistert")), "the web server listens");
  // Both processes up (each has served a request): until then the cluster's primary hands everything to the one that is.
  await waitFor(async () => {
    await get("/verzuim/leerling/opstart");
    return new Set(lines().filter((l) => l.msg === "request").map((l) => l.pid)).size === 2;
  }, "both web processes serve");
}, 60_000);

afterAll(() => {
  if (child?.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

describe("the web server's request lines", () => {
  it("logs one JSON line per request with its id and route pattern, and no id, query string or address of the request", async () => {
    const response = await get("/verzuim/leerling/cm-pupil-4711?q=geheim&email=jan%40school.nl", { "X-Request-Id": "test-request-0001" });
    expect(response).toMatchObject({ status: 200, requestId: "test-request-0001" });

    const line = await waitFor(() => lines().find((l) => l.msg === "request" && l.requestId === "test-request-0001"), "the request's line");
    expect(Object.keys(line)).toEqual(["time", "level", "msg", "requestId", "method", "route", "status", "durationMs", "pid"]);
    expect(line).toMatchObject({ level: "info", method: "GET", route: "/verzuim/leerling/[pupilId]", status: 200 });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(new Date(String(line.time)).toISOString()).toBe(line.time);
    // The app's own line, written after an await inside the handler, carries the same id.
    expect(lines().find((l) => l.msg === "leerling geopend" && l.requestId === "test-request-0001")).toMatchObject({ level: "info", pid: line.pid });

    // Nothing of the request in any line; the client's address (here 127.0.0.1) in no request's line either.
    for (const personal of ["cm-pupil-4711", "geheim", "jan", "school.nl"]) expect(`${stdout}${stderr}`).not.toContain(personal);
    expect(JSON.stringify(lines().filter((l) => l.requestId))).not.toContain("127.0.0.1");
  });

  it("replaces an unsafe incoming request id by a new one", async () => {
    const response = await get("/verzuim/leerling/x", { "X-Request-Id": "jan@school.nl" });
    expect(response.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => lines().find((l) => l.msg === "request" && l.requestId === response.requestId), "the line with the new id");
    expect(`${stdout}${stderr}`).not.toContain("jan@school.nl");
  });

  it("calls a path that is no route unmatched", async () => {
    const { requestId } = await get("/wp-login.php?user=admin");
    const line = await waitFor(() => lines().find((l) => l.requestId === requestId), "the line");
    expect(line).toMatchObject({ route: "unmatched", status: 404 });
  });
});

describe("/api/metrics under the web server", () => {
  it("holds the request durations per route of every web process together", async () => {
    const served = () => lines().filter((l) => l.msg === "request" && l.route === "/verzuim/leerling/[pupilId]");
    const before = served().length;
    for (let i = 0; i < 6; i++) await get(`/verzuim/leerling/pupil-${i}`);
    // A process counts a request when its response is done, a moment after the client has it.
    await waitFor(() => served().length === before + 6, "all six requests are counted");
    // Each on a new connection: the cluster's primary hands them round both processes.
    expect(new Set(served().map((l) => l.pid)).size).toBe(2);

    const { body } = await get("/api/metrics");
    const count = body.match(/^aanwezig_http_request_duration_seconds_count\{route="\/verzuim\/leerling\/\[pupilId\]",method="GET",status_class="2xx"\} (\d+)$/m);
    expect(Number(count?.[1])).toBe(served().length);
    expect(body).toMatch(/^aanwezig_http_request_duration_seconds_bucket\{le="0\.005",route="unmatched",method="GET",status_class="4xx"\} \d+$/m);
    // The app's own gauges follow the web processes' metrics, and the Node.js metrics appear once, added up.
    expect(body).toContain("aanwezig_signal_queue_stats_up 0");
    expect(body.match(/^# TYPE process_resident_memory_bytes gauge$/gm)).toHaveLength(1);
    expect(body).not.toMatch(/pupil-\d/);
  });
});

describe("stopping the web server", () => {
  it("lets a request in hand finish after SIGTERM, then exits 0", async () => {
    const slow = get("/traag");
    await waitFor(() => lines().some((l) => l.msg === "traag verzoek begonnen"), "the slow request runs");
    child.kill("SIGTERM");
    expect(await slow).toMatchObject({ status: 200, body: "klaar" });
    expect(await exit).toBe(0);
    expect(lines().find((l) => l.msg === "request" && l.route === "/traag")).toMatchObject({ status: 200 });
    expect(stderr).not.toMatch(/"level":"(warn|error)"/);
  }, 40_000);
});

/** A request on a connection of its own (no keep-alive), so that the cluster's primary chooses its process. */
function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; requestId: string | undefined }> {
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path: pathname, headers, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, requestId: response.headers["x-request-id"] as string | undefined }));
    }).on("error", reject);
  });
}

async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve(check()).catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = server.address() as net.AddressInfo;
      server.close(() => resolve(free));
    }).on("error", reject);
  });
}
