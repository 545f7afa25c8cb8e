import type pg from "pg";

/**
 * A column of a bulk insert: its name and the PostgreSQL type of its values
 * ("uuid", "text", "date", "int4", "bool", "timestamp(3)", or an enum such as
 * "\"AttendanceStatus\"" / an enum array "\"Role\"[]").
 */
export type ColumnSpec = readonly [name: string, type: string];

const NATIVE = new Set(["uuid", "text", "date", "int4", "bool", "timestamp(3)"]);
const BATCH_ROWS = 5_000;

/**
 * Inserts many rows with one statement per batch: every column goes in as
 * one array parameter and `unnest` turns the arrays back into rows, so a
 * batch of thousands of rows costs one round trip and one parse. `fixed`
 * columns (the school's id) are sent once per batch. Enums travel as text
 * and are cast in the SELECT; an enum array travels as its text literal.
 */
export async function insertRows<Row extends object>(
  client: pg.ClientBase,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly Row[],
  fixed: Readonly<Record<string, string>> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const fixedNames = Object.keys(fixed);
  const names = [...fixedNames, ...columns.map(([name]) => name)].map((n) => `"${n}"`).join(", ");
  const fixedParams = fixedNames.map((_, i) => `$${i + 1}::uuid`);
  const arrays = columns.map(([, type], i) => `$${fixedNames.length + i + 1}::${NATIVE.has(type) ? type : "text"}[]`);
  const selects = columns.map(([, type], i) => (NATIVE.has(type) ? `t.c${i}` : `t.c${i}::${type}`));
  const sql =
    `INSERT INTO "${table}" (${names}) SELECT ${[...fixedParams, ...selects].join(", ")} ` +
    `FROM unnest(${arrays.join(", ")}) AS t(${columns.map((_, i) => `c${i}`).join(", ")})`;
  const isArray = columns.map(([, type]) => type.endsWith("[]"));
  const params = (batch: readonly Row[]) => [
    ...fixedNames.map((n) => fixed[n]),
    ...columns.map(([name], i) =>
      arrayLiteral(
        batch.map((row) => {
          const value = (row as Record<string, unknown>)[name];
          return isArray[i] && Array.isArray(value) ? `{${value.join(",")}}` : value;
        }),
      ),
    ),
  ];

  // Build the next batch while PostgreSQL inserts the previous one: with two
  // cores, the client's string building and the server's work overlap.
  let pending: Promise<unknown> | undefined;
  for (let from = 0; from < rows.length; from += BATCH_ROWS) {
    const values = params(rows.slice(from, from + BATCH_ROWS));
    await pending;
    pending = client.query(sql, values);
  }
  await pending;
}

/** A PostgreSQL array literal ("{…}"), built here rather than by the driver so that it can be built ahead. */
function arrayLiteral(values: readonly unknown[]): string {
  const parts = values.map((value) => {
    if (value === null || value === undefined) return "NULL";
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(",")}}`;
}
