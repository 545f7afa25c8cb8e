import "server-only";
import type { Actor } from "@/auth/load-actor";
import { sql, statement } from "@/db/sql";
import { AppError } from "@/errors/app-error";
import { PROFILE_NAMES, resolveSettings, type TProfileName } from "@/rules";
import { accessMessage } from "../access-message";
import { knownAbsences } from "../known-absences";
import { planMarks, UNDO_NOTE, type ChangeWrite, type CurrentRegistration, type MarksPlan, type RegistrationWrite } from "../plan-marks";
import type { MarkResult } from "../register-types";
import type { TMark, TRecordMarks } from "../schemas";
import { lessonAccess } from "./lesson-access";
import { lessonPupilsSql } from "./lesson-pupils-sql";
import { readRegisterState, type RegisterPupilRow } from "./read-register-state";
import type { RegisterPolicy } from "./register-policy";

/** A mark may be timed at most this far ahead of the server's clock (clock drift). */
const MAX_CLOCK_AHEAD_MS = 2 * 60_000;
/** An offline mark older than this is not sent any more: the browser drops it and says so. */
const MAX_AGE_MS = 7 * 24 * 60 * 60_000;
/** Rounds of "read, decide, write" before a save that keeps losing races gives up (two people at once need two). */
const MAX_ROUNDS = 5;

/*
 * One statement, so one transaction: every registration is inserted or
 * updated only if it still has the version that was read (a registration that
 * someone else changed in between is left alone and comes back missing), and
 * each written registration gets its history rows.
 */
const WRITE = statement("register-write", `
  WITH written AS (
    INSERT INTO "Registration" AS r ("schoolId", "id", "lessonId", "pupilId", "date", "observed", "observedLateMinutes", "observedById", "observedAt",
      "status", "reason", "lateMinutes", "statusSource", "statusSetById", "statusSetAt", "lastMarkedAt", "version", "updatedAt")
    SELECT $1::uuid, gen_random_uuid(), $2::uuid, u.pupil, $3::date, u.observed::"Observation", u.olate, $4::uuid, $5::timestamp,
      u.status::"AttendanceStatus", u.reason, u.late, u.source::"RegistrationSource",
      CASE WHEN u.source = 'TEACHER' THEN $4::uuid END, CASE WHEN u.source = 'TEACHER' THEN $5::timestamp END, u.marked, u.expected + 1, $5::timestamp
    FROM unnest($6::uuid[], $7::int[], $8::text[], $9::int[], $10::text[], $11::text[], $12::int[], $13::text[], $14::timestamp[])
      AS u(pupil, expected, observed, olate, status, reason, late, source, marked)
    ON CONFLICT ("schoolId", "lessonId", "pupilId") DO UPDATE SET
      "observed" = excluded."observed", "observedLateMinutes" = excluded."observedLateMinutes",
      "observedById" = excluded."observedById", "observedAt" = excluded."observedAt",
      "status" = excluded."status", "reason" = excluded."reason", "lateMinutes" = excluded."lateMinutes", "statusSource" = excluded."statusSource",
      "statusSetById" = CASE WHEN excluded."statusSource" = 'TEACHER' THEN excluded."statusSetById" ELSE r."statusSetById" END,
      "statusSetAt" = CASE WHEN excluded."statusSource" = 'TEACHER' THEN excluded."statusSetAt" ELSE r."statusSetAt" END,
      "lastMarkedAt" = excluded."lastMarkedAt", "version" = excluded."version", "updatedAt" = excluded."updatedAt"
    WHERE r."version" = excluded."version" - 1
    RETURNING r."id", r."pupilId"
  ),
  history AS (
    INSERT INTO "RegistrationChange" ("schoolId", "id", "registrationId", "changedAt", "changedById", "source", "idempotencyKey", "markedAt",
      "fromObserved", "toObserved", "fromStatus", "toStatus", "fromReason", "toReason", "fromLateMinutes", "toLateMinutes", "note")
    SELECT $1::uuid, gen_random_uuid(), w."id", $5::timestamp, $4::uuid, 'TEACHER', c.key, c.marked,
      c.fo::"Observation", c.tobs::"Observation", c.fs::"AttendanceStatus", c.ts::"AttendanceStatus", c.fr, c.tr, c.fl, c.tl, c.note
    FROM unnest($15::uuid[], $16::text[], $17::timestamp[], $18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[],
                $24::int[], $25::int[], $26::text[])
      AS c(pupil, key, marked, fo, tobs, fs, ts, fr, tr, fl, tl, note)
    JOIN written w ON w."pupilId" = c.pupil
  ),
  present_group AS (
    SELECT s."lessonId", s."pupilId" FROM "Registration" s
    WHERE s."schoolId" = $1::uuid AND s."pupilId" = ANY($27::uuid[]) AND s."date" = $3::date AND s."lessonId" <> $2::uuid
      AND s."status" IN ('PRESENT', 'LATE_EXCUSED', 'LATE_UNEXCUSED')
  ),
  scheduled AS (${lessonPupilsSql("$1", `ARRAY(SELECT DISTINCT "lessonId" FROM present_group)`)}),
  present_elsewhere AS MATERIALIZED (
    SELECT p.pupil FROM unnest($27::uuid[]) AS p(pupil)
    CROSS JOIN LATERAL (
      SELECT 1 FROM "Registration" s
      JOIN "Lesson" l ON l."schoolId" = $1::uuid AND l."id" = s."lessonId"
      JOIN scheduled ON scheduled."lessonId" = s."lessonId" AND scheduled."pupilId" = s."pupilId"
      WHERE s."schoolId" = $1::uuid AND s."pupilId" = p.pupil AND s."date" = $3::date AND s."lessonId" <> $2::uuid
        AND s."status" IN ('PRESENT', 'LATE_EXCUSED', 'LATE_UNEXCUSED')
        AND NOT l."cancelled" AND l."endMinutes" > l."startMinutes"
      LIMIT 1
      FOR SHARE OF s
    ) found
  ),
  school AS (
    SELECT "rulesProfile"::text AS "profile", "rulesSettings" -> 'fullAbsenceShare' AS "fullAbsenceShare" FROM "School" WHERE "id" = $1::uuid
  )
  SELECT w."pupilId", EXISTS (SELECT 1 FROM present_elsewhere p WHERE p.pupil = w."pupilId") AS "presentElsewhere", school."profile", school."fullAbsenceShare"
  FROM written w CROSS JOIN school`);

