// `npm run school:create -- --naam … --brin … --plaats … --regio … --beheerder-naam … --beheerder-email …`
// The platform operator creates a school (tenant) with its first administrator, who gets an invitation
// (a single-use link to choose a password; without SMTP_URL the link is printed to pass on by hand).
// The database: DATABASE_URL (the owner's, decision 115), or the embedded one of DATA_DIR.
// Exit codes: 0 done, 2 bad input (nothing written), 1 anything else.
// Run under the "react-server" condition (package.json), as the app's server modules need.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { ZEnvSchema } from "@/env";
import { ZCreateSchoolSchema } from "@/accounts/create-school-schema";

const USAGE = `Gebruik: npm run school:create -- [opties]

Maakt een school aan met haar eerste beheerder, die een uitnodiging krijgt om zelf een wachtwoord te kiezen.

  --naam <naam>               naam van de school (verplicht)
  --brin <code>               BRIN-code: 2 cijfers en 2 letters of cijfers, bijv. 12AB (verplicht, uniek)
  --vestiging <nn>            vestigingsnummer, 2 cijfers (standaard 00)
  --plaats <plaats>           plaats (verplicht)
  --regio <noord|midden|zuid> regio van de schoolvakanties (verplicht)
  --beheerder-naam <naam>     naam van de eerste beheerder (verplicht)
  --beheerder-email <adres>   e-mailadres van de eerste beheerder (verplicht); heeft dit adres al een
                              account (andere school), dan krijgt die persoon alleen toegang tot deze school
  --help                      deze uitleg

De database: DATABASE_URL (als eigenaar), anders de ingebouwde database in DATA_DIR (standaard .data).
De link in de uitnodiging begint met PUBLIC_URL (anders http://localhost:PORT). Zonder SMTP_URL wordt
er geen e-mail verstuurd en staat de link hieronder, om zelf door te geven.`;

class InputError extends Error {}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      strict: true,
      options: {
        naam: { type: "string" }, brin: { type: "string" }, vestiging: { type: "string" }, plaats: { type: "string" }, regio: { type: "string" },
        "beheerder-naam": { type: "string" }, "beheerder-email": { type: "string" }, help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new InputError(`${(error as Error).message.split("\n")[0]}. Zie --help.`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parsed = ZCreateSchoolSchema.safeParse({
    name: values.naam, brin: values.brin, locationCode: values.vestiging, city: values.plaats, region: values.regio,
    adminName: values["beheerder-naam"], adminEmail: values["beheerder-email"],
  });
  if (!parsed.success) throw new InputError(`${parsed.error.issues.map((issue) => issue.message).join("\n")}\nZie --help. Er is niets aangemaakt.`);

  // Like scripts/retention.ts, this launcher composes the environment; the rest reads it through src/env.ts.
  const settings = ZEnvSchema.pick({ DATABASE_URL: true, EMBEDDED_POSTGRES_PORT: true, PORT: true, PUBLIC_URL: true }).parse(process.env);
  let stop = async () => {};
  if (!settings.DATABASE_URL) {
    const { startEmbeddedPostgres } = await import("@/db/embedded");
    const dataDir = path.resolve(import.meta.dirname, "../..", process.env.DATA_DIR || ".data");
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: settings.EMBEDDED_POSTGRES_PORT });
    process.env.DATABASE_URL = server.connectionString;
    stop = () => server.stop();
  }
  // The app's settings ask for it; this command signs and reads no sessions.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  delete process.env.APP_DATABASE_URL; // operator commands run as the owner
  try {
    const { applyMigrations } = await import("@/db/migrate");
    await applyMigrations({ connectionString: process.env.DATABASE_URL! });
    const { createSchool } = await import("@/accounts/server/create-school");
    const { isAppError } = await import("@/errors/app-error");
    const origin = settings.PUBLIC_URL ? new URL(settings.PUBLIC_URL).origin : `http://localhost:${settings.PORT}`;
    const input = parsed.data;
    let result;
    try {
      result = await createSchool({ input, origin });
    } catch (error) {
      if (isAppError(error) && error.code === "CONFLICT") throw new InputError(error.message);
      throw error;
    }
    process.stdout.write(`School aangemaakt: ${input.name} (BRIN ${input.brin}, vestiging ${input.locationCode}, ${input.city}), id ${result.schoolId}.\n`);
    process.stdout.write(`Schooljaar ${result.schoolYearName} staat klaar met het normale lesrooster (8 lesuren van 50 minuten)${result.holidaysFilledIn > 0 ? ` en ${result.holidaysFilledIn} schoolvakanties van de regio` : "; de schoolvakanties van dit jaar zijn niet bekend: voeg ze toe in Beheer"}.\n`);
    if (result.existingAccount) {
      process.stdout.write(`${input.adminEmail} had al een account en is nu beheerder van deze school${result.mail.sent ? "; er is een e-mail over verstuurd" : " (geen e-mail verstuurd: laat het zelf weten)"}.\n`);
    } else if (result.mail.sent) {
      process.stdout.write(`Uitnodiging verstuurd aan ${input.adminEmail}: de link werkt 72 uur en één keer.\n`);
    } else {
      process.stdout.write(`Geen e-mail verstuurd (${result.mail.reason === "NOT_CONFIGURED" ? "SMTP_URL is niet ingesteld" : "de mailserver gaf een fout"}). Geef deze link zelf door aan ${input.adminEmail}; hij werkt 72 uur en één keer:\n${result.link}\n`);
    }
    return 0;
  } finally {
    const { disconnectApp } = await import("@/db/client");
    await disconnectApp();
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const input = error instanceof InputError;
    process.stderr.write(`school:create ${input ? "geweigerd" : "mislukt"}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(input ? 2 : 1);
  },
);
