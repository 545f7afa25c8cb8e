import { prisma } from "./client";

/**
 * Every school's id, for background work that walks the platform one school at
 * a time and runs each school's part inside `withTenant({ schoolId })`. Row-level
 * security hides the School table from a connection without a school, so the
 * list comes from the database function `aanwezig_school_ids()`, which names the
 * schools and nothing else (docs/decisions/115-row-level-security.md).
 */
export async function allSchoolIds(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT "id"::text FROM aanwezig_school_ids() AS t("id")`;
  return rows.map((row) => row.id);
}
