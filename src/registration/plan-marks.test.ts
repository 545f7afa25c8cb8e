import { describe, expect, it } from "vitest";
import { planMarks, type CurrentRegistration } from "./plan-marks";
import type { TMark } from "./schemas";

const P1 = "0190a000-0000-7000-8000-000000000001";
const P2 = "0190a000-0000-7000-8000-000000000002";
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 9, 0, seconds)).toISOString();
const mark = (pupilId: string, observation: TMark["observation"], seconds: number, extra: Partial<TMark> = {}): TMark =>
  ({ pupilId, observation, idempotencyKey: `key-${pupilId.slice(-1)}-${seconds}`, markedAt: at(seconds), ...extra });
const indexed = (marks: TMark[]) => marks.map((m, index) => ({ index, mark: m }));
const registered = (over: Partial<CurrentRegistration> = {}): CurrentRegistration => ({
  observed: "PRESENT", observedLateMinutes: null, status: "PRESENT", reason: null, lateMinutes: 0, statusSource: "TEACHER",
  lastMarkedAt: new Date(at(10)), version: 3, ...over,
});
const none = { current: new Map(), known: new Map(), seen: new Set<string>() };

describe("planMarks", () => {
  it("writes a new registration once, from its last mark, with a history line per mark", () => {
    const plan = planMarks(indexed([mark(P1, "PRESENT", 1), mark(P1, "ABSENT", 2)]), none);
    expect(plan.results.map((r) => r.outcome)).toEqual(["applied", "applied"]);
    expect(plan.writes).toEqual([expect.objectContaining({ pupilId: P1, expectedVersion: 0, lastMarkedAt: new Date(at(2)) })]);
    expect(plan.writes[0]!.state.status).toBe("ABSENT_UNKNOWN");
    expect(plan.changes.map((c) => [c.from.observed, c.to.observed])).toEqual([[null, "PRESENT"], ["PRESENT", "ABSENT"]]);
  });

  it("expects the version it read, refuses a mark older than the last one and changes nothing for a replay", () => {
    const current = new Map([[P1, registered()]]);
    const replay = mark(P1, "ABSENT", 20);
    const plan = planMarks(indexed([mark(P1, "ABSENT", 5), replay, mark(P1, "LATE", 30, { lateMinutes: 4 })]), {
      current, known: new Map(), seen: new Set([replay.idempotencyKey]),
    });
    expect(plan.results.map((r) => r.outcome)).toEqual(["stale", "replayed", "applied"]);
    expect(plan.writes).toEqual([expect.objectContaining({ expectedVersion: 3 })]);
    expect(plan.changes).toHaveLength(1);
  });

  it("treats a key twice in one batch as one change", () => {
    const twice = mark(P1, "ABSENT", 5);
    expect(planMarks(indexed([twice, twice]), none).results.map((r) => r.outcome)).toEqual(["applied", "replayed"]);
  });

  it("leaves marked and reported pupils alone when everyone else is marked present", () => {
    const plan = planMarks(indexed([mark(P1, "PRESENT", 30, { onlyIfUnmarked: true }), mark(P2, "PRESENT", 30, { onlyIfUnmarked: true })]), {
      current: new Map([[P1, registered()]]),
      known: new Map([[P2, { status: "SICK" as const, reason: null, source: "GUARDIAN" as const }]]),
      seen: new Set(),
    });
    expect(plan.results.map((r) => r.outcome)).toEqual(["skipped", "skipped"]);
    expect(plan.writes).toEqual([]);
  });

  it("keeps the coordinator's decision and reports that", () => {
    const current = new Map([[P1, registered({ status: "ABSENT_UNEXCUSED", statusSource: "FOLLOW_UP_CALL", observed: "ABSENT" })]]);
    const plan = planMarks(indexed([mark(P1, "PRESENT", 30)]), { current, known: new Map(), seen: new Set() });
    expect(plan.results[0]!.outcome).toBe("kept-decision");
    expect(plan.writes[0]!.state).toMatchObject({ observed: "PRESENT", status: "ABSENT_UNEXCUSED", statusSource: "FOLLOW_UP_CALL" });
  });

  it("tells which writes can change a signal: a first PRESENT apart, and none when only the observation changes", () => {
    const first = planMarks(indexed([mark(P1, "PRESENT", 1), mark(P2, "ABSENT", 1)]), none);
    expect(first.writes.map((w) => [w.pupilId, w.rulesChange])).toEqual([[P1, "presentOnUnregistered"], [P2, "other"]]);

    const corrected = planMarks(indexed([mark(P1, "ABSENT", 30), mark(P1, "PRESENT", 31)]), { ...none, current: new Map([[P1, registered()]]) });
    expect(corrected.writes[0]!.rulesChange).toBe("none"); // PRESENT → ABSENT → PRESENT in one batch: the rules see no change

    const late = planMarks(indexed([mark(P1, "LATE", 30, { lateMinutes: 7 })]), {
      ...none, current: new Map([[P1, registered({ observed: "LATE", status: "LATE_UNEXCUSED", lateMinutes: 5 })]]),
    });
    expect(late.writes[0]!.rulesChange).toBe("other");

    const decided = planMarks(indexed([mark(P1, "PRESENT", 30)]), {
      ...none, current: new Map([[P1, registered({ status: "ABSENT_UNEXCUSED", statusSource: "FOLLOW_UP_CALL", observed: "ABSENT" })]]),
    });
    expect(decided.writes[0]!.rulesChange).toBe("none");
  });
});

