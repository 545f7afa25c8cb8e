import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { ZRecordMarksSchema, type TMark } from "@/registration/schemas";
import { recordMarks } from "@/registration/server/record-marks";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { UNDO_NOTE } from "@/registration/plan-marks";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const TZ = "Europe/Amsterdam";
const DATE = "2026-11-23"; // a Monday; the lesson is 08:30–09:20
const NOW = new Date("2026-11-23T08:40:00Z"); // 09:40 in Amsterdam

let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 4 });
  other = await createSchoolWithLesson(db.prisma, { date: DATE, pupils: 2, name: "Andere school" });
});
afterAll(() => db.drop());
beforeEach(async () => {
  await prisma.registrationChange.deleteMany({});
  await prisma.registration.deleteMany({});
  await prisma.absenceReport.deleteMany({});
  await prisma.lesson.updateMany({ data: { registeredAt: null, registeredById: null } });
});

async function actor(role: FactoryRole, of = school): Promise<Actor> {
  return (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;
}

function mark(pupilId: string, observation: TMark["observation"], extra: Partial<TMark> = {}): TMark {
  return { pupilId, observation, idempotencyKey: randomUUID(), markedAt: NOW.toISOString(), ...extra };
}

/** The register's write path exactly as the route runs it: permission, schema, use case. */
function save(who: Actor, marks: unknown[], { lessonId = school.lessonId, now = NOW, correctionDays = 0 } = {}) {
  return authorize(who, { permission: "register:mark", schema: ZRecordMarksSchema, input: { lessonId, marks } }, ({ actor: a, input }) =>
    recordMarks({ actor: a, input, now, timeZone: TZ, correctionDays }),
  );
}

async function rows() {
  return prisma.registration.findMany({ where: { lessonId: school.lessonId }, orderBy: { pupilId: "asc" }, include: { changes: { orderBy: { changedAt: "asc" } } } });
}

describe("marking a lesson", () => {
  it("records observation, category and history, and marks the lesson registered when everyone is done", async () => {
    const [p1, p2, p3, p4] = school.pupilIds as [string, string, string, string];
    const teacher = await actor("teacher");
    const first = await save(teacher, [mark(p1, "PRESENT"), mark(p2, "ABSENT"), mark(p3, "LATE", { lateMinutes: 10 })]);
    expect(first.results.map((r) => r.outcome)).toEqual(["applied", "applied", "applied"]);
    expect((await prisma.lesson.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: school.lessonId } } })).registeredAt).toBeNull();

    await save(teacher, [mark(p4, "SENT_OUT")]);
    const all = await rows();
    expect(Object.fromEntries(all.map((r) => [r.pupilId, [r.observed, r.status, r.lateMinutes, r.statusSource]]))).toEqual({
      [p1]: ["PRESENT", "PRESENT", 0, "TEACHER"],
      [p2]: ["ABSENT", "ABSENT_UNKNOWN", 0, "TEACHER"],
      [p3]: ["LATE", "LATE_UNEXCUSED", 10, "TEACHER"],
      [p4]: ["SENT_OUT", "SCHOOL_INITIATED", 0, "TEACHER"],
    });
    expect(all.every((r) => r.changes.length === 1 && r.changes[0]!.changedById === teacher.userId)).toBe(true);
    const lesson = await prisma.lesson.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: school.lessonId } } });
    expect(lesson.registeredAt).not.toBeNull();
    expect(lesson.registeredById).toBe(teacher.userId);
  });

  it("applies a replayed request once", async () => {
    const teacher = await actor("teacher");
    const marks = [mark(school.pupilIds[0]!, "ABSENT")];
    await save(teacher, marks);
    const again = await save(teacher, marks);
    expect(again.results.map((r) => r.outcome)).toEqual(["replayed"]);
    expect(again.changedPupilIds).toEqual([]);
    const [row] = await rows();
    expect(row!.changes).toHaveLength(1);
    expect(row!.version).toBe(1); // written once: the replay did not touch it
  });

  it("applies the same request sent twice at the same moment once", async () => {
    const teacher = await actor("teacher");
    const marks = [mark(school.pupilIds[0]!, "PRESENT"), mark(school.pupilIds[1]!, "ABSENT")];
    const outcomes = await Promise.all([save(teacher, marks), save(teacher, marks)]);
    expect(outcomes.flatMap((o) => o.results.map((r) => r.outcome)).sort()).toEqual(["applied", "applied", "replayed", "replayed"]);
    expect((await prisma.registrationChange.count())).toBe(2);
  });

  it("shows both people's changes in the history when teacher and substitute mark the same pupil", async () => {
    const pupil = school.pupilIds[0]!;
    const [teacher, substitute] = [await actor("teacher"), await actor("mentor")];
    await save(teacher, [mark(pupil, "PRESENT", { markedAt: new Date(NOW.getTime() - 5_000).toISOString() })]);
    await save(substitute, [mark(pupil, "ABSENT")]);
    const [row] = await rows();
    expect(row!.observed).toBe("ABSENT");
    expect(row!.changes.map((c) => [c.changedById, c.fromObserved, c.toObserved])).toEqual([
      [teacher.userId, null, "PRESENT"],
      [substitute.userId, "PRESENT", "ABSENT"],
    ]);
  });

  it("lets the later action win whichever request arrives first", async () => {
    const pupil = school.pupilIds[0]!;
    const [teacher, substitute] = [await actor("teacher"), await actor("mentor")];
    await Promise.all([
      save(substitute, [mark(pupil, "ABSENT", { markedAt: NOW.toISOString() })]),
      save(teacher, [mark(pupil, "PRESENT", { markedAt: new Date(NOW.getTime() - 5_000).toISOString() })]),
    ]);
    const [row] = await rows();
    expect(row!.observed).toBe("ABSENT");
    expect(row!.changes.at(-1)!.changedById).toBe(substitute.userId);
  });

  it("loses no update when many saves of one pupil race, and keeps one history line per applied change", async () => {
    const pupil = school.pupilIds[0]!;
    const [teacher, substitute] = [await actor("teacher"), await actor("mentor")];
    const observations = ["PRESENT", "ABSENT", "LATE", "SENT_OUT", "PRESENT", "ABSENT", "PRESENT", "ABSENT"] as const;
    const outcomes = await Promise.all(observations.map((observation, i) =>
      save(i % 2 ? substitute : teacher, [mark(pupil, observation, {
        markedAt: new Date(NOW.getTime() - 10_000 + i * 1000).toISOString(),
        ...(observation === "LATE" ? { lateMinutes: 5 } : {}),
      })])));
    const [row] = await rows();
    // The last action (i = 7, ABSENT) wins whatever the order of arrival; every other one was applied before it or refused as stale.
    expect(row!.observed).toBe("ABSENT");
    expect(row!.lastMarkedAt!.toISOString()).toBe(new Date(NOW.getTime() - 3_000).toISOString());
    const applied = outcomes.filter((o) => o.results[0]!.outcome === "applied").length;
    expect(row!.changes).toHaveLength(applied);
    expect(row!.version).toBe(applied);
    // The history chains: each change starts where the previous one ended.
    const chain = [...row!.changes].sort((a, b) => a.markedAt!.getTime() - b.markedAt!.getTime());
    chain.slice(1).forEach((change, i) => expect(change.fromObserved).toBe(chain[i]!.toObserved));
  });

  it("writes the same change sent twice at the same moment once", async () => {
    const teacher = await actor("teacher");
    const marks = [mark(school.pupilIds[0]!, "ABSENT")];
    const outcomes = await Promise.all([save(teacher, marks), save(teacher, marks), save(teacher, marks)]);
    expect(outcomes.map((o) => o.results[0]!.outcome).sort()).toEqual(["applied", "replayed", "replayed"]);
    const [row] = await rows();
    expect([row!.changes.length, row!.version]).toEqual([1, 1]);
  });

  it("refuses a mark that was overtaken by a later one (an offline mark arriving late) and writes nothing", async () => {
    const pupil = school.pupilIds[0]!;
    await save(await actor("mentor"), [mark(pupil, "ABSENT")]);
    const offline = await save(await actor("teacher"), [mark(pupil, "PRESENT", { markedAt: new Date(NOW.getTime() - 60_000).toISOString() })]);
    expect(offline.results.map((r) => r.outcome)).toEqual(["stale"]);
    const [row] = await rows();
    expect([row!.observed, row!.changes.length]).toEqual(["ABSENT", 1]);
  });

  it("keeps the coordinator's decision when a teacher corrects the observation", async () => {
    const pupil = school.pupilIds[0]!;
    await prisma.registration.create({
      data: { schoolId: school.schoolId, lessonId: school.lessonId, pupilId: pupil, date: new Date(`${DATE}T00:00:00Z`), observed: "ABSENT", status: "ABSENT_UNEXCUSED", statusSource: "FOLLOW_UP_CALL", lastMarkedAt: new Date(NOW.getTime() - 600_000) },
    });
    const outcome = await save(await actor("teacher"), [mark(pupil, "PRESENT")]);
    expect(outcome.results[0]!.outcome).toBe("kept-decision");
    const [row] = await rows();
    expect([row!.observed, row!.status, row!.statusSource]).toEqual(["PRESENT", "ABSENT_UNEXCUSED", "FOLLOW_UP_CALL"]);
    expect(row!.changes[0]!.note).toContain("verzuimcoördinator");
  });

  it("shows a parent's sick report pre-filled and leaves it alone when the teacher marks everyone else present", async () => {
    const [sick, ...others] = school.pupilIds as [string, ...string[]];
    await prisma.absenceReport.create({
      data: { schoolId: school.schoolId, pupilId: sick, kind: "SICK", startDate: new Date(`${DATE}T00:00:00Z`), reportedById: school.users.parent.id, reportedVia: "GUARDIAN" },
    });
    const view = await getLessonRegister({ actor: await actor("teacher"), lessonId: school.lessonId, policy: { timeZone: TZ, now: NOW, correctionDays: 0 } });
    expect(view.pupils.find((p) => p.pupilId === sick)).toMatchObject({ status: "SICK", statusSource: "GUARDIAN", known: { status: "SICK" } });
    const registeredAt = async () =>
      (await prisma.lesson.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: school.lessonId } } })).registeredAt;

    // One pupil left unmarked: the lesson is not registered yet, the sick report notwithstanding.
    await save(await actor("teacher"), others.slice(1).map((id) => mark(id, "PRESENT")));
    expect(await registeredAt()).toBeNull();

    const outcome = await save(await actor("teacher"), school.pupilIds.map((id) => mark(id, "PRESENT", { onlyIfUnmarked: true })));
    expect(outcome.results.find((r) => r.pupilId === sick)!.outcome).toBe("skipped");
    expect(outcome.changedPupilIds).toEqual([others[0]]);
    // Everyone else marked, the sick pupil pre-filled: the lesson is fully registered.
    expect(await registeredAt()).toEqual(NOW);

    // Absent after all: the known reason stays the category.
    await save(await actor("teacher"), [mark(sick, "ABSENT", { markedAt: new Date(NOW.getTime() + 1000).toISOString() })]);
    const row = (await rows()).find((r) => r.pupilId === sick)!;
    expect([row.observed, row.status, row.statusSource]).toEqual(["ABSENT", "SICK", "GUARDIAN"]);
  });
});