/**
 * A lesson is registered once every pupil on its schedule ($5) has a mark or a category, or has a
 * reason known before the lesson ($6: a parent's report, approved leave), which the register shows
 * pre-filled and the teacher need not touch.
 */
const COMPLETE = statement("register-complete", `
  UPDATE "Lesson" SET "registeredAt" = $3::timestamp, "registeredById" = $4::uuid
  WHERE "schoolId" = $1::uuid AND "id" = $2::uuid AND "registeredAt" IS NULL
    AND NOT EXISTS (
      SELECT 1 FROM unnest($5::uuid[]) AS p(pupil)
      WHERE p.pupil <> ALL($6::uuid[])
        AND NOT EXISTS (SELECT 1 FROM "Registration" r WHERE r."schoolId" = $1::uuid AND r."lessonId" = $2::uuid AND r."pupilId" = p.pupil
                        AND (r."observed" IS NOT NULL OR r."status" <> 'UNREGISTERED')))`);

/** The lesson is no longer registered once a pupil on its schedule ($3) has neither a mark nor a known reason ($4): after an undo. */
const REOPEN = statement("register-reopen", `
  UPDATE "Lesson" SET "registeredAt" = NULL, "registeredById" = NULL
  WHERE "schoolId" = $1::uuid AND "id" = $2::uuid AND "registeredAt" IS NOT NULL
    AND EXISTS (
      SELECT 1 FROM unnest($3::uuid[]) AS p(pupil)
      WHERE p.pupil <> ALL($4::uuid[])
        AND NOT EXISTS (SELECT 1 FROM "Registration" r WHERE r."schoolId" = $1::uuid AND r."lessonId" = $2::uuid AND r."pupilId" = p.pupil
                        AND (r."observed" IS NOT NULL OR r."status" <> 'UNREGISTERED')))`);

/**
 * A teacher's marks in one lesson. Every mark carries an idempotency key (a
 * replay changes nothing) and the time of the teacher's action: per pupil the
 * later action wins, also when an offline mark arrives after a newer one
 * ("stale": refused and reported back). Two people marking the same lesson
 * never lose an update: a registration is written only if nobody changed it
 * since it was read; otherwise its marks are decided again on what the other
 * wrote. Every change is written to the history, in the same statement.
 */
