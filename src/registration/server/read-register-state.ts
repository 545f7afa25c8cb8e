import "server-only";
import type { AdjustmentCategory, AdjustmentKind, AttendanceStatus, Observation, RegistrationSource } from "@/db/generated/prisma/enums";
import { sql, statement } from "@/db/sql";
import { AppError } from "@/errors/app-error";
import { adjustmentAppliesSql, adjustmentInForceSql } from "@/schedule/adjustment-applies-sql";
import type { RegistrationState } from "../apply-teacher-mark";
import type { CoveringAbsence } from "../known-absences";
import { lessonPupilsSql } from "./lesson-pupils-sql";

export type RegisterLessonRow = {
  id: string; date: string; period: number; startMinutes: number; endMinutes: number; cancelled: boolean;
  staffId: string | null; registeredAt: Date | null; room: string | null;
  groupName: string; subjectName: string; teacherName: string | null;
  groupId: string; timetableEntryId: string | null;
};

/** A pupil on the lesson's schedule with their registration for it (null when nobody marked them yet). */
export type RegisterPupilRow = {
  pupilId: string; firstName: string; infix: string | null; lastName: string;
  registration: (RegistrationState & { id: string; lastMarkedAt: Date | null; version: number }) | null;
};

/** One line of a registration's history, with the name of who made it. */
export type RegisterHistoryRow = {
  pupilId: string; changedAt: Date; by: string | null;
  fromObserved: Observation | null; toObserved: Observation | null; fromStatus: AttendanceStatus | null; toStatus: AttendanceStatus | null;
  toLateMinutes: number | null; note: string | null;
};

export type RegisterState = {
  lesson: RegisterLessonRow;
  pupils: RegisterPupilRow[];
  /** Parents' reports and approved leave of these pupils that cover the lesson's date (times compared in `knownAbsences`). */
  covering: CoveringAbsence[];
  /** Of the idempotency keys asked about, those that were written before. */
  seen: Set<string>;
  /** Of those, the changes an undo may still take back (key → pupil): see the statement. */
  undoable: Map<string, string>;
  /** The history of the lesson's registrations, oldest first; empty unless asked for. */
  history: RegisterHistoryRow[];
  /**
   * The individual schedule changes in force on the lesson's date (empty unless the history is asked
   * for: the page shows them, a save does not need them): those of the pupils on the list (`applies`:
   * whether the change touches this very lesson, as for a guest), and the group's pupils exempted
   * from this lesson, who are not on the list.
   */
  adjustments: RegisterAdjustmentRow[];
};

export type RegisterAdjustmentRow = {
  pupilId: string; kind: AdjustmentKind; category: AdjustmentCategory; applies: boolean; firstName: string; infix: string | null; lastName: string;
};

/*
 * Everything a register shows or a save decides on, in ONE statement (a
 * named one, prepared once per connection): the register is opened and saved
 * all day long, and on a 2-core machine every statement costs PostgreSQL and
 * the app more than the little work inside it. Each part is scoped to the
 * school. $3: idempotency keys to look up (a save's own and those it undoes); $4: whether to include the history
 * and the schedule adjustments (what only the page shows).
 * Timestamps are stored in UTC; JSON carries them without a zone.
 */
