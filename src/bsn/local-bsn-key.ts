import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateBsnKeyEntry } from "./key-ring";

/**
 * The BSN key of an embedded database, in DATA_DIR/bsn-key beside it (like
 * the auth secret): made once, readable only by the owner. Losing this file
 * makes every stored BSN unreadable, so it belongs in the same backup as the
 * database. With DATABASE_URL the key comes from BSN_ENCRYPTION_KEY instead.
 */
export async function localBsnKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "bsn-key");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDir, { recursive: true });
  const key = generateBsnKeyEntry();
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: "wx" });
  return key;
}
