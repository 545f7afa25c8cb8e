import "server-only";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { adjustmentAppliesSql } from "@/schedule/adjustment-applies-sql";
import type { TDayStatusCount } from "../year-calendar";

const APPLIES_TO_L = Prisma.raw(adjustmentAppliesSql("a", "l"));
const APPLIES_TO_C = Prisma.raw(adjustmentAppliesSql("a", "c"));

/**
 * One pupil's lessons per day and status, from `from` to `today` (lessons
 * of today only once they have begun), in ONE query aggregated in SQL: a
 * school year is ~1,250 lessons, the answer ~300 rows.
 *
 * Starts from the pupil's INDIVIDUAL schedule, not from the registrations:
 * a lesson of their groups (while a member) plus additions minus exemptions,
 * decided by the one rule `adjustmentAppliesSql` (decision 154), as the
 * signals loader reads it (src/signals/server/load-rules-input.ts),
 * so that a lesson nobody registered shows as "niet geregistreerd" instead
 * of disappearing. A missing registration row counts as UNREGISTERED, a
 * cancelled lesson as CANCELLED.
 *
 * Not record-scoped itself: callers check the pupil against `pupilScope`
 * first (getCaseFile does); the tenant scope is in every table's join.
 */
export async function getAttendanceDays({ schoolId, pupilId, from, today, nowMinutes }: {
  schoolId: string; pupilId: string; from: string; today: string; nowMinutes: number;
}): Promise<Map<string, TDayStatusCount[]>> {
  const rows = await prisma.$queryRaw<{ day: string; status: AttendanceStatus; lessons: number; minutes: number; lateMinutes: number }[]>(Prisma.sql`
    WITH adj AS (
      SELECT a."kind", a."lessonId", a."timetableEntryId", a."subjectId", a."weekdays", a."periods", a."validFrom", a."validUntil"
      FROM "ScheduleAdjustment" a
      WHERE a."schoolId" = ${schoolId}::uuid AND a."pupilId" = ${pupilId}::uuid
    ),
    in_range AS NOT MATERIALIZED (
      SELECT l."id", l."date", l."startMinutes", l."endMinutes", l."cancelled", l."timetableEntryId", l."groupId", l."subjectId", l."period" FROM "Lesson" l
      WHERE l."schoolId" = ${schoolId}::uuid AND l."date" BETWEEN ${from}::date AND ${today}::date
        AND (l."date" < ${today}::date OR l."startMinutes" <= ${nowMinutes}::int) AND l."endMinutes" > l."startMinutes"
    ),
    candidates AS (
      -- the lessons of their groups while a member …
      SELECT l.* FROM "GroupMember" gm
      JOIN in_range l ON l."groupId" = gm."groupId"
        AND (gm."validFrom" IS NULL OR gm."validFrom" <= l."date") AND (gm."validUntil" IS NULL OR gm."validUntil" >= l."date")
      WHERE gm."schoolId" = ${schoolId}::uuid AND gm."pupilId" = ${pupilId}::uuid
      UNION
      -- … plus single added lessons …
      SELECT l.* FROM adj a JOIN in_range l ON l."id" = a."lessonId"
      WHERE a."kind" = 'ADDITION'
      UNION
      -- … plus the lessons of an added timetable entry that the addition applies to …
      SELECT l.* FROM adj a
      JOIN "TimetableEntry" te ON te."schoolId" = ${schoolId}::uuid AND te."id" = a."timetableEntryId"
      JOIN in_range l ON l."groupId" = te."groupId" AND l."timetableEntryId" = te."id"
      WHERE a."kind" = 'ADDITION' AND a."lessonId" IS NULL AND ${APPLIES_TO_L}
    ),
    scheduled AS (
      -- … minus the lessons an exemption applies to (an exemption beats an addition).
      SELECT c.* FROM candidates c
      WHERE NOT EXISTS (SELECT 1 FROM adj a WHERE a."kind" = 'EXEMPTION' AND ${APPLIES_TO_C})
    )
    SELECT to_char(s."date", 'YYYY-MM-DD') AS "day",
      CASE WHEN s."cancelled" THEN 'CANCELLED' ELSE COALESCE(r."status"::text, 'UNREGISTERED') END AS "status",
      count(*)::int AS "lessons",
      sum(s."endMinutes" - s."startMinutes")::int AS "minutes",
      sum(LEAST(GREATEST(COALESCE(r."lateMinutes", 0), 0), s."endMinutes" - s."startMinutes"))::int AS "lateMinutes"
    FROM scheduled s
    LEFT JOIN "Registration" r ON r."schoolId" = ${schoolId}::uuid AND r."lessonId" = s."id" AND r."pupilId" = ${pupilId}::uuid
    GROUP BY 1, 2
    ORDER BY 1, 2`);
  const days = new Map<string, TDayStatusCount[]>();
  for (const row of rows) {
    const list = days.get(row.day) ?? [];
    list.push({ status: row.status, lessons: row.lessons, minutes: row.minutes, lateMinutes: row.status.startsWith("LATE") ? row.lateMinutes : 0 });
    days.set(row.day, list);
  }
  return days;
}
