import "server-only";
import { sql, statement } from "@/db/sql";
import { withTenant } from "@/db/tenant-context";

/*
 * One statement: every "absent, reason unknown" registration of these pupils on a day inside one of their
 * decided leave requests gets the category the decision gives it, with a line in its history:
 * - approved: LEAVE (reason: the leave's type), as the register would have pre-filled it;
 * - rejected: ABSENT_UNEXCUSED with reason HOLIDAY_WITHOUT_LEAVE, which the rules module turns into the
 *   mandatory LUXURY report (RULES.md; decision 127).
 * Source LEAVE: a teacher's later observation (present after all) still wins, unlike a coordinator's decision.
 * $1 school, $2 pupils (null: every pupil of leave request $3), $3 one leave request (null: all), $4 who, $5 now.
 */
const CLASSIFY = statement("leave-classify-absences", `
  WITH target AS (
    SELECT DISTINCT ON (r."id") r."id", r."observed", r."lateMinutes", v."id" AS "leaveId",
      CASE WHEN v."state" = 'APPROVED' THEN 'LEAVE' ELSE 'ABSENT_UNEXCUSED' END AS "status",
      CASE WHEN v."state" = 'APPROVED' THEN v."type"::text ELSE 'HOLIDAY_WITHOUT_LEAVE' END AS "reason",
      CASE WHEN v."state" = 'APPROVED' THEN 'Verlof toegekend' ELSE 'Afwezig tijdens afgewezen verlof: vakantie zonder verlof' END AS "note"
    FROM "LeaveRequest" v
    JOIN "Registration" r ON r."schoolId" = v."schoolId" AND r."pupilId" = v."pupilId" AND r."date" BETWEEN v."startDate" AND v."endDate"
    WHERE v."schoolId" = $1::uuid AND v."state" IN ('APPROVED', 'REJECTED') AND r."status" = 'ABSENT_UNKNOWN'
      AND ($2::uuid[] IS NULL OR v."pupilId" = ANY($2::uuid[])) AND ($3::uuid IS NULL OR v."id" = $3::uuid)
    ORDER BY r."id", (v."state" = 'APPROVED') DESC, v."createdAt" DESC
  ),
  changed AS (
    UPDATE "Registration" r SET "status" = t."status"::"AttendanceStatus", "reason" = t."reason", "statusSource" = 'LEAVE',
      "leaveRequestId" = t."leaveId", "statusSetById" = $4::uuid, "statusSetAt" = $5::timestamp, "version" = r."version" + 1, "updatedAt" = $5::timestamp
    FROM target t
    WHERE r."schoolId" = $1::uuid AND r."id" = t."id" AND r."status" = 'ABSENT_UNKNOWN'
    RETURNING r."id", r."pupilId", t."observed", t."lateMinutes", t."status", t."reason", t."note"
  ),
  history AS (
    INSERT INTO "RegistrationChange" ("schoolId", "id", "registrationId", "changedAt", "changedById", "source", "markedAt",
      "fromObserved", "toObserved", "fromStatus", "toStatus", "fromReason", "toReason", "fromLateMinutes", "toLateMinutes", "note")
    SELECT $1::uuid, gen_random_uuid(), c."id", $5::timestamp, $4::uuid, 'LEAVE', $5::timestamp,
      c."observed", c."observed", 'ABSENT_UNKNOWN', c."status"::"AttendanceStatus", NULL, c."reason", c."lateMinutes", c."lateMinutes", c."note"
    FROM changed c
  )
  SELECT DISTINCT "pupilId" FROM changed`);

/**
 * What a leave decision makes of absences with an unknown reason inside its period, for a few pupils
 * (after their registrations changed) or for one request (when it is decided). Returns the pupils
 * whose registrations changed, for their signals to be evaluated again.
 */
export async function classifyAbsencesInLeave({ schoolId, pupilIds = null, leaveRequestId = null, changedById = null, now }: {
  schoolId: string; pupilIds?: string[] | null; leaveRequestId?: string | null; changedById?: string | null; now: Date;
}): Promise<string[]> {
  const rows = await withTenant({ schoolId }, () =>
    sql<{ pupilId: string }>(CLASSIFY, [schoolId, pupilIds, leaveRequestId, changedById, now.toISOString()]));
  return rows.map((r) => r.pupilId);
}
