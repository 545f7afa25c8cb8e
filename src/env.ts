import { z } from "zod";
import { parseBsnKey } from "@/bsn/key-ring";

// The one place that reads process.env (STYLE.md): everything else asks env().
// Parsed once, on first use rather than at import, so that `next build` and
// scripts that never need a setting can import modules that depend on this one.

/** Treats `NAME=` in a .env file the same as an unset variable. */
const emptyAsUnset = (value: unknown): unknown => (value === "" ? undefined : value);

/** Checks `[id:]base64` key entries without ever repeating a key in the message. */
const bsnKeyList = (many: boolean) =>
  z.preprocess(emptyAsUnset, z.string().optional().superRefine((value, ctx) => {
    const entries = value === undefined ? [] : many ? value.split(",").filter((e) => e.trim() !== "") : [value];
    for (const entry of entries) {
      try {
        parseBsnKey(entry);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }
  }));

/** The BSN keys (decision 111); also read on their own by scripts that need no other setting. */
export const ZBsnKeySettingsSchema = z.object({
  /**
   * Current key for BSNs at rest: `[id:]base64` of 32 bytes. Unset: `npm start` with the embedded database
   * makes a key file in DATA_DIR; development and tests use a public key that is not for production.
   */
  BSN_ENCRYPTION_KEY: bsnKeyList(false),
  /** Older keys, comma-separated `[id:]base64`: they still decrypt until `npm run bsn:rotate` has re-encrypted everything. */
  BSN_ENCRYPTION_OLD_KEYS: bsnKeyList(true),
});

export const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Unset: the app starts its own embedded PostgreSQL (src/db/embedded.ts). */
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z.url({ protocol: /^postgres(ql)?$/, error: "moet een postgresql://-URL zijn" }).optional(),
  ),
  /**
   * The app's own connection, as the database role "aanwezig_app" that row-level security holds to one
   * school (docs/decisions/115-row-level-security.md); DATABASE_URL is then the owner's, for migrations and
   * operator commands. Unset: the app uses DATABASE_URL (`npm start` sets it for the embedded database).
   */
  APP_DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z.url({ protocol: /^postgres(ql)?$/, error: "moet een postgresql://-URL zijn" }).optional(),
  ),
  /**
   * How long `npm start` and `npm run worker` wait for a DATABASE_URL that cannot be reached yet (still
   * starting), with a log line every 2 s, before they stop with a clear message. 0: no waiting.
   */
  DATABASE_WAIT_SECONDS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(3_600).default(60)),
  /**
   * Seconds a signals job may run before pg-boss takes its worker for lost and hands it to another
   * (docs/decisions/165-lost-signal-jobs.md). Only the fault test shortens it.
   */
  SIGNAL_JOB_EXPIRE_SECONDS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(3_600).default(120)),
  AUTH_SECRET: z.string({ error: "ontbreekt" }).min(32, { error: "moet minstens 32 tekens lang zijn" }),
  /** Port of the embedded PostgreSQL when DATABASE_URL is unset. */
  EMBEDDED_POSTGRES_PORT: z.preprocess(
    emptyAsUnset,
    z.coerce.number().int().min(1).max(65_535).default(5433),
  ),
  /** HTTP port of the app (scripts/start.ts). */
  PORT: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(65_535).default(3000)),
  /** Fill the demo schools on start also with an external DATABASE_URL. */
  SEED_DEMO: z.preprocess(emptyAsUnset, z.stringbool().default(false)),
  /** Where the app's clock starts (demo, end-to-end tests); it runs on from there (src/calendar/app-clock.ts). */
  APP_NOW: z.preprocess(emptyAsUnset, z.iso.datetime({ offset: true }).optional()),
  /** Mail server for e-mail to staff and parents, e.g. smtp://user:pass@mail.example.nl:587. Unset: no e-mail is sent. */
  SMTP_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^smtps?$/, error: "moet een smtp://- of smtps://-URL zijn" }).optional()),
  /**
   * The address people open the app on, e.g. https://aanwezig.school.nl. With https the session cookies are
   * `Secure` (docs/decisions/102-public-url-and-client-address.md) and browsers are told to use only https
   * (HSTS); its origin is accepted as ours on writes, also when the proxy does not forward the scheme.
   * NEXTAUTH_URL is its older name, still read.
   */
  PUBLIC_URL: z.preprocess(
    emptyAsUnset,
    z.url({ protocol: /^https?$/, error: "moet een http://- of https://-URL zijn" }).optional(),
  ),
  NEXTAUTH_URL: z.preprocess(emptyAsUnset, z.string().optional()),
  /** A reverse proxy in front of the app: the client address is the last X-Forwarded-For entry (the one the proxy added). */
  TRUST_PROXY: z.preprocess(emptyAsUnset, z.stringbool().default(false)),
  /**
   * The web server works the signals queue itself (decision 160): `true` for one process that does
   * everything. Unset: only `next dev` does; served production builds leave the work to `npm run worker`.
   */
  WORKER_IN_WEB: z.preprocess(emptyAsUnset, z.stringbool().optional()),
  /** Worker processes (`npm run worker`) that `npm start` runs and restarts beside the web server: 1, or 0 when they run elsewhere. */
  WORKER_PROCESSES: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(16).optional()),
  /**
   * Bearer token for GET /api/metrics (docs/decisions/162-health-readiness-metrics.md). Set: every scrape sends
   * `Authorization: Bearer <token>`. Unset: metrics are served only to a connection from this machine that no
   * proxy forwarded.
   */
  METRICS_TOKEN: z.preprocess(emptyAsUnset, z.string().min(32, { error: "moet minstens 32 tekens lang zijn" }).optional()),
  /** Sender of that e-mail. */
  MAIL_FROM: z.preprocess(emptyAsUnset, z.string().default("Aanwezig <noreply@aanwezig.local>")),
}).extend(ZBsnKeySettingsSchema.shape);

export type TEnv = z.infer<typeof ZEnvSchema>;

/** The public address of the app, from PUBLIC_URL (or its older name NEXTAUTH_URL); undefined when neither is set. */
export function publicUrl(settings: TEnv = env()): URL | undefined {
  const value = settings.PUBLIC_URL ?? settings.NEXTAUTH_URL;
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

let parsed: TEnv | undefined;

/** The validated environment. Throws one line naming every invalid variable (never its value). */
export function env(): TEnv {
  parsed ??= parseOrThrow(ZEnvSchema);
  return parsed;
}

const ZBsnSettingsSchema = ZEnvSchema.pick({ NODE_ENV: true, BSN_ENCRYPTION_KEY: true, BSN_ENCRYPTION_OLD_KEYS: true });

/** Only the BSN keys (and NODE_ENV), for scripts (seeding, `bsn:rotate`) that need no other setting. */
export function bsnKeySettings(): z.infer<typeof ZBsnSettingsSchema> {
  return parseOrThrow(ZBsnSettingsSchema);
}

function parseOrThrow<T extends z.ZodType>(schema: T): z.infer<T> {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Ongeldige omgevingsvariabelen: ${problems.join("; ")}`);
  }
  return result.data;
}
