import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/db/generated/prisma/client";
import type { GuardianPlan } from "../plan-guardians";

const col = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);

/** Writes a guardian plan in the caller's transaction: a fixed number of statements for any number of rows. */
export async function applyGuardianPlan(tx: Prisma.TransactionClient, plan: GuardianPlan, { schoolId }: { schoolId: string }): Promise<void> {
  const ids = new Map(plan.add.map((a) => [a.ref, randomUUID()]));
  const idOf = (ref: string) => ids.get(ref) ?? ref;
  if (plan.add.length > 0) {
    // One INSERT from arrays: Prisma's createMany took seconds for a school's thousands of guardians.
    const rows = plan.add;
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Guardian" ("schoolId", "id", "name", "email", "phone", "street", "postalCode", "city")
      SELECT ${schoolId}::uuid, u."id", u."name", u."email", u."phone", u."street", u."postalCode", u."city"
      FROM unnest(${col(rows, (r) => idOf(r.ref))}::uuid[], ${col(rows, (r) => r.values.name)}::text[], ${col(rows, (r) => r.values.email)}::text[],
        ${col(rows, (r) => r.values.phone)}::text[], ${col(rows, (r) => r.values.street)}::text[], ${col(rows, (r) => r.values.postalCode)}::text[],
        ${col(rows, (r) => r.values.city)}::text[]) AS u("id", "name", "email", "phone", "street", "postalCode", "city")`);
  }
  if (plan.change.length > 0) {
    const rows = plan.change;
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Guardian" g SET "name" = u."name", "email" = u."email", "phone" = u."phone", "street" = u."street", "postalCode" = u."postalCode", "city" = u."city"
      FROM unnest(${col(rows, (r) => r.id)}::uuid[], ${col(rows, (r) => r.values.name)}::text[], ${col(rows, (r) => r.values.email)}::text[],
        ${col(rows, (r) => r.values.phone)}::text[], ${col(rows, (r) => r.values.street)}::text[], ${col(rows, (r) => r.values.postalCode)}::text[],
        ${col(rows, (r) => r.values.city)}::text[]) AS u("id", "name", "email", "phone", "street", "postalCode", "city")
      WHERE g."schoolId" = ${schoolId}::uuid AND g."id" = u."id"`);
  }
  if (plan.endLinks.length > 0) {
    await tx.$executeRaw(Prisma.sql`
      DELETE FROM "PupilGuardian" pg USING unnest(${col(plan.endLinks, (l) => l.pupilId)}::uuid[], ${col(plan.endLinks, (l) => l.guardianId)}::uuid[]) AS u("pupilId", "guardianId")
      WHERE pg."schoolId" = ${schoolId}::uuid AND pg."pupilId" = u."pupilId" AND pg."guardianId" = u."guardianId"`);
  }
  if (plan.addLinks.length > 0) {
    const rows = plan.addLinks;
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "PupilGuardian" ("schoolId", "pupilId", "guardianId", "relation", "parentalAuthority")
      SELECT ${schoolId}::uuid, u."pupilId", u."guardianId", u."relation", u."authority"
      FROM unnest(${col(rows, (r) => r.pupilId)}::uuid[], ${col(rows, (r) => idOf(r.ref))}::uuid[], ${col(rows, (r) => r.relation)}::text[],
        ${col(rows, (r) => r.parentalAuthority)}::boolean[]) AS u("pupilId", "guardianId", "relation", "authority")`);
  }
  if (plan.changeLinks.length > 0) {
    const rows = plan.changeLinks;
    await tx.$executeRaw(Prisma.sql`
      UPDATE "PupilGuardian" pg SET "relation" = u."relation", "parentalAuthority" = u."authority"
      FROM unnest(${col(rows, (r) => r.pupilId)}::uuid[], ${col(rows, (r) => r.guardianId)}::uuid[], ${col(rows, (r) => r.relation)}::text[],
        ${col(rows, (r) => r.parentalAuthority)}::boolean[]) AS u("pupilId", "guardianId", "relation", "authority")
      WHERE pg."schoolId" = ${schoolId}::uuid AND pg."pupilId" = u."pupilId" AND pg."guardianId" = u."guardianId"`);
  }
}
