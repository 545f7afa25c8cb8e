import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import type { ExistingStaff } from "../plan-staff";

/** Every member of staff of the school, with the classes of this school year they mentor, in one query. */
export async function loadStaffState(db: Prisma.TransactionClient, { schoolId, schoolYearId }: { schoolId: string; schoolYearId: string | null }): Promise<ExistingStaff[]> {
  return db.$queryRaw<ExistingStaff[]>(Prisma.sql`
    SELECT s."id", s."code", s."firstName", s."lastName", s."email", s."functionTitle", s."active",
      ARRAY(SELECT g."name" FROM "GroupMentor" gm JOIN "Group" g ON g."schoolId" = gm."schoolId" AND g."id" = gm."groupId"
        WHERE gm."schoolId" = s."schoolId" AND gm."staffId" = s."id" AND g."schoolYearId" = ${schoolYearId}::uuid AND g."kind" = 'CLASS'
        ORDER BY g."name") AS "mentorOf"
    FROM "Staff" s WHERE s."schoolId" = ${schoolId}::uuid`);
}
