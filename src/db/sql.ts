import "server-only";
import pg from "pg";

import { appPool } from "./pool";

/**
 * SQL for the few hot paths (the register: every teacher, every lesson) that
 * skip Prisma's query layer: one named statement, prepared once per
 * connection, on the app's pool. Everything else uses Prisma.
 *
 * Values come back as the columns are stored by Prisma: `timestamp` columns
 * hold UTC, so they become Dates in UTC (pg's default would read them as local
 * time); `date` columns stay "YYYY-MM-DD" strings. Pass instants as ISO
 * strings (`date.toISOString()`) and cast them with `::timestamp`.
 */
export type SqlStatement = { name: string; text: string };

const TIMESTAMP = 1114;
const DATE = 1082;
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Defines a named statement (the name must be unique in the app). */
export function statement(name: string, text: string): SqlStatement {
  return { name, text };
}

/** Runs a statement on the app's pool (or on `client`, inside a transaction the caller holds). */
export async function sql<Row>(query: SqlStatement, values: readonly unknown[], client: pg.Pool | pg.PoolClient = appPool()): Promise<Row[]> {
  const result = await client.query<Row & pg.QueryResultRow>({ name: query.name, text: query.text, values: [...values], types });
  return result.rows;
}
