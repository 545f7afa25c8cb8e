import { applyTeacherMark, type KnownAbsence, type MarkOutcome, type RegistrationState } from "./apply-teacher-mark";
import type { MarkResult } from "./register-types";
import type { TMark } from "./schemas";

/** A pupil's registration for the lesson as read, with the version a write must still find. */
export type CurrentRegistration = RegistrationState & { lastMarkedAt: Date | null; version: number };

/**
 * What a write means for the pupil's signals (the rules read only status, reason and late minutes):
 * - "none": those stay as they were (an observation beside a coordinator's decision);
 * - "presentOnUnregistered": an unregistered lesson becomes PRESENT, which changes no signal when the
 *   pupil was already present in another lesson that day (`record-marks.ts` checks that);
 * - "other": anything else.
 */
export type RulesChange = "none" | "presentOnUnregistered" | "other";

/** The row a pupil's registration must become; `expectedVersion` 0: it did not exist yet. */
export type RegistrationWrite = { pupilId: string; expectedVersion: number; state: RegistrationState; lastMarkedAt: Date; rulesChange: RulesChange };

/** One line of history: a mark that changed the registration. */
export type ChangeWrite = { pupilId: string; idempotencyKey: string; markedAt: Date; from: RegistrationState; to: MarkOutcome; undo?: true };

export type MarksPlan = {
  results: (MarkResult & { index: number })[];
  writes: RegistrationWrite[];
  changes: ChangeWrite[];
};

/** The history line of an undo says so; the mark it takes back stays in the history too. */
export const UNDO_NOTE = "Ongedaan gemaakt.";

const UNREGISTERED: RegistrationState = { observed: null, observedLateMinutes: null, status: "UNREGISTERED", reason: null, lateMinutes: 0, statusSource: null };

/**
 * What a batch of marks does to the registrations, in order, per pupil:
 * - a mark whose idempotency key was seen before is a replay and changes nothing;
 * - per pupil the later action wins: a mark timed before the registration's
 *   last mark is stale (an offline mark that arrives after a newer one);
 * - "everyone else present" (`onlyIfUnmarked`) leaves pupils alone who were
 *   marked or about whom something is known;
 * - an undo (`undoes`) takes the pupil back to unmarked if the change it names
 *   (`undoable`, as read; or made earlier in this batch) is still the pupil's
 *   last one, and is "skipped" otherwise: a later mark stays;
 * - otherwise the teacher's observation is applied (`applyTeacherMark`).
 * Pure: the caller reads `current`, `known`, `seen` and `undoable`, and writes the plan.
 */
export function planMarks(
  marks: readonly { index: number; mark: TMark }[],
  { current, known, seen, undoable = new Map() }: {
    current: ReadonlyMap<string, CurrentRegistration | null>; known: ReadonlyMap<string, KnownAbsence>; seen: ReadonlySet<string>;
    /** Changes that an undo may take back, key → pupil: from unmarked, and still the registration's last change. */
    undoable?: ReadonlyMap<string, string>;
  },
): MarksPlan {
  const keys = new Set(seen);
  const rows = new Map<string, {
    read: RegistrationState; state: RegistrationState; lastMarkedAt: Date | null; expectedVersion: number; changed: boolean;
    /** The key of the last change this batch made, if it was made from unmarked (an undo may take it back). */
    undoableKey?: string;
  }>();
  const plan: MarksPlan = { results: [], writes: [], changes: [] };

  for (const { index, mark } of marks) {
    const result = (outcome: MarkResult["outcome"]) => plan.results.push({ index, idempotencyKey: mark.idempotencyKey, pupilId: mark.pupilId, outcome });
    let row = rows.get(mark.pupilId);
    if (!row) {
      const read = current.get(mark.pupilId) ?? null;
      row = read
        ? { read: stateOf(read), state: stateOf(read), lastMarkedAt: read.lastMarkedAt, expectedVersion: read.version, changed: false }
        : { read: UNREGISTERED, state: UNREGISTERED, lastMarkedAt: null, expectedVersion: 0, changed: false };
      rows.set(mark.pupilId, row);
    }
    if (keys.has(mark.idempotencyKey)) { result("replayed"); continue; }
    keys.add(mark.idempotencyKey);
    const markedAt = new Date(mark.markedAt);
    if (row.lastMarkedAt && markedAt < row.lastMarkedAt) { result("stale"); continue; }
    if (mark.undoes !== undefined) {
      const target = row.changed ? row.undoableKey === mark.undoes : undoable.get(mark.undoes) === mark.pupilId;
      if (!target) { result("skipped"); continue; }
      plan.changes.push({ pupilId: mark.pupilId, idempotencyKey: mark.idempotencyKey, markedAt, from: row.state, to: { ...UNREGISTERED, keptDecision: false }, undo: true });
      Object.assign(row, { state: UNREGISTERED, lastMarkedAt: markedAt, changed: true, undoableKey: undefined });
      result("applied");
      continue;
    }
    const k = known.get(mark.pupilId) ?? null;
    if (mark.onlyIfUnmarked && (row.state.observed !== null || row.state.status !== "UNREGISTERED" || k)) { result("skipped"); continue; }

    const untouched = row.state.status === "UNREGISTERED" && row.state.statusSource === null;
    const next = applyTeacherMark(untouched ? null : row.state, { observation: mark.observation!, lateMinutes: mark.lateMinutes }, { known: k });
    plan.changes.push({ pupilId: mark.pupilId, idempotencyKey: mark.idempotencyKey, markedAt, from: row.state, to: next });
    const fromUnmarked = row.state.observed === null && row.state.status === "UNREGISTERED";
    Object.assign(row, { state: stateOf(next), lastMarkedAt: markedAt, changed: true, undoableKey: fromUnmarked ? mark.idempotencyKey : undefined });
    result(next.keptDecision ? "kept-decision" : "applied");
  }
  for (const [pupilId, row] of rows) {
    if (!row.changed) continue;
    plan.writes.push({ pupilId, expectedVersion: row.expectedVersion, state: row.state, lastMarkedAt: row.lastMarkedAt!, rulesChange: rulesChange(row.read, row.state) });
  }
  return plan;
}

const LATE: ReadonlySet<string> = new Set(["LATE_EXCUSED", "LATE_UNEXCUSED"]);

/** See `RulesChange`. Late minutes count only for a late status; the rules treat a missing registration as UNREGISTERED. */
export function rulesChange(before: RegistrationState, after: RegistrationState): RulesChange {
  const lateBefore = LATE.has(before.status) ? before.lateMinutes : 0;
  const lateAfter = LATE.has(after.status) ? after.lateMinutes : 0;
  if (before.status === after.status && before.reason === after.reason && lateBefore === lateAfter) return "none";
  if (before.status === "UNREGISTERED" && after.status === "PRESENT") return "presentOnUnregistered";
  return "other";
}

function stateOf({ observed, observedLateMinutes, status, reason, lateMinutes, statusSource }: RegistrationState): RegistrationState {
  return { observed, observedLateMinutes, status, reason, lateMinutes, statusSource };
}