const READ = statement("register-read", `
  WITH lp AS (${lessonPupilsSql("$1", "ARRAY[$2::uuid]")}),
  lesson AS (
    SELECT l."id", l."date", l."period", l."startMinutes", l."endMinutes", l."cancelled", l."staffId", l."registeredAt", l."room",
      l."groupId", l."timetableEntryId", l."subjectId",
      g."name" AS "groupName", s."name" AS "subjectName", st."firstName" || ' ' || st."lastName" AS "teacherName"
    FROM "Lesson" l
    JOIN "Group" g ON g."schoolId" = l."schoolId" AND g."id" = l."groupId"
    JOIN "Subject" s ON s."schoolId" = l."schoolId" AND s."id" = l."subjectId"
    LEFT JOIN "Staff" st ON st."schoolId" = l."schoolId" AND st."id" = l."staffId"
    WHERE l."schoolId" = $1::uuid AND l."id" = $2::uuid
  )
  SELECT
    (SELECT row_to_json(lesson) FROM lesson) AS "lesson",
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT p."id" AS "pupilId", p."firstName", p."infix", p."lastName",
        r."id" AS "registrationId", r."observed", r."observedLateMinutes", r."status", r."reason", r."lateMinutes",
        r."statusSource", r."lastMarkedAt", r."version"
      FROM lp
      JOIN "Pupil" p ON p."schoolId" = $1::uuid AND p."id" = lp."pupilId"
      LEFT JOIN "Registration" r ON r."schoolId" = $1::uuid AND r."lessonId" = lp."lessonId" AND r."pupilId" = lp."pupilId"
    ) x) AS "pupils",
    (SELECT coalesce(json_agg(x ORDER BY x."createdAt"), '[]') FROM (
      SELECT 'REPORT' AS "type", a."pupilId", a."kind"::text AS "kind", a."startDate", a."startMinutes", a."endDate", a."endMinutes",
        a."state"::text AS "state", a."recoveredAt", a."reportedVia"::text AS "source", a."createdAt"
      FROM "AbsenceReport" a, lesson
      WHERE a."schoolId" = $1::uuid AND a."pupilId" IN (SELECT "pupilId" FROM lp) AND a."state" <> 'WITHDRAWN'
        AND a."startDate" <= lesson."date" AND (a."endDate" IS NULL OR a."endDate" >= lesson."date")
      UNION ALL
      SELECT 'LEAVE', v."pupilId", v."type"::text, v."startDate", v."startMinutes", v."endDate", v."endMinutes",
        v."state"::text, NULL, NULL, v."createdAt"
      FROM "LeaveRequest" v, lesson
      WHERE v."schoolId" = $1::uuid AND v."pupilId" IN (SELECT "pupilId" FROM lp) AND v."state" = 'APPROVED'
        AND v."startDate" <= lesson."date" AND v."endDate" >= lesson."date"
    ) x) AS "covering",
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT c."idempotencyKey" AS "key", r."pupilId",
        -- Undoable: a teacher's change of this lesson from unmarked that is still the registration's last one.
        (r."lessonId" = $2::uuid AND c."source" = 'TEACHER' AND c."fromObserved" IS NULL AND c."fromStatus" = 'UNREGISTERED'
          AND r."lastMarkedAt" = c."markedAt" AND r."observed" IS NOT DISTINCT FROM c."toObserved" AND r."status" = c."toStatus"
          AND NOT EXISTS (SELECT 1 FROM "RegistrationChange" l
            WHERE l."schoolId" = $1::uuid AND l."registrationId" = c."registrationId" AND l."changedAt" > c."changedAt")) AS "undoable"
      FROM "RegistrationChange" c
      JOIN "Registration" r ON r."schoolId" = c."schoolId" AND r."id" = c."registrationId"
      WHERE c."schoolId" = $1::uuid AND c."idempotencyKey" = ANY($3::text[])
    ) x) AS "seen",
    CASE WHEN $4::boolean THEN (SELECT coalesce(json_agg(x ORDER BY x."changedAt", x."id"), '[]') FROM (
      SELECT c."id", r."pupilId", c."changedAt", u."name" AS "by", c."fromObserved", c."toObserved", c."fromStatus", c."toStatus", c."toLateMinutes", c."note"
      FROM "Registration" r
      JOIN "RegistrationChange" c ON c."schoolId" = r."schoolId" AND c."registrationId" = r."id"
      LEFT JOIN "User" u ON u."id" = c."changedById"
      WHERE r."schoolId" = $1::uuid AND r."lessonId" = $2::uuid
    ) x) ELSE '[]' END AS "history",
    CASE WHEN $4::boolean THEN (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT DISTINCT a."pupilId", a."kind"::text AS "kind", a."category"::text AS "category", ${adjustmentAppliesSql("a", "lesson")} AS "applies",
        p."firstName", p."infix", p."lastName"
      FROM lesson
      JOIN "ScheduleAdjustment" a ON a."schoolId" = $1::uuid
        AND (${adjustmentAppliesSql("a", "lesson")} OR ${adjustmentInForceSql("a", 'lesson."date"')})
      JOIN "Pupil" p ON p."schoolId" = $1::uuid AND p."id" = a."pupilId"
      WHERE a."pupilId" IN (SELECT "pupilId" FROM lp)
        OR (a."kind" = 'EXEMPTION' AND ${adjustmentAppliesSql("a", "lesson")} AND a."pupilId" NOT IN (SELECT "pupilId" FROM lp) AND EXISTS (
          SELECT 1 FROM "GroupMember" gm WHERE gm."schoolId" = $1::uuid AND gm."groupId" = lesson."groupId" AND gm."pupilId" = a."pupilId"
            AND (gm."validFrom" IS NULL OR gm."validFrom" <= lesson."date") AND (gm."validUntil" IS NULL OR gm."validUntil" >= lesson."date")))
    ) x) ELSE '[]' END AS "adjustments"`);

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
type PupilJson = Json<{
  pupilId: string; firstName: string; infix: string | null; lastName: string;
  registrationId: string | null; observed: Observation | null; observedLateMinutes: number | null; status: AttendanceStatus | null;
  reason: string | null; lateMinutes: number | null; statusSource: RegistrationSource | null; lastMarkedAt: Date | null; version: number | null;
}>;
type ReadRow = {
  lesson: Json<RegisterLessonRow> | null;
  pupils: PupilJson[];
  covering: Json<CoveringAbsence>[];
  seen: { key: string; pupilId: string; undoable: boolean }[];
  history: Json<RegisterHistoryRow>[];
  adjustments: RegisterAdjustmentRow[];
};

