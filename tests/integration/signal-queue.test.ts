import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { ZCloseSignalSchema, ZQueueFiltersSchema, ZSignalActionSchema } from "@/signal-queue/schemas";
import { closeSignal } from "@/signal-queue/server/close-signal";
import { listQueueFilterOptions } from "@/signal-queue/server/list-queue-filter-options";
import { listSignalQueue } from "@/signal-queue/server/list-signal-queue";
import { updateSignalState } from "@/signal-queue/server/update-signal-state";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const TODAY = "2026-11-23";
let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let outsider: string; // a pupil of the school outside the mentor's group
let otherClass: string; // the outsider's class, mentored by the teacher

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 3 });
  other = await createSchoolWithLesson(db.prisma, { date: TODAY, pupils: 1, name: "Andere school" });
  const [first] = await prisma.pupil.findMany({ where: { id: school.pupilIds[0] }, select: { birthDate: true } });
  outsider = (await prisma.pupil.create({
    data: { schoolId: school.schoolId, studentNumber: "999001", firstName: "Buiten", lastName: "Groep", birthDate: first!.birthDate, sector: "HAVO", yearLevel: 2, enrolledFrom: new Date("2026-08-01") },
  })).id;
  const teacherStaff = await prisma.staff.findFirstOrThrow({ where: { schoolId: school.schoolId, userId: school.users.teacher.id } });
  otherClass = (await prisma.group.create({ data: { schoolId: school.schoolId, schoolYearId: school.schoolYearId, name: "3vwo-b", sector: "VWO", yearLevel: 3 } })).id;
  await prisma.groupMentor.create({ data: { schoolId: school.schoolId, groupId: otherClass, staffId: teacherStaff.id } });
  await prisma.groupMember.create({ data: { schoolId: school.schoolId, groupId: otherClass, pupilId: outsider } });
  const signal = (schoolId: string, pupilId: string, kind: string, mandatory: boolean, reachedOn: string, dueBy: string | null, identity: string) => ({
    schoolId, pupilId, kind, mandatory, identity, startDate: new Date(`${reachedOn}T00:00:00Z`), reachedOn: new Date(`${reachedOn}T00:00:00Z`),
    dueBy: dueBy ? new Date(`${dueBy}T00:00:00Z`) : null, evaluatedAt: new Date(), hours: mandatory ? 18 : null,
  });
  await prisma.signal.createMany({
    data: [
      signal(school.schoolId, school.pupilIds[0]!, "UNEXCUSED_LETTER", false, "2026-11-20", null, "a"),
      signal(school.schoolId, school.pupilIds[1]!, "RELATIVE_16H", true, "2026-11-18", "2026-11-25", "b"),
      signal(school.schoolId, school.pupilIds[2]!, "RELATIVE_16H", true, "2026-11-10", "2026-11-17", "c"), // overdue
      signal(school.schoolId, outsider, "LONG_TERM_RELATIVE", true, "2026-11-19", "2026-11-26", "d"),
      signal(other.schoolId, other.pupilIds[0]!, "RELATIVE_16H", true, "2026-11-10", "2026-11-17", "e"),
    ],
  });
});
afterAll(() => db.drop());

