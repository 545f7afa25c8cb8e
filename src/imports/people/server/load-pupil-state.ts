import "server-only";
import { readPupilBsn } from "@/bsn/server/read-pupil-bsn";
import { Prisma } from "@/db/generated/prisma/client";
import type { Sector } from "@/db/generated/prisma/enums";
import type { ExistingPupil } from "../plan-pupils";

type Row = Omit<ExistingPupil, "bsn"> & { bsnEncrypted: string | null };

/**
 * Every pupil of the school as the pupil plan compares it, with the class (of this school year) they
 * are in today, in one query; BSNs decrypted here, on the server, for the comparison only.
 */
export async function loadPupilState(db: Prisma.TransactionClient, { schoolId, schoolYearId, today }: { schoolId: string; schoolYearId: string | null; today: string }): Promise<ExistingPupil[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT p."id", p."studentNumber", p."firstName", p."infix", p."lastName", p."birthDate"::text AS "birthDate", p."bsnEncrypted",
      p."educationNumber", p."sector"::text AS "sector", p."yearLevel", p."email", p."phone",
      p."enrolledFrom"::text AS "enrolledFrom", p."enrolledUntil"::text AS "enrolledUntil",
      (SELECT g."name" FROM "GroupMember" m JOIN "Group" g ON g."schoolId" = m."schoolId" AND g."id" = m."groupId"
        WHERE m."schoolId" = p."schoolId" AND m."pupilId" = p."id" AND g."schoolYearId" = ${schoolYearId}::uuid AND g."kind" = 'CLASS'
          AND (m."validUntil" IS NULL OR m."validUntil" >= ${today}::date)
        ORDER BY m."validFrom" DESC NULLS LAST, g."name" LIMIT 1) AS "className"
    FROM "Pupil" p WHERE p."schoolId" = ${schoolId}::uuid`);
  return rows.map(({ bsnEncrypted, ...row }) => {
    const bsn = readPupilBsn({ schoolId, id: row.id, bsnEncrypted }, "full");
    // An unreadable stored BSN compares as "unknown" (the file's BSN then replaces it).
    return { ...row, sector: row.sector as Sector, bsn: bsn?.value ?? null };
  });
}

/** The names and ids of the classes (CLASS groups) of a school year. */
export async function loadClasses(db: Prisma.TransactionClient, { schoolId, schoolYearId }: { schoolId: string; schoolYearId: string | null }): Promise<Map<string, string>> {
  if (schoolYearId === null) return new Map();
  const groups = await db.group.findMany({ where: { schoolYearId, kind: "CLASS", schoolId }, select: { id: true, name: true } });
  return new Map(groups.map((g) => [g.name, g.id]));
}
