import pg from "pg";
import type { SqlLesson } from "./register-school";
import { summarize, type StepSummary } from "./register-stats";

// The ceiling: the rows a complete register writes, by plain SQL over ONE
// pooled connection, one transaction (one statement) per save and no reads
// or checks: "everyone present" inserts 30 registrations and their 30 history
// rows and marks the lesson registered; each of the 3 changes updates one
// registration and adds its history row. What the app cannot beat on this
// machine with this durability (every commit waits for its WAL flush).

const SAVE_ALL = `
  WITH reg AS (
    INSERT INTO "Registration" ("schoolId", "id", "lessonId", "pupilId", "date", "observed", "observedById", "observedAt", "status",
      "statusSource", "statusSetById", "statusSetAt", "lastMarkedAt", "version", "updatedAt")
    SELECT $1::uuid, gen_random_uuid(), $2::uuid, p, $3::date, 'PRESENT', $4::uuid, now(), 'PRESENT', 'TEACHER', $4::uuid, now(), $5::timestamp, 2, now()
    FROM unnest($6::uuid[]) AS p
    RETURNING "id"
  ), history AS (
    INSERT INTO "RegistrationChange" ("schoolId", "id", "registrationId", "changedAt", "changedById", "source", "idempotencyKey", "markedAt",
      "toObserved", "fromStatus", "toStatus", "fromLateMinutes", "toLateMinutes")
    SELECT $1::uuid, gen_random_uuid(), reg."id", now(), $4::uuid, 'TEACHER', gen_random_uuid()::text, $5::timestamp, 'PRESENT', 'UNREGISTERED', 'PRESENT', 0, 0
    FROM reg
  )
  UPDATE "Lesson" SET "registeredAt" = now(), "registeredById" = $4::uuid WHERE "schoolId" = $1::uuid AND "id" = $2::uuid`;

const SAVE_ONE = `
  WITH old AS (
    SELECT "id", "observed", "status", "lateMinutes" FROM "Registration"
    WHERE "schoolId" = $1::uuid AND "lessonId" = $2::uuid AND "pupilId" = $3::uuid FOR UPDATE
  ), reg AS (
    UPDATE "Registration" r SET "observed" = $5::"Observation", "observedLateMinutes" = $6::int, "observedAt" = now(), "status" = $7::"AttendanceStatus",
      "lateMinutes" = coalesce($6::int, 0), "statusSetAt" = now(), "lastMarkedAt" = $8::timestamp, "version" = r."version" + 1, "updatedAt" = now()
    FROM old WHERE r."schoolId" = $1::uuid AND r."id" = old."id"
    RETURNING r."id", old."observed" AS "fromObserved", old."status" AS "fromStatus", old."lateMinutes" AS "fromLate"
  )
  INSERT INTO "RegistrationChange" ("schoolId", "id", "registrationId", "changedAt", "changedById", "source", "idempotencyKey", "markedAt",
    "fromObserved", "toObserved", "fromStatus", "toStatus", "fromLateMinutes", "toLateMinutes")
  SELECT $1::uuid, gen_random_uuid(), reg."id", now(), $4::uuid, 'TEACHER', gen_random_uuid()::text, $8::timestamp,
    reg."fromObserved", $5::"Observation", reg."fromStatus", $7::"AttendanceStatus", reg."fromLate", coalesce($6::int, 0)
  FROM reg`;

const CHANGES = [
  { index: 2, observation: "ABSENT", late: null, status: "ABSENT_UNKNOWN" },
  { index: 11, observation: "LATE", late: 5, status: "LATE_UNEXCUSED" },
  { index: 20, observation: "ABSENT", late: null, status: "ABSENT_UNKNOWN" },
] as const;

export interface SqlCeiling {
  registers: number;
  seconds: number;
  registersPerSecond: number;
  saveAll: StepSummary;
  saveOne: StepSummary;
}

export async function runSqlCeiling(
  connectionString: string,
  { schoolId, actorUserId, lessons, warmup, markedAt }: { schoolId: string; actorUserId: string; lessons: SqlLesson[]; warmup: number; markedAt: () => Date },
): Promise<SqlCeiling> {
  if (lessons.length <= warmup) throw new Error(`not enough lessons for the SQL ceiling (${lessons.length})`);
  const pool = new pg.Pool({ connectionString, max: 1 });
  const saveAll: number[] = [];
  const saveOne: number[] = [];
  try {
    const timed = async (into: number[] | null, query: pg.QueryConfig) => {
      const started = performance.now();
      await pool.query(query);
      into?.push(performance.now() - started);
    };
    let started = 0;
    for (const [i, lesson] of lessons.entries()) {
      const counted = i >= warmup;
      if (i === warmup) started = performance.now();
      await timed(counted ? saveAll : null, { name: "bench-save-all", text: SAVE_ALL, values: [schoolId, lesson.id, lesson.date, actorUserId, markedAt(), lesson.pupilIds] });
      for (const change of CHANGES) {
        const pupilId = lesson.pupilIds[change.index % lesson.pupilIds.length];
        await timed(counted ? saveOne : null, {
          name: "bench-save-one",
          text: SAVE_ONE,
          values: [schoolId, lesson.id, pupilId, actorUserId, change.observation, change.late, change.status, markedAt()],
        });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const registers = lessons.length - warmup;
    return { registers, seconds, registersPerSecond: registers / seconds, saveAll: summarize(saveAll), saveOne: summarize(saveOne) };
  } finally {
    await pool.end();
  }
}
