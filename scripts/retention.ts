// `npm run retention [-- --dry-run]`: the retention pass (decision 114) now, over every school of the
// database of DATABASE_URL, or of the embedded one (.data/postgres) when it is unset; prints per school
// what was removed (with --dry-run: what would be). The signals worker runs the same pass every night at 02:00.
// Run under the "react-server" condition (package.json), as the app's server modules need.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ZEnvSchema } from "@/env";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
  const dryRun = values["dry-run"];
  const settings = ZEnvSchema.pick({ DATABASE_URL: true, EMBEDDED_POSTGRES_PORT: true, APP_NOW: true }).parse(process.env);
  const now = settings.APP_NOW ? new Date(settings.APP_NOW) : new Date();
  let stop = async () => {};
  if (!settings.DATABASE_URL) {
    const { startEmbeddedPostgres } = await import("@/db/embedded");
    const server = await startEmbeddedPostgres({ port: settings.EMBEDDED_POSTGRES_PORT });
    process.env.DATABASE_URL = server.connectionString;
    stop = () => server.stop();
  }
  // The app's settings ask for it; this command signs and reads no sessions.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  const { applyMigrations } = await import("@/db/migrate");
  await applyMigrations({ connectionString: process.env.DATABASE_URL! });
  try {
    const { runRetentionPass } = await import("@/retention/server/run-retention-pass");
    const reports = await runRetentionPass({ now, dryRun });
    console.log(dryRun ? "Bewaartermijn (proef: er is niets verwijderd):" : "Bewaartermijn toegepast:");
    for (const r of reports) {
      console.log(
        `  school ${r.schoolId}: vertrokken op of vóór ${r.cutoff}: ${r.pupils} leerling(en), ${r.registrations} registraties, ` +
        `${r.absenceReports} meldingen, ${r.leaveRequests} verlofaanvragen, ${r.signals} signalen, ${r.caseEntries} dossierregels, ` +
        `${r.letters} brieven, ${r.duoReports} DUO-meldingen, ${r.guardians} ouder(s)/verzorger(s), ${r.parentAccounts} ouderaccount(s), ${r.pupilAccounts} leerlingaccount(s)`,
      );
    }
  } finally {
    const { disconnectApp } = await import("@/db/client");
    await disconnectApp();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