describe("planMarks: undoing 'everyone else present'", () => {
  const bulk = (pupilId: string, seconds: number) => mark(pupilId, "PRESENT", seconds, { onlyIfUnmarked: true });
  const undo = (pupilId: string, of: TMark, seconds: number): TMark =>
    ({ pupilId, undoes: of.idempotencyKey, idempotencyKey: `undo-${pupilId.slice(-1)}-${seconds}`, markedAt: at(seconds) });

  it("takes a pupil back to unmarked in the same batch (offline: both waited), with a history line that says so", () => {
    const first = bulk(P1, 1);
    const plan = planMarks(indexed([first, undo(P1, first, 2)]), none);
    expect(plan.results.map((r) => r.outcome)).toEqual(["applied", "applied"]);
    expect(plan.writes).toEqual([expect.objectContaining({ pupilId: P1, expectedVersion: 0, rulesChange: "none" })]);
    expect(plan.writes[0]!.state).toMatchObject({ observed: null, status: "UNREGISTERED", statusSource: null });
    expect(plan.changes.map((c) => [c.from.status, c.to.status, c.undo ?? false])).toEqual([["UNREGISTERED", "PRESENT", false], ["PRESENT", "UNREGISTERED", true]]);
  });

  it("takes back a saved mark only while the server says it is the pupil's last change", () => {
    const first = bulk(P1, 1);
    const saved = new Map([[P1, registered({ lastMarkedAt: new Date(at(1)), version: 1 })]]);
    const undone = planMarks(indexed([undo(P1, first, 5)]), { ...none, current: saved, undoable: new Map([[first.idempotencyKey, P1]]) });
    expect(undone.results[0]!.outcome).toBe("applied");
    expect(undone.writes).toEqual([expect.objectContaining({ expectedVersion: 1, rulesChange: "other" })]);
    expect(undone.writes[0]!.state.status).toBe("UNREGISTERED");

    // Someone marked the pupil since (the read does not list the key as undoable): the later mark stays.
    const kept = planMarks(indexed([undo(P1, first, 5)]), { ...none, current: saved });
    expect(kept.results[0]!.outcome).toBe("skipped");
    expect([kept.writes, kept.changes]).toEqual([[], []]);
  });

  it("leaves a mark made after the bulk in the same batch, and an undo naming another pupil's key", () => {
    const first = bulk(P1, 1);
    const later = planMarks(indexed([first, mark(P1, "ABSENT", 2), undo(P1, first, 3)]), none);
    expect(later.results.map((r) => r.outcome)).toEqual(["applied", "applied", "skipped"]);
    expect(later.writes[0]!.state.observed).toBe("ABSENT");

    const other = planMarks(indexed([undo(P2, first, 3)]), { ...none, undoable: new Map([[first.idempotencyKey, P1]]) });
    expect(other.results[0]!.outcome).toBe("skipped");
  });

  it("replays an undo once", () => {
    const first = bulk(P1, 1);
    const again = undo(P1, first, 5);
    const plan = planMarks(indexed([again]), { ...none, seen: new Set([again.idempotencyKey]), undoable: new Map([[first.idempotencyKey, P1]]) });
    expect(plan.results[0]!.outcome).toBe("replayed");
    expect(plan.writes).toEqual([]);
  });
});