describe("undoing 'everyone else present'", () => {
  const lessonRow = () => prisma.lesson.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: school.lessonId } } });
  const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000).toISOString();
  const undo = (of: TMark, seconds: number): TMark => ({ pupilId: of.pupilId, undoes: of.idempotencyKey, idempotencyKey: randomUUID(), markedAt: at(seconds) });

  it("takes the saved bulk back to unmarked, leaves later and earlier marks alone, and opens the lesson again", async () => {
    const [p1, p2, p3, p4] = school.pupilIds as [string, string, string, string];
    const teacher = await actor("teacher");
    // Each save at its own moment, as in class (the history is ordered by when a change was saved).
    await save(teacher, [mark(p1, "ABSENT", { markedAt: at(-60) })], { now: new Date(at(-60)) });
    const bulk = school.pupilIds.map((id) => mark(id, "PRESENT", { onlyIfUnmarked: true, markedAt: at(-30) }));
    await save(teacher, bulk, { now: new Date(at(-30)) });
    expect((await lessonRow()).registeredAt).toEqual(new Date(at(-30)));
    // A colleague marks p3 late after the bulk: the undo must leave that.
    await save(await actor("mentor"), [mark(p3, "LATE", { lateMinutes: 5, markedAt: at(-20) })], { now: new Date(at(-20)) });

    const undone = await save(teacher, bulk.slice(1).map((m) => undo(m, 0)));
    expect(undone.results.map((r) => [r.pupilId, r.outcome])).toEqual([[p2, "applied"], [p3, "skipped"], [p4, "applied"]]);
    const all = await rows();
    expect(Object.fromEntries(all.map((r) => [r.pupilId, [r.observed, r.status, r.statusSource]]))).toEqual({
      [p1]: ["ABSENT", "ABSENT_UNKNOWN", "TEACHER"],
      [p2]: [null, "UNREGISTERED", null],
      [p3]: ["LATE", "LATE_UNEXCUSED", "TEACHER"],
      [p4]: [null, "UNREGISTERED", null],
    });
    expect(all.find((r) => r.pupilId === p2)!.changes.map((c) => [c.toStatus, c.note])).toEqual([["PRESENT", null], ["UNREGISTERED", UNDO_NOTE]]);
    expect(await lessonRow()).toMatchObject({ registeredAt: null, registeredById: null });

    // The page shows the pupils unmarked again, the history says what happened.
    const view = await getLessonRegister({ actor: teacher, lessonId: school.lessonId, policy: { timeZone: TZ, now: NOW, correctionDays: 0 } });
    expect(view.pupils.find((p) => p.pupilId === p2)).toMatchObject({ observed: null, status: "UNREGISTERED" });
    expect(view.pupils.find((p) => p.pupilId === p2)!.history.at(-1)!.to).toBe("Niet geregistreerd (ongedaan gemaakt)");
    expect(view.lesson.registeredAt).toBeNull();
  });

  it("applies an undo that waited offline together with the bulk it undoes, once", async () => {
    const teacher = await actor("teacher");
    const bulk = school.pupilIds.map((id) => mark(id, "PRESENT", { onlyIfUnmarked: true, markedAt: at(-30) }));
    const undos = bulk.map((m) => undo(m, -25));
    const first = await save(teacher, [...bulk, ...undos]);
    expect(first.results.every((r) => r.outcome === "applied")).toBe(true);
    const again = await save(teacher, [...bulk, ...undos]);
    expect(again.results.every((r) => r.outcome === "replayed")).toBe(true);
    const all = await rows();
    expect(all.every((r) => r.observed === null && r.status === "UNREGISTERED" && r.changes.length === 2)).toBe(true);
    expect((await lessonRow()).registeredAt).toBeNull();
  });

  it("cannot take back another lesson's or another school's mark, nor a pupil's mark with another pupil's key", async () => {
    const [p1, p2] = school.pupilIds as [string, string];
    const bulk = [mark(p1, "PRESENT", { onlyIfUnmarked: true, markedAt: at(-30) })];
    await save(await actor("teacher"), bulk);
    const foreign = mark(other.pupilIds[0]!, "PRESENT", { markedAt: at(-30) });
    await save(await actor("teacher", other), [foreign], { lessonId: other.lessonId });

    const outcome = await save(await actor("teacher"), [{ ...undo(bulk[0]!, 0), pupilId: p2 }, { ...undo(foreign, 0), pupilId: p1 }]);
    expect(outcome.results.map((r) => r.outcome)).toEqual(["skipped", "skipped"]);
    expect((await rows()).map((r) => [r.pupilId, r.observed])).toEqual([[p1, "PRESENT"]]);
  });

  it("refuses an undo that also carries an observation or late minutes, and writes nothing", async () => {
    const teacher = await actor("teacher");
    const pupil = school.pupilIds[0]!;
    const base = { pupilId: pupil, undoes: randomUUID(), idempotencyKey: randomUUID(), markedAt: NOW.toISOString() };
    await expect(save(teacher, [{ ...base, observation: "PRESENT" }])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(save(teacher, [{ ...base, lateMinutes: 3 }])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(save(teacher, [{ pupilId: pupil, idempotencyKey: randomUUID(), markedAt: NOW.toISOString() }])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.registrationChange.count()).toBe(0);
  });
});

