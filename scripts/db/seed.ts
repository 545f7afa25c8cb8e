// `npm run db:seed [-- --today YYYY-MM-DD] [--seed N]`: the demo schools in
// the database of DATABASE_URL, or in the embedded one (.data/postgres) when
// it is unset. Applies the migrations first; does nothing when the demo
// schools are already there. Prints the demo log-ins. BSNs are written with
// the key `npm start` uses: BSN_ENCRYPTION_KEY, or the key file beside the
// embedded database.
import path from "node:path";
import { parseArgs } from "node:util";

import { encryptPlaintextBsns } from "@/bsn/encrypt-plaintext-bsns";
import { localBsnKey } from "@/bsn/local-bsn-key";
import { schoolToday } from "@/calendar/school-time";
import { applyMigrations } from "@/db/migrate";
import { EMBEDDED_DATA_PATH, fromRepoRoot } from "@/db/paths";
import { seedDemo, type DemoLoginWithPassword } from "@/demo/write-demo-data";
import { ZEnvSchema } from "@/env";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { today: { type: "string" }, seed: { type: "string" } } });
  const settings = ZEnvSchema.pick({ DATABASE_URL: true, EMBEDDED_POSTGRES_PORT: true, APP_NOW: true }).parse(process.env);
  const today = values.today ?? schoolToday("Europe/Amsterdam", settings.APP_NOW ? new Date(settings.APP_NOW) : new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today moet JJJJ-MM-DD zijn, niet "${today}"`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);

  const started = performance.now();
  let logins: DemoLoginWithPassword[];
  if (settings.DATABASE_URL) {
    if (!process.env.BSN_ENCRYPTION_KEY) throw new Error("BSN_ENCRYPTION_KEY ontbreekt: verplicht met DATABASE_URL (zie README, Instellingen)");
    await applyMigrations({ connectionString: settings.DATABASE_URL });
    await encryptPlaintextBsns({ connectionString: settings.DATABASE_URL });
    logins = await seedDemo({ connectionString: settings.DATABASE_URL, today, seed });
  } else {
    process.env.BSN_ENCRYPTION_KEY ||= await localBsnKey(path.dirname(fromRepoRoot(EMBEDDED_DATA_PATH)));
    const { startEmbeddedPostgres } = await import("@/db/embedded");
    const server = await startEmbeddedPostgres({ port: settings.EMBEDDED_POSTGRES_PORT });
    try {
      await applyMigrations({ connectionString: server.connectionString });
      await encryptPlaintextBsns({ connectionString: server.connectionString });
      logins = await seedDemo({ connectionString: server.connectionString, today, seed });
    } finally {
      await server.stop();
    }
  }
  print(logins, today, performance.now() - started);
}

function print(logins: DemoLoginWithPassword[], today: string, ms: number): void {
  const rows = [["School", "Rol", "E-mail", "Wachtwoord"], ...logins.map((l) => [l.school, l.role, l.email, l.password])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  process.stdout.write(`Demodata tot en met ${today} (${(ms / 1000).toFixed(1)} s)\n\n${line(rows[0]!)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n`);
  for (const row of rows.slice(1)) process.stdout.write(`${line(row)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:seed mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
