import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { waitForDatabase } from "@/db/wait-for-database";

import { startRestartablePostgres, type RestartablePostgres } from "../helpers/restartable-postgres";

// `npm start` and `npm run worker` started before their PostgreSQL (decision 164): they wait for it with a
// line every few seconds, and start once it is up; a database that stays away, or that answers "no", stops
// them with one clear line.

let postgres: RestartablePostgres;

beforeAll(async () => {
  postgres = await startRestartablePostgres();
  await postgres.stop();
});
afterAll(() => postgres?.remove());

const until = async (done: () => boolean, what: string) => {
  const deadline = Date.now() + 20_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("waitForDatabase", () => {
  it("waits for a PostgreSQL that starts later, saying so, and resolves once it answers", async () => {
    const lines: string[] = [];
    let settled = false;
    const waiting = waitForDatabase(postgres.url, { waitSeconds: 60, retryMs: 200, log: (line) => lines.push(line) }).finally(() => (settled = true));
    await until(() => lines.length >= 2, "two waiting lines");
    expect(settled).toBe(false);
    expect(lines[0]).toBe(`Database nog niet bereikbaar op 127.0.0.1:${postgres.port} (ECONNREFUSED); opnieuw over 200 ms…`);

    await postgres.start();
    await expect(waiting).resolves.toBeUndefined();
    expect(lines.at(-1)).toMatch(/^Database bereikbaar na \d+ pogingen$/);
    await postgres.stop();
  });

  it("stops after DATABASE_WAIT_SECONDS with the reason and the setting to change", async () => {
    const lines: string[] = [];
    const started = Date.now();
    await expect(waitForDatabase(postgres.url, { waitSeconds: 1, retryMs: 200, log: (line) => lines.push(line) })).rejects.toThrow(
      new RegExp(`^Kan de database niet bereiken op DATABASE_URL \\(127\\.0\\.0\\.1:${postgres.port}\\): ECONNREFUSED \\(na 1 s wachten; zie DATABASE_WAIT_SECONDS\\)$`),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });

  it("does not wait for a database that answers 'no': a wrong password fails at once", async () => {
    await postgres.start();
    const url = new URL(postgres.url);
    url.password = "wrong-secret";
    const lines: string[] = [];
    const error = await waitForDatabase(url.toString(), { waitSeconds: 60, retryMs: 200, log: (line) => lines.push(line) }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/gebruikersnaam of wachtwoord onjuist \(28P01\)$/);
    expect((error as Error).message).not.toContain("wrong-secret");
    expect(lines).toEqual([]);
  });
});
