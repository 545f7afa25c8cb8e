import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import type { AttendanceStatus, Observation, RegistrationSource } from "@/db/generated/prisma/enums";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import { AppError } from "@/errors/app-error";
import { isoDate, schoolToday } from "@/calendar/school-time";
import { applyTeacherMark, type RegistrationState } from "../apply-teacher-mark";
import { mayChangeLesson } from "../may-change-lesson";
import type { MarkResult } from "../register-types";
import type { TRecordMarks } from "../schemas";
import { accessMessage } from "../access-message";
import { findKnownAbsences } from "./find-known-absences";
import { findLessonForRegister, lessonPupilIds } from "./get-lesson-register";

/** A mark may be timed at most this far ahead of the server's clock (clock drift). */
const MAX_CLOCK_AHEAD_MS = 2 * 60_000;
/** An offline mark older than this is not sent any more: the browser drops it and says so. */
const MAX_AGE_MS = 7 * 24 * 60 * 60_000;

type Locked = RegistrationState & { id: string; pupilId: string; lastMarkedAt: Date | null; version: number };

/**
 * A teacher's marks in one lesson. Every mark carries an idempotency key (a
 * replay changes nothing) and the time of the teacher's action: per pupil the
 * later action wins, also when an offline mark arrives after a newer one
 * ("stale": refused and reported back). Rows are locked for the transaction,
 * so two people marking the same lesson never lose an update, and every
 * change is written to the history.
 */
