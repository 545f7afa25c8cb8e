import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

import { createSchemaEngineAdapterFactory } from "@/db/schema-engine-adapter";

// Prisma's schema engine (the Rust code behind `prisma migrate`) compiled to
// WebAssembly, so migrations need no native binary download (docs/decisions/010-*).
// Loaded once per process: wasm-bindgen's glue module keeps the instance in
// module state, and a second instantiation would corrupt it.

export type { SchemaEngine };

type EngineRuntime = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type PanicRegistry = { set_message(message: string): void };

/** One line describing why a schema-engine operation failed. */
export class SchemaEngineError extends Error {
  override name = "SchemaEngineError";
}

let runtime: Promise<EngineRuntime> | undefined;
let lastPanic: string | undefined;
let poisoned = false;

async function instantiate(): Promise<EngineRuntime> {
  const bindings: EngineRuntime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  const { exports } = instance;
  bindings.__wbg_set_wasm(exports);
  (exports.__wbindgen_start as () => void)();

  // A Rust panic reports its message here before the instance traps. The
  // Prisma client installs its own registry (it rethrows the message as an
  // error, which reaches us just as well); we only fill the gap when it is absent.
  const global = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  global.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message) {
      lastPanic = message;
    },
  };
  return bindings;
}

/** Loads (once) and returns the WASM runtime. Exposed for timing and warm-up. */
export function loadSchemaEngineRuntime(): Promise<EngineRuntime> {
  runtime ??= instantiate().catch((error: unknown) => {
    runtime = undefined;
    throw new SchemaEngineError(`Kan de Prisma schema engine (WASM) niet laden: ${describe(error)}`);
  });
  return runtime;
}

/**
 * An engine or driver error as one line: without the Rust span trace and code
 * frames, with the migration it happened in, and only the first of several
 * schema validation errors.
 */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const traceStart = error.message.search(/\n\s+0: /);
  const text = traceStart === -1 ? error.message : error.message.slice(0, traceStart);
  const trace = traceStart === -1 ? "" : error.message.slice(traceStart);

  if ((error as { code?: string }).code === "P3009") {
    const names = [...text.matchAll(/The `([^`]+)` migration/g)].map((match) => match[1]).join(", ");
    return (
      `migratie ${names} is eerder mislukt en staat open in _prisma_migrations (P3009); ` +
      `herstel de database en markeer hem als teruggedraaid: npm run db:migration:resolve -- ${names}`
    );
  }

  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^\d*\s*\|/.test(line)); // code frames of schema errors
  const nextError = lines.findIndex((line, index) => index > 0 && line.startsWith("error:"));
  const more = nextError === -1 ? 0 : lines.filter((line) => line.startsWith("error:")).length - 1;
  let message = (nextError === -1 ? lines : lines.slice(0, nextError))
    .join(" ")
    .replace(/^external connector error\s*/, "")
    .replace(/Error querying the database:\s*/, "");
  if (more > 0) message += ` (en nog ${more} fout${more > 1 ? "en" : ""})`;
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  if (migration && !message.includes(migration)) message = `migratie ${migration}: ${message}`;
  return message || error.name;
}

export type WithSchemaEngineOptions = {
  connectionString: string;
  /** Prisma schema files as [path, content]; only needed for operations that read the schema. */
  schemaFiles?: [string, string][];
  /** Receives the engine's log lines (JSON), for debugging. */
  onLog?: (line: string) => void;
};

/**
 * Runs `operation` with a schema engine connected to `connectionString`, then
 * frees the engine and closes every connection it opened, even on failure.
 */
export async function withSchemaEngine<T>(
  { connectionString, schemaFiles, onLog = () => {} }: WithSchemaEngineOptions,
  operation: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  if (poisoned) {
    throw new SchemaEngineError("De Prisma schema engine is eerder in dit proces gecrasht; herstart het proces.");
  }
  const { SchemaEngine } = await loadSchemaEngineRuntime();
  const pools = createSchemaEngineAdapterFactory(connectionString, {
    onPoolError: (error) => onLog(JSON.stringify({ level: "WARN", message: `idle connection closed: ${error.message}` })),
  });
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(pools);

  let engine: SchemaEngine | undefined;
  try {
    // The engine rejects an empty list: "no schema" is `undefined`.
    const datamodels = schemaFiles && schemaFiles.length > 0 ? schemaFiles : undefined;
    engine = await SchemaEngine.new({ datamodels }, (line: string) => onLog(line), adapterFactory);
    return await operation(engine);
  } catch (error) {
    throw toSchemaEngineError(error);
  } finally {
    // Neither may replace the error that got us here.
    try {
      engine?.free();
    } catch {
      poisoned = true;
    }
    await pools.disposeAll().catch((error: unknown) => onLog(JSON.stringify({ level: "WARN", message: describe(error) })));
  }
}

function toSchemaEngineError(error: unknown): SchemaEngineError {
  if (error instanceof SchemaEngineError) return error;
  const panicked =
    error instanceof WebAssembly.RuntimeError ||
    lastPanic !== undefined ||
    (error as Error | undefined)?.name === "PrismaClientRustPanicError"; // via the client's registry
  if (panicked) {
    // After a trap the instance's memory is in an unknown state.
    poisoned = true;
    const message = lastPanic ?? describe(error);
    lastPanic = undefined;
    return new SchemaEngineError(`De Prisma schema engine crashte: ${message.split("\n").slice(0, 2).join(" ")}`, {
      cause: error,
    });
  }
  return new SchemaEngineError(describe(error), { cause: error });
}
