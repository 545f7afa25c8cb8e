import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type pg from "pg";

import { withDatabase } from "@/db/connection-string";

// The driver adapter that the WASM schema engine talks to PostgreSQL through.
// It is @prisma/adapter-pg with three repairs that the schema engine needs and
// the query path of the app does not (docs/decisions/010-*). Re-check each one
// when upgrading @prisma/adapter-pg or @prisma/schema-engine-wasm:
//
// 1. adapter-pg has no column type for PostgreSQL's one-byte `"char"` (OID 18)
//    and throws on it, but the engine's schema describer selects catalog columns
//    of that type (pg_constraint.contype, pg_attribute.attidentity, ...). We let
//    pg report those columns as text, so adapter-pg accepts them, and then label
//    them `Character`, the type the describer reads them as.
// 2. adapter-pg's own connectToShadowDb() spreads `database` next to a
//    `connectionString`, which pg lets win, so the "shadow" pool talks to the
//    main database; and it drops the shadow database before closing that pool,
//    which PostgreSQL refuses. Ours opens a pool on the shadow database itself
//    and closes it before dropping the database.
// 3. That shadow pool also gets no 'error' listener, so a connection which
//    PostgreSQL terminates while idle would crash the process. Every pool here has one.
// 4. adapter-pg's executeScript() splits a migration at every ";" and sends the
//    pieces one by one, which cuts a function body or a DO block (their ";"
//    inside $$ … $$) apart. The native engine sends the script whole, as one
//    simple query (which PostgreSQL runs as one implicit transaction); so does ours.

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Row arrays of results that had `"char"` columns, and those columns' indexes. */
const charColumnsByRows = new WeakMap<unknown[], number[]>();

type PgResult = { fields?: { dataTypeID: number }[]; rows?: unknown[] };
type QueryFn = (...args: unknown[]) => unknown;

function relabelCharFields<T>(result: T): T {
  const { fields, rows } = (result ?? {}) as PgResult;
  if (!fields || !rows) return result;
  const indexes: number[] = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      indexes.push(index);
    }
  });
  if (indexes.length > 0) charColumnsByRows.set(rows, indexes);
  return result;
}

/** Wraps `client.query` in both of pg's calling styles: callback (used by Pool#query) and promise. */
function patchClient(client: pg.PoolClient): void {
  const query = client.query.bind(client) as QueryFn;
  (client as unknown as { query: QueryFn }).query = (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        (last as (e: unknown, r: unknown) => void)(error, error ? result : relabelCharFields(result));
      return query(...args);
    }
    const returned = query(...args);
    return returned instanceof Promise ? returned.then(relabelCharFields) : returned;
  };
}

function withCharColumns(result: SqlResultSet): SqlResultSet {
  const indexes = charColumnsByRows.get(result.rows);
  if (!indexes) return result;
  const columnTypes = [...result.columnTypes];
  for (const index of indexes) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...result, columnTypes };
}

function patchQueryable<T extends { queryRaw(query: SqlQuery): Promise<SqlResultSet> }>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query: SqlQuery) => withCharColumns(await queryRaw(query));
  return queryable;
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function patchAdapter(adapter: PgAdapter, onPoolError: (error: Error) => void): SqlDriverAdapter {
  const pool = adapter.underlyingDriver();
  pool.on("error", onPoolError);
  pool.on("connect", patchClient);
  patchQueryable(adapter);
  const convertError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      convertError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => patchQueryable<Transaction>(await startTransaction(isolationLevel));
  return adapter;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export type SchemaEngineAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** Closes every pool this factory opened; the engine itself never does. */
  disposeAll(): Promise<void>;
};

/**
 * An adapter factory for the schema engine on `connectionString`. The shadow
 * database (used by `diff` from a migrations directory) is created on the same
 * server, so that role needs CREATEDB.
 */
export function createSchemaEngineAdapterFactory(
  connectionString: string,
  { onPoolError = () => {} }: { onPoolError?: (error: Error) => void } = {},
): SchemaEngineAdapterFactory {
  // The engine is written for one connection (the native one holds exactly
  // one): session state such as an advisory lock must stay on it. A pool of
  // one keeps that true, and leaves no idle sessions behind that would block a
  // later DROP DATABASE or CREATE DATABASE ... TEMPLATE.
  const poolConfig = { max: 1, idleTimeoutMillis: 1_000 };
  const main = new PrismaPg({ connectionString, ...poolConfig });
  const open = new Set<SqlDriverAdapter>();

  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      open.delete(adapter);
      await dispose();
    };
    return adapter;
  };

  return {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      return track(patchAdapter(await main.connect(), onPoolError));
    },
    async connectToShadowDb() {
      const admin = await main.connect();
      const shadowName = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE ${quoteIdentifier(shadowName)}`);
      const shadow = patchAdapter(
        await new PrismaPg({ connectionString: withDatabase(connectionString, shadowName), ...poolConfig }).connect(),
        onPoolError,
      );
      const disposeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        try {
          await disposeShadow();
          await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdentifier(shadowName)} WITH (FORCE)`);
        } finally {
          await admin.dispose();
        }
      };
      return track(shadow);
    },
    async disposeAll() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}
