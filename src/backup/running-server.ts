import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The PostgreSQL that runs on `dataDir` right now (the app's, or one a command started), from its
 * postmaster.pid (line 1 the PID, line 4 the port); undefined when none is alive.
 */
export async function runningServer(dataDir: string): Promise<{ pid: number; port: number } | undefined> {
  const text = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (!text) return undefined;
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (PostgreSQL runs as OS user postgres under root).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined;
  }
  return { pid, port };
}
