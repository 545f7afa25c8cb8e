import type pg from "pg";

interface ForeignKey {
  name: string;
  table: string; // quoted, as regclass prints it
  referenced: string;
  columns: string[];
  referencedColumns: string[];
}

/**
 * Checks every foreign key of the public schema for one school's rows, set
 * by set (one anti-join per constraint), and throws on the first dangling
 * reference. The bulk writer runs with per-row foreign-key triggers switched
 * off (they cost more than the insert itself); this puts the guarantee back
 * before the transaction commits. Every tenant table has a `schoolId` (the
 * schema's tenancy rule), which keeps the check to one school; the few tables
 * of a person rather than a school (recovery codes, pending log-ins) are not
 * written by the demo and are left out.
 */
export async function assertForeignKeys(client: pg.ClientBase, schoolId: string): Promise<void> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT c.conname AS name, c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS referenced,
           array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
           array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o) AS "referencedColumns"
      FROM pg_constraint c
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
       AND EXISTS (SELECT 1 FROM pg_attribute s WHERE s.attrelid = c.conrelid AND s.attname = 'schoolId' AND NOT s.attisdropped)
     ORDER BY c.conname`);
  for (const fk of rows) {
    const quote = (column: string) => `"${column.replace(/"/g, '""')}"`;
    const notNull = fk.columns.map((c) => `t.${quote(c)} IS NOT NULL`).join(" AND ");
    const matches = fk.columns.map((c, i) => `r.${quote(fk.referencedColumns[i]!)} = t.${quote(c)}`).join(" AND ");
    const { rowCount } = await client.query(
      `SELECT 1 FROM ${fk.table} t WHERE t."schoolId" = $1 AND ${notNull}
         AND NOT EXISTS (SELECT 1 FROM ${fk.referenced} r WHERE ${matches}) LIMIT 1`,
      [schoolId],
    );
    if (rowCount) throw new Error(`demo data violates foreign key ${fk.name} (${fk.table} → ${fk.referenced})`);
  }
}