export async function recordMarks({ actor, input, ...policy }: { actor: Actor; input: TRecordMarks } & RegisterPolicy): Promise<{
  results: MarkResult[];
  changedPupilIds: string[];
  /** The changed pupils whose signals may have changed: the ones to re-evaluate (see `mayChangeSignals`). */
  pupilsToEvaluate: string[];
}> {
  const { schoolId } = actor;
  const { lessonId } = input;
  const state = await readRegisterState({ schoolId, lessonId, keys: keysOf(input.marks) });
  const { lesson } = state;
  const access = lessonAccess(actor, lesson, policy);
  if (!access.allowed) {
    const rule = access.reason === "FUTURE" || access.reason === "NOT_STARTED" || access.reason === "CANCELLED";
    throw new AppError(rule ? "RULE_VIOLATION" : "FORBIDDEN", accessMessage(access, lesson));
  }
  validateMarks(input.marks, { pupils: new Set(state.pupils.map((p) => p.pupilId)), duration: lesson.endMinutes - lesson.startMinutes, now: policy.now });

  const known = knownAbsences(state.covering, { date: lesson.date, startMinutes: lesson.startMinutes, endMinutes: lesson.endMinutes, timeZone: policy.timeZone });
  const results: (MarkResult & { index: number })[] = [];
  const changed = new Set<string>();
  const toEvaluate = new Set<string>();
  let pending = input.marks.map((mark, index) => ({ index, mark }));
  let rows = state.pupils;
  let keys = state.seen;
  let undoable = state.undoable;
  for (let round = 1; pending.length > 0; round++) {
    if (round > MAX_ROUNDS) throw new AppError("CONFLICT", "Iemand anders wijzigt deze les tegelijk. Probeer het opnieuw.");
    if (round > 1) ({ pupils: rows, seen: keys, undoable } = await readRegisterState({ schoolId, lessonId, keys: keysOf(pending.map((p) => p.mark)) }));
    const plan = planMarks(pending, { current: currentOf(rows), known, seen: keys, undoable });
    const written = await write(plan, { actor, lessonId, date: lesson.date, now: policy.now });
    if (written === "again") continue; // nothing was written: the next round reads and decides again
    for (const write of plan.writes) {
      const row = written.get(write.pupilId);
      if (!row) continue;
      changed.add(write.pupilId);
      if (mayChangeSignals(write, row)) toEvaluate.add(write.pupilId);
    }
    const lost = new Set(plan.writes.map((w) => w.pupilId).filter((pupilId) => !written.has(pupilId)));
    results.push(...plan.results.filter((r) => !lost.has(r.pupilId)));
    pending = pending.filter((p) => lost.has(p.mark.pupilId));
  }
  // Also after a save that changed nothing: "everyone else present" in a lesson whose other pupils all have a known reason.
  if (lesson.registeredAt === null && input.marks.length > 0) {
    await sql(COMPLETE, [schoolId, lessonId, policy.now.toISOString(), actor.userId, state.pupils.map((p) => p.pupilId), [...known.keys()]]);
  }
  // An undo of "everyone else present" makes a registered lesson open again (only on that path: one statement more).
  if (lesson.registeredAt !== null && results.some((r) => r.outcome === "applied" && input.marks[r.index]!.undoes !== undefined)) {
    await sql(REOPEN, [schoolId, lessonId, state.pupils.map((p) => p.pupilId), [...known.keys()]]);
  }
  return {
    results: results.sort((a, b) => a.index - b.index).map(({ idempotencyKey, pupilId, outcome }) => ({ idempotencyKey, pupilId, outcome })),
    changedPupilIds: [...changed],
    pupilsToEvaluate: [...toEvaluate],
  };
}

type WrittenRow = { pupilId: string; presentElsewhere: boolean; profile: string; fullAbsenceShare: unknown };

/**
 * Whether a written registration can change the pupil's signals. Not when the
 * rules' fields stayed the same, nor when an unregistered lesson became
 * PRESENT while the pupil was already present in another lesson that day
 * (on their schedule, not cancelled): that day stays a registered day of the
 * same kind, which holds as long as a day counts as a full-absence day only
 * when ALL its registered time is unexcused (`fullAbsenceShare` 1, every
 * profile's default). A property test in src/rules/properties.test.ts checks
 * the rules side. The other lesson was locked (FOR SHARE) in the same
 * statement, so a change to it waits for this one to commit, and its own
 * re-evaluation then sees this mark. docs/decisions/052-register-skips-redundant-evaluations.md.
 */
