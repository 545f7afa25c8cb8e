import "server-only";
import { addDays } from "@/calendar/school-time";
import type { Prisma } from "@/db/generated/prisma/client";
import { GONE_REASON, type LessonRow } from "../diff-lessons";
import type { TimetablePlan } from "../plan-timetable-import";

const CHUNK = 10_000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}
const col = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);

/**
 * Applies a timetable plan inside the caller's transaction (decision 147), in batches: every insert and
 * update is one statement per 10,000 rows over `unnest` arrays, never a query per lesson. Order follows
 * the foreign keys: subjects and clusters, memberships, entries, lessons, then the entries nothing uses
 * any more. A lesson planned for removal is deleted only if nothing refers to it now; otherwise it is kept
 * as cancelled, so a registration made since the preview is never lost.
 */
export async function writeTimetablePlan(tx: Prisma.TransactionClient, { schoolId, plan }: { schoolId: string; plan: TimetablePlan }): Promise<void> {
  const s = schoolId;
  if (plan.newSubjects.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Subject" ("schoolId", "id", "code", "name")
      SELECT ${s}::uuid, t."id", t."code", t."code" FROM unnest(${col(plan.newSubjects, (r) => r.id)}::uuid[], ${col(plan.newSubjects, (r) => r.code)}::text[]) AS t("id", "code")`;
  }
  if (plan.newClusters.length > 0) {
    const c = plan.newClusters;
    await tx.$executeRaw`
      INSERT INTO "Group" ("schoolId", "id", "schoolYearId", "name", "kind")
      SELECT ${s}::uuid, t."id", t."year", t."name", 'CLUSTER' FROM unnest(${col(c, (r) => r.id)}::uuid[], ${col(c, (r) => r.schoolYearId)}::uuid[], ${col(c, (r) => r.code)}::text[]) AS t("id", "year", "name")`;
  }
  for (const m of chunks(plan.memberships.insert)) {
    await tx.$executeRaw`
      INSERT INTO "GroupMember" ("schoolId", "groupId", "pupilId", "validFrom")
      SELECT ${s}::uuid, t."g", t."p", t."f" FROM unnest(${col(m, (r) => r.groupId)}::uuid[], ${col(m, (r) => r.pupilId)}::uuid[], ${col(m, (r) => r.validFrom)}::date[]) AS t("g", "p", "f")`;
  }
  for (const m of chunks(plan.memberships.end)) {
    await tx.$executeRaw`
      UPDATE "GroupMember" gm SET "validUntil" = t."u" FROM unnest(${col(m, (r) => r.groupId)}::uuid[], ${col(m, (r) => r.pupilId)}::uuid[], ${col(m, (r) => r.validUntil)}::date[]) AS t("g", "p", "u")
      WHERE gm."schoolId" = ${s}::uuid AND gm."groupId" = t."g" AND gm."pupilId" = t."p"`;
  }
  for (const m of chunks(plan.memberships.remove)) {
    await tx.$executeRaw`
      DELETE FROM "GroupMember" gm USING unnest(${col(m, (r) => r.groupId)}::uuid[], ${col(m, (r) => r.pupilId)}::uuid[]) AS t("g", "p")
      WHERE gm."schoolId" = ${s}::uuid AND gm."groupId" = t."g" AND gm."pupilId" = t."p"`;
  }
  for (const e of chunks(plan.entries.insert)) {
    await tx.$executeRaw`
      INSERT INTO "TimetableEntry" ("schoolId", "id", "schoolYearId", "groupId", "subjectId", "staffId", "weekday", "period", "room", "validFrom")
      SELECT ${s}::uuid, t.* FROM unnest(${col(e, (r) => r.id)}::uuid[], ${col(e, (r) => r.schoolYearId)}::uuid[], ${col(e, (r) => r.groupId)}::uuid[],
        ${col(e, (r) => r.subjectId)}::uuid[], ${col(e, (r) => r.staffId)}::uuid[], ${col(e, (r) => r.weekday)}::int[], ${col(e, (r) => r.period)}::int[],
        ${col(e, (r) => r.room)}::text[], ${col(e, (r) => r.validFrom)}::date[]) AS t`;
  }
  for (const e of chunks(plan.entries.update)) {
    await tx.$executeRaw`
      UPDATE "TimetableEntry" te SET "staffId" = t."staff", "room" = t."room", "validUntil" = NULL
      FROM unnest(${col(e, (r) => r.id)}::uuid[], ${col(e, (r) => r.staffId)}::uuid[], ${col(e, (r) => r.room)}::text[]) AS t("id", "staff", "room")
      WHERE te."schoolId" = ${s}::uuid AND te."id" = t."id"`;
  }
  for (const l of chunks(plan.lessons.insert)) await insertLessons(tx, s, l);
  for (const l of chunks(plan.lessons.update)) await updateLessons(tx, s, l);
  const gone = [...plan.lessons.remove, ...plan.lessons.cancel].map((l) => l.id);
  for (const ids of chunks(gone)) {
    await tx.$executeRaw`
      DELETE FROM "Lesson" l WHERE l."schoolId" = ${s}::uuid AND l."id" = ANY(${ids}::uuid[]) AND l."registeredAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Registration" r WHERE r."schoolId" = l."schoolId" AND r."lessonId" = l."id")
        AND NOT EXISTS (SELECT 1 FROM "ScheduleAdjustment" a WHERE a."schoolId" = l."schoolId" AND a."lessonId" = l."id")
        AND NOT EXISTS (SELECT 1 FROM "RegistrationReminder" m WHERE m."schoolId" = l."schoolId" AND m."lessonId" = l."id")`;
    await tx.$executeRaw`
      UPDATE "Lesson" SET "cancelled" = true, "cancelReason" = ${GONE_REASON}
      WHERE "schoolId" = ${s}::uuid AND "id" = ANY(${ids}::uuid[]) AND NOT ("cancelled" AND "cancelReason" IS NOT DISTINCT FROM ${GONE_REASON})`;
  }
  for (const ids of chunks(plan.entries.end)) {
    await tx.$executeRaw`
      UPDATE "TimetableEntry" te SET "validUntil" = ${addDays(plan.range.start, -1)}::date
      WHERE te."schoolId" = ${s}::uuid AND te."id" = ANY(${ids}::uuid[])
        AND NOT EXISTS (SELECT 1 FROM "Lesson" l WHERE l."schoolId" = te."schoolId" AND l."timetableEntryId" = te."id" AND l."date" >= ${plan.range.start}::date AND NOT l."cancelled")`;
  }
}

async function insertLessons(tx: Prisma.TransactionClient, s: string, l: LessonRow[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Lesson" ("schoolId", "id", "date", "period", "startMinutes", "endMinutes", "groupId", "subjectId", "staffId", "room", "timetableEntryId", "cancelled", "cancelReason")
    SELECT ${s}::uuid, t.* FROM unnest(${col(l, (r) => r.id)}::uuid[], ${col(l, (r) => r.date)}::date[], ${col(l, (r) => r.period)}::int[],
      ${col(l, (r) => r.startMinutes)}::int[], ${col(l, (r) => r.endMinutes)}::int[], ${col(l, (r) => r.groupId)}::uuid[], ${col(l, (r) => r.subjectId)}::uuid[],
      ${col(l, (r) => r.staffId)}::uuid[], ${col(l, (r) => r.room)}::text[], ${col(l, (r) => r.timetableEntryId)}::uuid[], ${col(l, (r) => r.cancelled)}::bool[],
      ${col(l, (r) => r.cancelReason)}::text[]) AS t`;
}

async function updateLessons(tx: Prisma.TransactionClient, s: string, l: LessonRow[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Lesson" le SET "period" = t."period", "endMinutes" = t."end", "staffId" = t."staff", "room" = t."room", "timetableEntryId" = t."entry",
      "cancelled" = t."cancelled", "cancelReason" = t."reason"
    FROM unnest(${col(l, (r) => r.id)}::uuid[], ${col(l, (r) => r.period)}::int[], ${col(l, (r) => r.endMinutes)}::int[], ${col(l, (r) => r.staffId)}::uuid[],
      ${col(l, (r) => r.room)}::text[], ${col(l, (r) => r.timetableEntryId)}::uuid[], ${col(l, (r) => r.cancelled)}::bool[], ${col(l, (r) => r.cancelReason)}::text[])
      AS t("id", "period", "end", "staff", "room", "entry", "cancelled", "reason")
    WHERE le."schoolId" = ${s}::uuid AND le."id" = t."id"`;
}