describe("refused, with nothing written", () => {
  async function expectNothingWritten() {
    expect(await prisma.registration.count()).toBe(0);
    expect(await prisma.registrationChange.count()).toBe(0);
  }

  it("a pupil who is not in the lesson, also one of another school", async () => {
    const teacher = await actor("teacher");
    await expect(save(teacher, [mark(other.pupilIds[0]!, "PRESENT")])).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Deze leerling hoort niet bij deze les." });
    await expectNothingWritten();
  });

  it("a lesson of another school, as if it did not exist", async () => {
    await expect(save(await actor("teacher"), [mark(other.pupilIds[0]!, "PRESENT")], { lessonId: other.lessonId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expectNothingWritten();
  });

  it("an unknown status, malformed ids and late minutes out of range", async () => {
    const teacher = await actor("teacher");
    const pupil = school.pupilIds[0]!;
    await expect(save(teacher, [{ ...mark(pupil, "PRESENT"), observation: "HALF" }])).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { "marks.0.observation": [expect.stringContaining("Onbekende registratie")] } });
    await expect(save(teacher, [mark("niet-een-id", "PRESENT")])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(save(teacher, [mark(pupil, "LATE", { lateMinutes: -3 })])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(save(teacher, [mark(pupil, "LATE", { lateMinutes: 51 })])).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("hoogstens 50 minuten") });
    await expect(save(teacher, [mark(pupil, "LATE")])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expectNothingWritten();
  });

  it("a mark timed in the future", async () => {
    const future = new Date(NOW.getTime() + 10 * 60_000).toISOString();
    await expect(save(await actor("teacher"), [mark(school.pupilIds[0]!, "PRESENT", { markedAt: future })])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expectNothingWritten();
  });

  it("a lesson of today that has not started yet (beyond five minutes), with the time it opens", async () => {
    const early = new Date("2026-11-23T07:24:00Z"); // 08:24; the lesson starts at 08:30 and opens at 08:25
    const teacher = await actor("teacher");
    for (const who of [teacher, await actor("coordinator")]) {
      await expect(save(who, [mark(school.pupilIds[0]!, "PRESENT", { markedAt: early.toISOString() })], { now: early })).rejects.toMatchObject({
        code: "RULE_VIOLATION", message: "Deze les begint om 08:30; registreren kan vanaf 08:25.",
      });
    }
    await expectNothingWritten();

    // The page says so and still shows what is known in advance: a parent's sick report.
    await prisma.absenceReport.create({
      data: { schoolId: school.schoolId, pupilId: school.pupilIds[1]!, kind: "SICK", startDate: new Date(`${DATE}T00:00:00Z`), reportedById: school.users.parent.id, reportedVia: "GUARDIAN" },
    });
    const view = await getLessonRegister({ actor: teacher, lessonId: school.lessonId, policy: { timeZone: TZ, now: early, correctionDays: 0 } });
    expect(view.readOnlyReason).toBe("Deze les begint om 08:30; registreren kan vanaf 08:25.");
    expect(view.opensAt).toBe("2026-11-23T07:25:00.000Z");
    expect(view.pupils.find((p) => p.pupilId === school.pupilIds[1])).toMatchObject({ status: "SICK", statusSource: "GUARDIAN" });

    const opened = new Date("2026-11-23T07:25:00Z");
    await expect(save(teacher, [mark(school.pupilIds[0]!, "PRESENT", { markedAt: opened.toISOString() })], { now: opened })).resolves.toBeDefined();
    expect((await getLessonRegister({ actor: teacher, lessonId: school.lessonId, policy: { timeZone: TZ, now: opened, correctionDays: 0 } })).opensAt).toBeNull();
  });

  it("a lesson of a later day", async () => {
    const dayBefore = new Date("2026-11-20T10:00:00Z");
    await expect(save(await actor("teacher"), [mark(school.pupilIds[0]!, "PRESENT", { markedAt: dayBefore.toISOString() })], { now: dayBefore })).rejects.toMatchObject({ code: "RULE_VIOLATION" });
    await expectNothingWritten();
  });

  it("the teacher's own lesson of an earlier day goes through the coordinator", async () => {
    const nextDay = new Date("2026-11-24T08:00:00Z");
    const late = mark(school.pupilIds[0]!, "ABSENT", { markedAt: nextDay.toISOString() });
    await expect(save(await actor("teacher"), [late], { now: nextDay })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expectNothingWritten();
    await expect(save(await actor("teacher"), [late], { now: nextDay, correctionDays: 1 })).resolves.toBeDefined();
    await expect(save(await actor("coordinator"), [{ ...late, idempotencyKey: randomUUID() }], { now: new Date("2026-12-10T08:00:00Z") })).rejects.toMatchObject({ code: "INVALID_INPUT" }); // older than a week
  });

  it.each<[FactoryRole, boolean]>([["teacher", true], ["mentor", true], ["coordinator", true], ["leader", false], ["admin", false], ["parent", false]])(
    "authorization: %s may mark: %s",
    async (role, allowed) => {
      const attempt = save(await actor(role), [mark(school.pupilIds[0]!, "PRESENT")]);
      if (allowed) await expect(attempt).resolves.toBeDefined();
      else {
        await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
        await expectNothingWritten();
      }
    },
  );

  it("without a session", async () => {
    await expect(save(null as unknown as Actor, [mark(school.pupilIds[0]!, "PRESENT")])).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expectNothingWritten();
  });
});