function mayChangeSignals(write: RegistrationWrite, row: WrittenRow): boolean {
  if (write.rulesChange === "none") return false;
  if (write.rulesChange === "other" || !row.presentElsewhere) return true;
  return fullAbsenceShareOf(row) < 1;
}

function fullAbsenceShareOf({ profile, fullAbsenceShare }: WrittenRow): number {
  const name = profile.toLowerCase() as TProfileName;
  // An unknown profile or a broken setting fails the evaluation itself; here it only means "evaluate".
  if (!PROFILE_NAMES.includes(name) || (fullAbsenceShare !== null && typeof fullAbsenceShare !== "number")) return 0;
  return resolveSettings(name, fullAbsenceShare === null ? {} : { fullAbsenceShare }).fullAbsenceShare;
}

function validateMarks(marks: readonly TMark[], { pupils, duration, now }: { pupils: ReadonlySet<string>; duration: number; now: Date }): void {
  marks.forEach((mark, i) => {
    if (!pupils.has(mark.pupilId)) throw invalid(i, "pupilId", "Deze leerling hoort niet bij deze les.");
    if (mark.lateMinutes !== undefined && mark.lateMinutes > duration) throw invalid(i, "lateMinutes", `Te laat kan hoogstens ${duration} minuten zijn: zo lang duurt de les.`);
    const markedAt = new Date(mark.markedAt).getTime();
    if (markedAt > now.getTime() + MAX_CLOCK_AHEAD_MS) throw invalid(i, "markedAt", "Dit tijdstip ligt in de toekomst: klopt de klok van het apparaat?");
    if (markedAt < now.getTime() - MAX_AGE_MS) throw invalid(i, "markedAt", "Deze registratie is ouder dan een week en wordt niet meer verwerkt.");
  });
}

function currentOf(rows: readonly RegisterPupilRow[]): Map<string, CurrentRegistration | null> {
  return new Map(rows.map((row) => [row.pupilId, row.registration]));
}

/**
 * Writes a plan; answers which pupils' registrations were written, or "again" when nothing was: a
 * change's key was taken meanwhile (the same change sent twice at once), or PostgreSQL broke a
 * deadlock with another save (two lessons of the same pupils changed crosswise at the same moment).
 */
async function write(plan: MarksPlan, { actor, lessonId, date, now }: { actor: Actor; lessonId: string; date: string; now: Date }): Promise<Map<string, WrittenRow> | "again"> {
  if (plan.writes.length === 0) return new Map();
  const w = <T>(pick: (row: RegistrationWrite) => T) => plan.writes.map(pick);
  const c = <T>(pick: (change: ChangeWrite) => T) => plan.changes.map(pick);
  try {
    const rows = await sql<WrittenRow>(WRITE, [
      actor.schoolId, lessonId, date, actor.userId, now.toISOString(),
      w((r) => r.pupilId), w((r) => r.expectedVersion), w((r) => r.state.observed), w((r) => r.state.observedLateMinutes),
      w((r) => r.state.status), w((r) => r.state.reason), w((r) => r.state.lateMinutes), w((r) => r.state.statusSource), w((r) => r.lastMarkedAt.toISOString()),
      c((x) => x.pupilId), c((x) => x.idempotencyKey), c((x) => x.markedAt.toISOString()),
      c((x) => x.from.observed), c((x) => x.to.observed), c((x) => x.from.status), c((x) => x.to.status),
      c((x) => x.from.reason), c((x) => x.to.reason), c((x) => x.from.lateMinutes), c((x) => x.to.lateMinutes),
      c((x) => (x.undo ? UNDO_NOTE : x.to.keptDecision ? "Categorie blijft: besluit van de verzuimcoördinator." : null)),
      plan.writes.filter((r) => r.rulesChange === "presentOnUnregistered").map((r) => r.pupilId),
    ]);
    return new Map(rows.map((row) => [row.pupilId, row]));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "23505" || code === "40P01") return "again";
    throw error;
  }
}

/** The keys a read looks up: each mark's own (a replay?) and the one an undo names (still undoable?). */
function keysOf(marks: readonly TMark[]): string[] {
  return marks.flatMap((m) => (m.undoes === undefined ? [m.idempotencyKey] : [m.idempotencyKey, m.undoes]));
}

function invalid(index: number, field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { [`marks.${index}.${field}`]: [message] });
}