const actor = async (role: FactoryRole, of = school): Promise<Actor> => (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;
const queue = async (who: Actor, filters: Record<string, string> = {}) =>
  (await listSignalQueue({ actor: who, filters: ZQueueFiltersSchema.parse(filters), today: TODAY })).pupils.flatMap((line) => line.signals.map((s) => ({ ...s, pupil: line.pupil })));

describe("the signal queue", () => {
  it("puts overdue mandatory reports first, then by due date, then warnings; never another school's", async () => {
    const signals = await queue(await actor("coordinator"));
    expect(signals.map((s) => [s.kind, s.dueBy])).toEqual([
      ["RELATIVE_16H", "2026-11-17"],
      ["RELATIVE_16H", "2026-11-25"],
      ["LONG_TERM_RELATIVE", "2026-11-26"],
      ["UNEXCUSED_LETTER", null],
    ]);
  });

  it("shows a mentor only the pupils of their own groups", async () => {
    const signals = await queue(await actor("mentor"));
    expect(signals.map((s) => s.pupil.id).sort()).toEqual([...school.pupilIds].sort());
    expect(signals.some((s) => s.pupil.id === outsider)).toBe(false);
  });

  it("filters by kind, group and due date, and ignores nonsense in the query string", async () => {
    const coordinator = await actor("coordinator");
    expect((await queue(coordinator, { soort: "LONG_TERM_RELATIVE" })).map((s) => s.pupil.id)).toEqual([outsider]);
    expect((await queue(coordinator, { groep: school.groupId })).length).toBe(3);
    expect((await queue(coordinator, { termijn: "verlopen" })).map((s) => s.dueBy)).toEqual(["2026-11-17"]);
    expect((await queue(coordinator, { status: "'; DROP TABLE", termijn: "ooit" })).length).toBe(4);
  });

  it("offers a mentor only their own classes to filter by, and gives nothing for another class or mentor", async () => {
    const mentor = await actor("mentor");
    expect(await listQueueFilterOptions({ actor: mentor, date: TODAY })).toEqual({ groups: [{ id: school.groupId, name: "2havo-a" }], mentors: [] });
    const coordinator = await listQueueFilterOptions({ actor: await actor("coordinator"), date: TODAY });
    expect(coordinator.groups.map((g) => g.name)).toEqual(["2havo-a", "3vwo-b"]);
    expect(coordinator.mentors).toHaveLength(2);
    expect(await queue(mentor, { groep: otherClass })).toEqual([]);
    expect(await queue(mentor, { mentor: coordinator.mentors.find((m) => m.id !== mentor.staffId)!.id })).toEqual([]);
    expect((await queue(await actor("coordinator"), { groep: otherClass })).map((s) => s.pupil.id)).toEqual([outsider]);
  });

  it("lets the coordinator take a signal on and close it with a reason, keeping the owner", async () => {
    const coordinator = await actor("coordinator");
    const [first] = await queue(coordinator);
    const act = (action: string) => authorize(coordinator, { permission: "signals:manage", schema: ZSignalActionSchema, input: { signalId: first!.id, action } }, updateSignalState);
    expect(await act("take")).toBe("Je hebt dit signaal opgepakt.");
    expect((await queue(coordinator))[0]).toMatchObject({ state: "IN_PROGRESS", ownerName: expect.any(String) });
    await authorize(coordinator, { permission: "signals:manage", schema: ZCloseSignalSchema, input: { signalId: first!.id, reason: "RESOLVED_WITH_PARENTS" } }, closeSignal);
    expect((await queue(coordinator)).some((s) => s.id === first!.id)).toBe(false);
    expect((await queue(coordinator, { status: "CLOSED" })).map((s) => s.id)).toEqual([first!.id]);
  });

  it("refuses the state actions to other roles and to another school's signal, changing nothing", async () => {
    const [target] = await queue(await actor("coordinator"));
    for (const role of ["teacher", "mentor", "leader", "admin", "parent"] as const) {
      await expect(authorize(await actor(role), { permission: "signals:manage", schema: ZSignalActionSchema, input: { signalId: target!.id, action: "take" } }, updateSignalState)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const foreign = await prisma.signal.findFirstOrThrow({ where: { schoolId: other.schoolId } });
    await expect(authorize(await actor("coordinator"), { permission: "signals:manage", schema: ZSignalActionSchema, input: { signalId: foreign.id, action: "take" } }, updateSignalState)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.signal.findFirstOrThrow({ where: { id: foreign.id } })).state).toBe("NEW");
    expect((await prisma.signal.findFirstOrThrow({ where: { id: target!.id } })).state).toBe(target!.state);
  });
});