/**
 * The lesson, its pupils with their registrations, the reports and leave that
 * cover its date, which of `keys` were seen before and (if asked) the
 * history. Another school's lesson is "not found", exactly like one that does
 * not exist.
 */
export async function readRegisterState({ schoolId, lessonId, keys = [], history = false }: {
  schoolId: string; lessonId: string; keys?: readonly string[]; history?: boolean;
}): Promise<RegisterState> {
  const [row] = await sql<ReadRow>(READ, [schoolId, lessonId, keys, history]);
  if (!row?.lesson) throw new AppError("NOT_FOUND", "Deze les bestaat niet.");
  return {
    lesson: { ...row.lesson, registeredAt: utc(row.lesson.registeredAt) },
    pupils: row.pupils.map(toPupilRow),
    covering: row.covering.map((c) => ({ ...c, recoveredAt: utc(c.recoveredAt) })),
    seen: new Set(row.seen.map((c) => c.key)),
    undoable: new Map(row.seen.filter((c) => c.undoable).map((c) => [c.key, c.pupilId])),
    history: row.history.map((h) => ({ ...h, changedAt: utc(h.changedAt)! })),
    adjustments: row.adjustments,
  };
}

function toPupilRow(row: PupilJson): RegisterPupilRow {
  const { pupilId, firstName, infix, lastName } = row;
  return {
    pupilId, firstName, infix, lastName,
    registration: row.registrationId === null ? null : {
      id: row.registrationId, observed: row.observed, observedLateMinutes: row.observedLateMinutes, status: row.status!, reason: row.reason,
      lateMinutes: row.lateMinutes!, statusSource: row.statusSource, lastMarkedAt: utc(row.lastMarkedAt), version: row.version!,
    },
  };
}

/** A stored UTC timestamp as JSON gives it ("2026-11-23T09:05:00.123", no zone). */
function utc(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}Z`);
}