export async function recordMarks({ actor, input, now, timeZone, correctionDays }: {
  actor: Actor; input: TRecordMarks; now: Date; timeZone: string; correctionDays: number;
}): Promise<{ results: MarkResult[]; changedPupilIds: string[] }> {
  const { schoolId } = actor;
  const [lesson, lessonPupils] = await Promise.all([
    findLessonForRegister({ schoolId, lessonId: input.lessonId }),
    lessonPupilIds({ schoolId, lessonId: input.lessonId }),
  ]);
  const date = isoDate(lesson.date);
  const access = mayChangeLesson(
    { date, cancelled: lesson.cancelled, ownTeacher: lesson.staffId !== null && lesson.staffId === actor.staffId },
    { today: schoolToday(timeZone, now), correctionDays, anyDate: can(actor, "register:correct-any") },
  );
  if (!access.allowed) throw new AppError(access.reason === "FUTURE" || access.reason === "CANCELLED" ? "RULE_VIOLATION" : "FORBIDDEN", accessMessage(access.reason));

  const pupilsInLesson = new Set(lessonPupils);
  const duration = lesson.endMinutes - lesson.startMinutes;
  input.marks.forEach((mark, i) => {
    if (!pupilsInLesson.has(mark.pupilId)) throw invalid(i, "pupilId", "Deze leerling hoort niet bij deze les.");
    if (mark.lateMinutes !== undefined && mark.lateMinutes > duration) throw invalid(i, "lateMinutes", `Te laat kan hoogstens ${duration} minuten zijn: zo lang duurt de les.`);
    const markedAt = new Date(mark.markedAt).getTime();
    if (markedAt > now.getTime() + MAX_CLOCK_AHEAD_MS) throw invalid(i, "markedAt", "Dit tijdstip ligt in de toekomst: klopt de klok van het apparaat?");
    if (markedAt < now.getTime() - MAX_AGE_MS) throw invalid(i, "markedAt", "Deze registratie is ouder dan een week en wordt niet meer verwerkt.");
  });

  const markedPupilIds = [...new Set(input.marks.map((m) => m.pupilId))];
  const known = await findKnownAbsences({ schoolId, pupilIds: markedPupilIds, lesson: { date, startMinutes: lesson.startMinutes, endMinutes: lesson.endMinutes, timeZone } });

  return withReplayRetry(() =>
    prisma.$transaction(async (tx) => {
      const keys = input.marks.map((m) => m.idempotencyKey);
      const seen = new Set(
        (await tx.$queryRaw<{ key: string }[]>(Prisma.sql`
          SELECT "idempotencyKey" AS "key" FROM "RegistrationChange"
          WHERE "schoolId" = ${schoolId}::uuid AND "idempotencyKey" = ANY(${keys}::text[])`)).map((r) => r.key),
      );

      // Make sure every row exists, then lock them all (in a fixed order: no deadlocks).
      await tx.$executeRaw(Prisma.sql`
        INSERT INTO "Registration" ("schoolId", "id", "lessonId", "pupilId", "date", "updatedAt")
        SELECT ${schoolId}::uuid, gen_random_uuid(), ${lesson.id}::uuid, p, ${lesson.date}::date, now()
        FROM unnest(${markedPupilIds}::uuid[]) AS p
        ON CONFLICT ("schoolId", "lessonId", "pupilId") DO NOTHING`);
      const locked = await tx.$queryRaw<Locked[]>(Prisma.sql`
        SELECT "id", "pupilId", "observed", "observedLateMinutes", "status", "reason", "lateMinutes", "statusSource", "lastMarkedAt", "version"
        FROM "Registration"
        WHERE "schoolId" = ${schoolId}::uuid AND "lessonId" = ${lesson.id}::uuid AND "pupilId" = ANY(${markedPupilIds}::uuid[])
        ORDER BY "pupilId" FOR UPDATE`);
      const rows = new Map(locked.map((r) => [r.pupilId, { ...r }]));

      const results: MarkResult[] = [];
      const changes: ChangeRow[] = [];
      for (const mark of input.marks) {
        const row = rows.get(mark.pupilId)!;
        const markedAt = new Date(mark.markedAt);
        const k = known.get(mark.pupilId) ?? null;
        const result = (outcome: MarkResult["outcome"]) => results.push({ idempotencyKey: mark.idempotencyKey, pupilId: mark.pupilId, outcome });
        if (seen.has(mark.idempotencyKey)) { result("replayed"); continue; }
        seen.add(mark.idempotencyKey);
        if (row.lastMarkedAt && markedAt < row.lastMarkedAt) { result("stale"); continue; }
        if (mark.onlyIfUnmarked && (row.observed !== null || row.status !== "UNREGISTERED" || k)) { result("skipped"); continue; }

        const next = applyTeacherMark(row.status === "UNREGISTERED" && row.statusSource === null ? null : row, mark, { known: k });
        changes.push({ row: { ...row }, next, mark, markedAt });
        Object.assign(row, next, { lastMarkedAt: markedAt });
        result(next.keptDecision ? "kept-decision" : "applied");
      }
      if (changes.length > 0) await writeChanges(tx, { actor, lessonId: lesson.id, rows, changes, now });
      await markLessonRegisteredIfComplete(tx, { schoolId, lessonId: lesson.id, pupils: pupilsInLesson.size, actor, now, alreadyRegistered: lesson.registeredAt !== null });
      return { results, changedPupilIds: [...new Set(changes.map((c) => c.mark.pupilId))] };
    }),
  );
}

type ChangeRow = { row: Locked; next: RegistrationState; mark: TRecordMarks["marks"][number]; markedAt: Date };

