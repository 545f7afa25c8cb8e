import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/db/generated/prisma/client";
import type { StaffPlan } from "../plan-staff";

const col = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);

/**
 * Writes a staff plan in the caller's transaction. Staff who left become inactive (never deleted: their
 * lessons and registrations name them); the mentorships of this school year of everyone whose mentor
 * classes changed are replaced by the file's.
 */
export async function applyStaffPlan(tx: Prisma.TransactionClient, plan: StaffPlan, { schoolId, schoolYearId }: { schoolId: string; schoolYearId: string | null }): Promise<void> {
  const added = plan.add.map((values) => ({ values, id: randomUUID() }));
  if (added.length > 0) {
    await tx.staff.createMany({
      data: added.map(({ id, values }) => ({ schoolId, id, code: values.code, firstName: values.firstName, lastName: values.lastName, email: values.email, functionTitle: values.functionTitle })),
    });
  }
  if (plan.change.length > 0) {
    const rows = plan.change;
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Staff" s SET "firstName" = u."firstName", "lastName" = u."lastName", "email" = u."email", "functionTitle" = u."functionTitle", "active" = true
      FROM unnest(${col(rows, (r) => r.id)}::uuid[], ${col(rows, (r) => r.values.firstName)}::text[], ${col(rows, (r) => r.values.lastName)}::text[],
        ${col(rows, (r) => r.values.email)}::text[], ${col(rows, (r) => r.values.functionTitle)}::text[]) AS u("id", "firstName", "lastName", "email", "functionTitle")
      WHERE s."schoolId" = ${schoolId}::uuid AND s."id" = u."id"`);
  }
  const ended = plan.end.map((e) => e.id);
  if (ended.length > 0) {
    await tx.$executeRaw(Prisma.sql`UPDATE "Staff" SET "active" = false WHERE "schoolId" = ${schoolId}::uuid AND "id" = ANY(${ended}::uuid[])`);
  }
  if (schoolYearId === null) return;
  const mentors = [...added.map((a) => ({ id: a.id, classes: a.values.mentorOf, replace: false })), ...plan.change.map((c) => ({ id: c.id, classes: c.values.mentorOf, replace: true }))];
  const replaced = [...mentors.filter((m) => m.replace).map((m) => m.id), ...ended];
  if (replaced.length > 0) {
    await tx.$executeRaw(Prisma.sql`
      DELETE FROM "GroupMentor" gm USING "Group" g
      WHERE gm."schoolId" = ${schoolId}::uuid AND gm."staffId" = ANY(${replaced}::uuid[]) AND g."schoolId" = gm."schoolId" AND g."id" = gm."groupId"
        AND g."schoolYearId" = ${schoolYearId}::uuid AND g."kind" = 'CLASS'`);
  }
  const pairs = mentors.flatMap((m) => m.classes.map((name) => ({ staffId: m.id, name })));
  if (pairs.length > 0) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "GroupMentor" ("schoolId", "groupId", "staffId")
      SELECT ${schoolId}::uuid, g."id", p."staffId"
      FROM unnest(${col(pairs, (p) => p.staffId)}::uuid[], ${col(pairs, (p) => p.name)}::text[]) AS p("staffId", "name")
      JOIN "Group" g ON g."schoolId" = ${schoolId}::uuid AND g."schoolYearId" = ${schoolYearId}::uuid AND g."kind" = 'CLASS' AND g."name" = p."name"
      ON CONFLICT DO NOTHING`);
  }
}
