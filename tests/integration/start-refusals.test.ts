import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm start` must refuse to start, with one clear line and exit code 1, rather
// than serve pages that fail on their first query.
const root = path.resolve(import.meta.dirname, "../..");
// A well-formed BSN key (id:base64 of 32 bytes), so that the refusal under test is the one reached.
const BSN_KEY = `test:${Buffer.alloc(32, 7).toString("base64")}`;

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

describe("npm start refuses to start", () => {
  it("when DATABASE_URL points at a database that does not answer, after waiting DATABASE_WAIT_SECONDS for it", () => {
    const { code, stderr, stdout } = start({
      DATABASE_URL: "postgresql://app:secret@127.0.0.1:1/aanwezig", AUTH_SECRET: "x".repeat(40), BSN_ENCRYPTION_KEY: BSN_KEY, DATABASE_WAIT_SECONDS: "3",
    });
    expect(code).toBe(1);
    // It waited, and said so (decision 164); then it gave up with the reason and the setting.
    expect(stdout).toContain("Database nog niet bereikbaar op 127.0.0.1:1 (ECONNREFUSED); opnieuw over 2 s…");
    expect(stderr).toContain("Kan de database niet bereiken");
    expect(stderr).toContain("(na 3 s wachten; zie DATABASE_WAIT_SECONDS)");
    expect(stderr).toContain("127.0.0.1:1");
    expect(stderr).not.toContain("secret@");
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("when DATABASE_URL is set but AUTH_SECRET is missing or too short", () => {
    const missing = start({ DATABASE_URL: "postgresql://app@127.0.0.1:1/aanwezig" });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("AUTH_SECRET");
    const short = start({ DATABASE_URL: "postgresql://app@127.0.0.1:1/aanwezig", AUTH_SECRET: "kort" });
    expect(short.stderr).toContain("AUTH_SECRET moet minstens 32 tekens lang zijn");
  });

  it("when DATABASE_URL is set but BSN_ENCRYPTION_KEY is missing", () => {
    const { code, stderr } = start({ DATABASE_URL: "postgresql://app@127.0.0.1:1/aanwezig", AUTH_SECRET: "x".repeat(40) });
    expect(code).toBe(1);
    expect(stderr).toContain("BSN_ENCRYPTION_KEY ontbreekt");
  });

  it("when DATABASE_URL is not a PostgreSQL URL", () => {
    const { code, stderr } = start({ DATABASE_URL: "mysql://localhost/x", AUTH_SECRET: "x".repeat(40) });
    expect(code).toBe(1);
    expect(stderr).toContain("DATABASE_URL");
  });
});