async function writeChanges(tx: Prisma.TransactionClient, { actor, lessonId, rows, changes, now }: {
  actor: Actor; lessonId: string; rows: Map<string, Locked>; changes: ChangeRow[]; now: Date;
}): Promise<void> {
  const final = [...new Set(changes.map((c) => c.mark.pupilId))].map((pupilId) => rows.get(pupilId)!);
  const col = <T>(pick: (r: Locked) => T) => final.map(pick);
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Registration" r SET
      "observed" = u.observed::"Observation", "observedLateMinutes" = u.olate, "observedById" = ${actor.userId}::uuid, "observedAt" = ${now},
      "status" = u.status::"AttendanceStatus", "reason" = u.reason, "lateMinutes" = u.late, "statusSource" = u.source::"RegistrationSource",
      "statusSetById" = CASE WHEN u.source = 'TEACHER' THEN ${actor.userId}::uuid ELSE r."statusSetById" END,
      "statusSetAt" = CASE WHEN u.source = 'TEACHER' THEN ${now} ELSE r."statusSetAt" END,
      "lastMarkedAt" = u.marked, "version" = r."version" + 1, "updatedAt" = ${now}
    FROM unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.observed)}::text[], ${col((r) => r.observedLateMinutes)}::int[],
                ${col((r) => r.status)}::text[], ${col((r) => r.reason)}::text[], ${col((r) => r.lateMinutes)}::int[],
                ${col((r) => r.statusSource)}::text[], ${col((r) => r.lastMarkedAt)}::timestamp[])
      AS u(id, observed, olate, status, reason, late, source, marked)
    WHERE r."schoolId" = ${actor.schoolId}::uuid AND r."lessonId" = ${lessonId}::uuid AND r."id" = u.id`);

  const c = <T>(pick: (change: ChangeRow) => T) => changes.map(pick);
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "RegistrationChange" ("schoolId", "id", "registrationId", "changedAt", "changedById", "source", "idempotencyKey", "markedAt",
      "fromObserved", "toObserved", "fromStatus", "toStatus", "fromReason", "toReason", "fromLateMinutes", "toLateMinutes", "note")
    SELECT ${actor.schoolId}::uuid, u.id, u.reg, ${now}, ${actor.userId}::uuid, 'TEACHER', u.key, u.marked,
      u.fo::"Observation", u.tobs::"Observation", u.fs::"AttendanceStatus", u.ts::"AttendanceStatus", u.fr, u.tr, u.fl, u.tl, u.note
    FROM unnest(${c(() => randomUUID())}::uuid[], ${c((x) => x.row.id)}::uuid[], ${c((x) => x.mark.idempotencyKey)}::text[], ${c((x) => x.markedAt)}::timestamp[],
                ${c((x) => x.row.observed)}::text[], ${c((x) => x.next.observed)}::text[], ${c((x) => x.row.status)}::text[], ${c((x) => x.next.status)}::text[],
                ${c((x) => x.row.reason)}::text[], ${c((x) => x.next.reason)}::text[], ${c((x) => x.row.lateMinutes)}::int[], ${c((x) => x.next.lateMinutes)}::int[],
                ${c((x) => ("keptDecision" in x.next && x.next.keptDecision ? "Categorie blijft: besluit van de verzuimcoördinator." : null))}::text[])
      AS u(id, reg, key, marked, fo, tobs, fs, ts, fr, tr, fl, tl, note)`);
}

/** A lesson is registered once every pupil on its schedule has a mark or a known category. */
async function markLessonRegisteredIfComplete(tx: Prisma.TransactionClient, { schoolId, lessonId, pupils, actor, now, alreadyRegistered }: {
  schoolId: string; lessonId: string; pupils: number; actor: Actor; now: Date; alreadyRegistered: boolean;
}): Promise<void> {
  if (alreadyRegistered) return;
  const [{ done }] = await tx.$queryRaw<[{ done: bigint }]>(Prisma.sql`
    SELECT count(*) AS "done" FROM "Registration"
    WHERE "schoolId" = ${schoolId}::uuid AND "lessonId" = ${lessonId}::uuid AND ("observed" IS NOT NULL OR "status" <> 'UNREGISTERED')`);
  if (Number(done) < pupils) return;
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Lesson" SET "registeredAt" = ${now}, "registeredById" = ${actor.userId}::uuid
    WHERE "schoolId" = ${schoolId}::uuid AND "id" = ${lessonId}::uuid AND "registeredAt" IS NULL`);
}

function invalid(index: number, field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { [`marks.${index}.${field}`]: [message] });
}

/** Two sends of the same change at the same moment: the second hits the unique key, retries, and finds a replay. */
async function withReplayRetry<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) return run();
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const text = String((error as { message?: string })?.message ?? "") + JSON.stringify((error as { meta?: unknown })?.meta ?? {});
  return text.includes("23505") || text.includes("Unique constraint");
}

export type { AttendanceStatus, Observation, RegistrationSource };
