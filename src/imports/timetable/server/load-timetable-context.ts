import "server-only";
import { addDays } from "@/calendar/school-time";
import { Prisma } from "@/db/generated/prisma/client";
import type { TimetableContext } from "../timetable-context";

/**
 * The school as the timetable import plans against it (decision 146): its years, groups, staff and
 * subject codes, pupils, cluster members, the timetable entries still valid at the range's start and
 * the lessons in the range with whether anything refers to them. A handful of queries, whatever the
 * size of the school; dates come back as text. Every query is scoped by `schoolId`.
 */
export async function loadTimetableContext(
  db: Prisma.TransactionClient,
  { schoolId, range }: { schoolId: string; range: { start: string; end: string } },
): Promise<TimetableContext> {
  const [schoolYears, groups, staff, subjects, pupils, clusterMembers, entries, lessons] = await Promise.all([
    db.$queryRaw<TimetableContext["schoolYears"]>`
      SELECT "id", "name", "startDate"::text AS "startDate", "endDate"::text AS "endDate" FROM "SchoolYear" WHERE "schoolId" = ${schoolId}::uuid`,
    db.$queryRaw<TimetableContext["groups"]>`
      SELECT "id", "schoolYearId", "name", "kind"::text AS "kind" FROM "Group" WHERE "schoolId" = ${schoolId}::uuid`,
    db.$queryRaw<TimetableContext["staff"]>`SELECT "id", "code" FROM "Staff" WHERE "schoolId" = ${schoolId}::uuid`,
    db.$queryRaw<TimetableContext["subjects"]>`SELECT "id", "code" FROM "Subject" WHERE "schoolId" = ${schoolId}::uuid`,
    db.$queryRaw<TimetableContext["pupils"]>`
      SELECT "id", "studentNumber", "enrolledUntil"::text AS "enrolledUntil" FROM "Pupil" WHERE "schoolId" = ${schoolId}::uuid`,
    db.$queryRaw<TimetableContext["clusterMembers"]>`
      SELECT m."groupId", m."pupilId", m."validFrom"::text AS "validFrom", m."validUntil"::text AS "validUntil"
      FROM "GroupMember" m JOIN "Group" g ON g."schoolId" = m."schoolId" AND g."id" = m."groupId"
      WHERE m."schoolId" = ${schoolId}::uuid AND g."kind" = 'CLUSTER'`,
    db.$queryRaw<TimetableContext["entries"]>`
      SELECT e."id", e."schoolYearId", e."groupId", e."subjectId", e."staffId", e."weekday", e."period", e."room", e."validUntil"::text AS "validUntil",
        e."id" IN (SELECT l."timetableEntryId" FROM "Lesson" l
          WHERE l."schoolId" = ${schoolId}::uuid AND l."date" > ${range.end}::date AND l."timetableEntryId" IS NOT NULL) AS "usedAfterRange"
      FROM "TimetableEntry" e
      WHERE e."schoolId" = ${schoolId}::uuid AND (e."validUntil" IS NULL OR e."validUntil" >= ${range.start}::date)`,
    db.$queryRaw<TimetableContext["lessons"]>`
      SELECT l."id", l."date"::text AS "date", l."period", l."startMinutes", l."endMinutes", l."groupId", l."subjectId", l."staffId", l."room",
        l."timetableEntryId", l."cancelled", l."cancelReason",
        -- IN (…) rather than EXISTS per lesson: one hashed pass over each table, not a lookup per lesson.
        (l."registeredAt" IS NOT NULL
          OR l."id" IN (SELECT r."lessonId" FROM "Registration" r
            WHERE r."schoolId" = ${schoolId}::uuid AND r."date" BETWEEN ${range.start}::date AND ${range.end}::date)
          OR l."id" IN (SELECT a."lessonId" FROM "ScheduleAdjustment" a WHERE a."schoolId" = ${schoolId}::uuid AND a."lessonId" IS NOT NULL)
          OR l."id" IN (SELECT m."lessonId" FROM "RegistrationReminder" m WHERE m."schoolId" = ${schoolId}::uuid)) AS "referenced"
      FROM "Lesson" l
      WHERE l."schoolId" = ${schoolId}::uuid AND l."date" BETWEEN ${range.start}::date AND ${range.end}::date`,
  ]);
  return { schoolYears, groups, staff, subjects, pupils, clusterMembers, entries, lessons };
}

/** The day before a date, for end dates. */
export const dayBefore = (date: string) => addDays(date, -1);
