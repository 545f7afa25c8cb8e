// npm postinstall: generate the Prisma client (src/db/generated/prisma) offline.
//
// The Prisma CLI insists on locating its native schema engine before it runs
// any command, and downloading it fails here (only the npm registry is
// reachable). `generate` never executes that engine, so pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the lookup; we use
// the running node binary. Migrations use the WASM engine instead
// (docs/decisions/010-migrations-without-native-engine.md).
//
// Quiet on success; on failure prints Prisma's output and one summary line.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function fail(message, output = "") {
  if (output.trim()) process.stderr.write(`${output.trim()}\n`);
  process.stderr.write(`prisma generate failed: ${message}\n`);
  process.exit(1);
}

let cli;
try {
  cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
} catch {
  fail("the `prisma` package is not installed (run npm install)");
}
if (!existsSync(cli)) fail(`Prisma CLI not found at ${cli}`);

const engine = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
const result = spawnSync(process.execPath, [cli, "generate"], {
  encoding: "utf8",
  env: {
    ...process.env,
    // Respect an engine someone configured on purpose, if the file is there.
    PRISMA_SCHEMA_ENGINE_BINARY: engine && existsSync(engine) ? engine : process.execPath,
    // No telemetry or update check: both would try the network.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});

const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
if (result.error) fail(result.error.message, output);
if (result.status !== 0) fail(`exit code ${result.status ?? result.signal}`, output);
