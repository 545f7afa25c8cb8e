import "server-only";
import { randomUUID } from "node:crypto";
import { encryptPupilBsn } from "@/bsn/encrypt-pupil-bsn";
import { addDays } from "@/calendar/school-time";
import { Prisma } from "@/db/generated/prisma/client";
import type { ExistingPupil, PupilPlan } from "../plan-pupils";

const col = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);

/**
 * Writes a pupil plan in the caller's transaction with a fixed number of statements, whatever the
 * number of pupils: new classes, new pupils, changed pupils, class moves (the old membership ends
 * yesterday, the new one starts today), and leavers (enrolment and memberships end on `endDate`;
 * nothing is deleted, so their registrations and case file stay).
 */
export async function applyPupilPlan(tx: Prisma.TransactionClient, plan: PupilPlan, { schoolId, schoolYear, today, endDate, existing }: {
  schoolId: string; schoolYear: { id: string; startDate: string } | null; today: string; endDate: string; existing: readonly ExistingPupil[];
}): Promise<void> {
  const yearId = schoolYear?.id ?? null;
  if (plan.newClasses.length > 0 && yearId !== null) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Group" ("schoolId", "id", "schoolYearId", "name", "kind", "sector", "yearLevel")
      SELECT ${schoolId}::uuid, gen_random_uuid(), ${yearId}::uuid, c."name", 'CLASS', c."sector"::"Sector", c."yearLevel"
      FROM unnest(${col(plan.newClasses, (c) => c.name)}::text[], ${col(plan.newClasses, (c) => c.sector)}::text[], ${col(plan.newClasses, (c) => c.yearLevel)}::int[])
        AS c("name", "sector", "yearLevel")
      ON CONFLICT ("schoolId", "schoolYearId", "name") DO NOTHING`);
  }

  const added = plan.add.map((a) => ({ ...a, id: randomUUID() }));
  if (added.length > 0) {
    // One INSERT from arrays: Prisma's createMany took seconds for a school's 2,000 pupils.
    const rows = added.map(({ id, values }) => ({ id, values, bsnEncrypted: encryptPupilBsn(values.bsn, { schoolId, pupilId: id }) }));
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Pupil" ("schoolId", "id", "studentNumber", "firstName", "infix", "lastName", "birthDate", "bsnEncrypted", "educationNumber", "sector", "yearLevel",
        "email", "phone", "enrolledFrom", "enrolledUntil")
      SELECT ${schoolId}::uuid, u."id", u."studentNumber", u."firstName", u."infix", u."lastName", u."birthDate", u."bsnEncrypted", u."educationNumber", u."sector"::"Sector",
        u."yearLevel", u."email", u."phone", u."enrolledFrom", u."enrolledUntil"
      FROM unnest(${col(rows, (r) => r.id)}::uuid[], ${col(rows, (r) => r.values.studentNumber)}::text[], ${col(rows, (r) => r.values.firstName)}::text[],
        ${col(rows, (r) => r.values.infix)}::text[], ${col(rows, (r) => r.values.lastName)}::text[], ${col(rows, (r) => r.values.birthDate)}::date[],
        ${col(rows, (r) => r.bsnEncrypted)}::text[], ${col(rows, (r) => r.values.educationNumber)}::text[], ${col(rows, (r) => r.values.sector)}::text[],
        ${col(rows, (r) => r.values.yearLevel)}::int[], ${col(rows, (r) => r.values.email)}::text[], ${col(rows, (r) => r.values.phone)}::text[],
        ${col(rows, (r) => r.values.enrolledFrom)}::date[], ${col(rows, (r) => r.values.enrolledUntil)}::date[])
        AS u("id", "studentNumber", "firstName", "infix", "lastName", "birthDate", "bsnEncrypted", "educationNumber", "sector", "yearLevel", "email", "phone", "enrolledFrom", "enrolledUntil")`);
  }

  if (plan.change.length > 0) {
    const bsnOf = new Map(existing.map((p) => [p.id, p.bsn]));
    const rows = plan.change.map(({ id, values }) => {
      const bsnChanged = bsnOf.get(id) !== values.bsn;
      return { id, values, bsnChanged, bsnEncrypted: bsnChanged ? encryptPupilBsn(values.bsn, { schoolId, pupilId: id }) : null };
    });
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Pupil" p SET "firstName" = u."firstName", "infix" = u."infix", "lastName" = u."lastName", "birthDate" = u."birthDate",
        "bsnEncrypted" = CASE WHEN u."bsnChanged" THEN u."bsnEncrypted" ELSE p."bsnEncrypted" END,
        "educationNumber" = u."educationNumber", "sector" = u."sector"::"Sector", "yearLevel" = u."yearLevel", "email" = u."email", "phone" = u."phone",
        "enrolledFrom" = u."enrolledFrom", "enrolledUntil" = u."enrolledUntil"
      FROM unnest(${col(rows, (r) => r.id)}::uuid[], ${col(rows, (r) => r.values.firstName)}::text[], ${col(rows, (r) => r.values.infix)}::text[],
        ${col(rows, (r) => r.values.lastName)}::text[], ${col(rows, (r) => r.values.birthDate)}::date[], ${col(rows, (r) => r.bsnChanged)}::boolean[],
        ${col(rows, (r) => r.bsnEncrypted)}::text[], ${col(rows, (r) => r.values.educationNumber)}::text[], ${col(rows, (r) => r.values.sector)}::text[],
        ${col(rows, (r) => r.values.yearLevel)}::int[], ${col(rows, (r) => r.values.email)}::text[], ${col(rows, (r) => r.values.phone)}::text[],
        ${col(rows, (r) => r.values.enrolledFrom)}::date[], ${col(rows, (r) => r.values.enrolledUntil)}::date[])
        AS u("id", "firstName", "infix", "lastName", "birthDate", "bsnChanged", "bsnEncrypted", "educationNumber", "sector", "yearLevel", "email", "phone", "enrolledFrom", "enrolledUntil")
      WHERE p."schoolId" = ${schoolId}::uuid AND p."id" = u."id"`);
  }

  if (yearId !== null) {
    const moved = plan.change.filter((c) => c.className !== null);
    const leaving = moved.filter((c) => c.className!.from !== null).map((c) => c.id);
    if (leaving.length > 0) {
      // A membership that began today or later held no lessons yet: it goes; an older one ends yesterday.
      await tx.$executeRaw(Prisma.sql`
        DELETE FROM "GroupMember" m USING "Group" g
        WHERE m."schoolId" = ${schoolId}::uuid AND m."pupilId" = ANY(${leaving}::uuid[]) AND g."schoolId" = m."schoolId" AND g."id" = m."groupId"
          AND g."schoolYearId" = ${yearId}::uuid AND g."kind" = 'CLASS' AND m."validFrom" >= ${today}::date`);
      await tx.$executeRaw(Prisma.sql`
        UPDATE "GroupMember" m SET "validUntil" = ${addDays(today, -1)}::date FROM "Group" g
        WHERE m."schoolId" = ${schoolId}::uuid AND m."pupilId" = ANY(${leaving}::uuid[]) AND g."schoolId" = m."schoolId" AND g."id" = m."groupId"
          AND g."schoolYearId" = ${yearId}::uuid AND g."kind" = 'CLASS' AND (m."validUntil" IS NULL OR m."validUntil" >= ${today}::date)`);
    }
    const yearStart = schoolYear!.startDate;
    const joins = [
      ...added.filter((a) => a.className).map((a) => ({ pupilId: a.id, name: a.className!, from: a.values.enrolledFrom > yearStart ? a.values.enrolledFrom : null })),
      ...moved.filter((c) => c.className!.to !== null).map((c) => ({ pupilId: c.id, name: c.className!.to!, from: today })),
    ];
    if (joins.length > 0) {
      await tx.$executeRaw(Prisma.sql`
        INSERT INTO "GroupMember" ("schoolId", "groupId", "pupilId", "validFrom", "validUntil")
        SELECT ${schoolId}::uuid, g."id", j."pupilId", j."from", NULL
        FROM unnest(${col(joins, (j) => j.pupilId)}::uuid[], ${col(joins, (j) => j.name)}::text[], ${col(joins, (j) => j.from)}::date[]) AS j("pupilId", "name", "from")
        JOIN "Group" g ON g."schoolId" = ${schoolId}::uuid AND g."schoolYearId" = ${yearId}::uuid AND g."name" = j."name"
        ON CONFLICT ("schoolId", "groupId", "pupilId") DO UPDATE SET "validFrom" = EXCLUDED."validFrom", "validUntil" = NULL`);
    }
  }

  if (plan.end.length > 0) {
    const ids = plan.end.map((e) => e.id);
    await tx.$executeRaw(Prisma.sql`UPDATE "Pupil" SET "enrolledUntil" = ${endDate}::date WHERE "schoolId" = ${schoolId}::uuid AND "id" = ANY(${ids}::uuid[])`);
    await tx.$executeRaw(Prisma.sql`
      UPDATE "GroupMember" SET "validUntil" = ${endDate}::date
      WHERE "schoolId" = ${schoolId}::uuid AND "pupilId" = ANY(${ids}::uuid[]) AND ("validUntil" IS NULL OR "validUntil" > ${endDate}::date)`);
    // Their individual schedule ends with them: a running opbouwrooster, exemption, internship or addition stops on the same day.
    await tx.$executeRaw(Prisma.sql`
      UPDATE "ScheduleAdjustment" SET "validUntil" = ${endDate}::date
      WHERE "schoolId" = ${schoolId}::uuid AND "pupilId" = ANY(${ids}::uuid[]) AND "validFrom" <= ${endDate}::date
        AND ("validUntil" IS NULL OR "validUntil" > ${endDate}::date)`);
  }
}
