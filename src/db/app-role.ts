import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";

import pg from "pg";

/**
 * The database role the app connects as: row-level security holds it to one
 * school (the migration 20261207150000_row_level_security creates it without
 * a log-in; docs/decisions/115-row-level-security.md).
 */
export const APP_ROLE = "aanwezig_app";

/**
 * The app role's password for an embedded database, in DATA_DIR/app-db-password
 * (like the BSN key): made once, readable only by the owner of the files.
 */
export async function localAppRolePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "app-db-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDir, { recursive: true });
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: "wx" });
  return password;
}

/** Lets the app role log in with `password`, as the owner (`ownerUrl`), after the migrations. */
export async function allowAppRoleLogin(ownerUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    // A utility statement takes no parameters; the literal is escaped by pg.
    await client.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `url` (host, port, database, options kept) as the app role with `password`. */
export function asAppRole(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = APP_ROLE;
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
