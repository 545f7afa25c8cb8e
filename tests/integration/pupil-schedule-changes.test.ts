import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/auth/load-actor";
import { getAttendanceDays } from "@/case-file/server/get-attendance-days";
import { prisma } from "@/db/client";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { lessonPupilsSql } from "@/registration/server/lesson-pupils-sql";
import { lessonParticipants, type IndividualAdjustment } from "@/schedule/individual-schedule";
import { endScheduleChange } from "@/schedule/server/end-schedule-change";
import { listScheduleChanges } from "@/schedule/server/list-schedule-changes";
import { removeScheduleChange } from "@/schedule/server/remove-schedule-change";
import { saveScheduleChange } from "@/schedule/server/save-schedule-change";
import { ZSaveScheduleChangeSchema } from "@/schedule/schemas";
import { loadRulesInput } from "@/signals/server/load-rules-input";
import { SIGNAL_QUEUES } from "@/signals/server/signal-queue";
import { stopSignalBoss } from "@/signals/server/signal-queue";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

const TZ = "Europe/Amsterdam";
const WEEK = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]; // Monday … Friday
const FRIDAY = WEEK[4]!;
const NOW = new Date("2026-11-27T15:00:00Z");
const d = (date: string) => new Date(`${date}T00:00:00Z`);

let db: TestDatabase;
let school: SchoolWithLesson;
let other: SchoolWithLesson;
let coordinator: Actor;
let admin: Actor;
let lo: string;
/** lessons[day][period - 1] of the class; period 3 is LO, the others Wiskunde. */
const lessons: string[][] = [];
let guestLesson: string; // Friday period 5 of another group, from a timetable entry
let guestEntry: string;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: WEEK[0], pupils: 4 });
  other = await createSchoolWithLesson(db.prisma, { date: WEEK[0], pupils: 1, name: "Andere school" });
  coordinator = (await loadActor({ userId: school.users.coordinator.id, schoolId: school.schoolId }))!;
  admin = (await loadActor({ userId: school.users.admin.id, schoolId: school.schoolId }))!;
  const { schoolId, groupId, subjectId } = school;
  lo = (await prisma.subject.create({ data: { schoolId, code: "lo", name: "Lichamelijke opvoeding" } })).id;
  for (const date of WEEK) {
    const day: string[] = [];
    for (let period = 1; period <= 4; period++) {
      const existing = date === WEEK[0] && period === 1 ? school.lessonId : null;
      day.push(existing ?? (await prisma.lesson.create({
        data: { schoolId, date: d(date), period, startMinutes: 460 + period * 50, endMinutes: 510 + period * 50, groupId, subjectId: period === 3 ? lo : subjectId },
      })).id);
    }
    lessons.push(day);
  }
  const otherGroup = await prisma.group.create({ data: { schoolId, schoolYearId: school.schoolYearId, name: "3havo-b", sector: "HAVO", yearLevel: 3 } });
  guestEntry = (await prisma.timetableEntry.create({
    data: { schoolId, schoolYearId: school.schoolYearId, groupId: otherGroup.id, subjectId, weekday: 5, period: 5, validFrom: d("2026-08-01") },
  })).id;
  guestLesson = (await prisma.lesson.create({
    data: { schoolId, date: d(FRIDAY), period: 5, startMinutes: 710, endMinutes: 760, groupId: otherGroup.id, subjectId, timetableEntryId: guestEntry },
  })).id;
  // The last pupil follows the other group's Friday lesson too (an addition from the timetable).
  await prisma.scheduleAdjustment.create({
    data: { schoolId, pupilId: school.pupilIds[3]!, kind: "ADDITION", category: "ADDITION", timetableEntryId: guestEntry, validFrom: d("2026-08-01"), reason: "Versneld wiskunde" },
  });
  // Every pupil was registered absent in every lesson of the week BEFORE any change below was made.
  const rows = lessons.flat().flatMap((lessonId, i) => school.pupilIds.map((pupilId) => ({ lessonId, pupilId, date: d(WEEK[Math.floor(i / 4)]!) })));
  rows.push({ lessonId: guestLesson, pupilId: school.pupilIds[3]!, date: d(FRIDAY) });
  await prisma.registration.createMany({ data: rows.map((r) => ({ ...r, schoolId, status: "ABSENT_UNEXCUSED" as const })) });
});
afterAll(async () => {
  await stopSignalBoss();
  await db.drop();
});

/** A form's fields as the page sends them. */
function change(fields: Record<string, string>) {
  return ZSaveScheduleChangeSchema.parse({ id: "", subjectId: "", validUntil: "", reason: "Afspraak met ouders", ...fields });
}

async function register(lessonId: string, actor: Actor = coordinator) {
  return getLessonRegister({ actor, lessonId, policy: { timeZone: TZ, now: NOW, correctionDays: 0 } });
}

/** Per lesson, the pupils on its list by the register's SQL. */
async function sqlParticipants(): Promise<Map<string, string[]>> {
  const ids = [...lessons.flat(), guestLesson];
  const rows = await prisma.$queryRawUnsafe<{ lessonId: string; pupilId: string }[]>(lessonPupilsSql("$1", "$2"), school.schoolId, ids);
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(row.lessonId)!.push(row.pupilId);
  return new Map([...map].map(([id, pupils]) => [id, pupils.sort()]));
}

/** Per lesson, the pupils by the pure rule, from the same rows. */
async function pureParticipants(): Promise<Map<string, string[]>> {
  const [rows, members, adjustments] = await Promise.all([
    prisma.lesson.findMany({ where: { schoolId: school.schoolId } }),
    prisma.groupMember.findMany({ where: { schoolId: school.schoolId } }),
    prisma.scheduleAdjustment.findMany({ where: { schoolId: school.schoolId } }),
  ]);
  const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  const pure: IndividualAdjustment[] = adjustments.map((a) => ({ ...a, validFrom: iso(a.validFrom)!, validUntil: iso(a.validUntil) }));
  const groupMembers = members.map((m) => ({ ...m, validFrom: iso(m.validFrom), validUntil: iso(m.validUntil) }));
  return new Map(rows.filter((l) => l.id !== other.lessonId).map((l) => [l.id, lessonParticipants({ ...l, date: iso(l.date)! }, groupMembers, pure).sort()]));
}

/** How many of each pupil's registered lessons count for the rules, and for the case file's calendar. */
async function counted(pupilId: string): Promise<{ rules: number; caseFile: number }> {
  const [input] = await loadRulesInput({ db: prisma, schoolId: school.schoolId, pupilIds: [pupilId], from: WEEK[0]!, asOf: FRIDAY });
  const days = await getAttendanceDays({ schoolId: school.schoolId, pupilId, from: WEEK[0]!, today: FRIDAY, nowMinutes: 24 * 60 });
  return { rules: input!.lessons.period.length, caseFile: [...days.values()].flat().reduce((n, s) => n + s.lessons, 0) };
}

/** The four places agree on every pupil: the register's SQL, the pure rule, the rules input and the case file. */
async function expectAllAgree(): Promise<void> {
  const [sql, pure] = await Promise.all([sqlParticipants(), pureParticipants()]);
  expect(Object.fromEntries(sql)).toEqual(Object.fromEntries(pure));
  for (const pupilId of school.pupilIds) {
    const expected = [...pure.values()].filter((pupils) => pupils.includes(pupilId)).length;
    expect(await counted(pupilId), pupilId).toEqual({ rules: expected, caseFile: expected });
  }
}

const queuedFor = async (pupilId: string): Promise<number> => {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND data->'pupilIds' ? $2", [SIGNAL_QUEUES.pupils, pupilId]);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
};

describe("per-pupil schedule changes", () => {
  const pupil = (i: number) => () => school.pupilIds[i]!;
  const [intern, exempt, reduced, guest] = [pupil(0), pupil(1), pupil(2), pupil(3)];

  it("before any change: everyone of the class in every class lesson, the guest also in the other group's lesson", async () => {
    await expectAllAgree();
    expect(await counted(intern())).toEqual({ rules: 20, caseFile: 20 });
    expect(await counted(guest())).toEqual({ rules: 21, caseFile: 21 });
  });

  it("an internship on Fridays takes the Friday lessons out of the register, the rules and the case file, and keeps their registrations", async () => {
    const message = await saveScheduleChange({ actor: coordinator, input: change({ pupilId: intern(), category: "INTERNSHIP", validFrom: "2026-11-01", "dag-5": "on", reason: "Stage bij de bakker" }) });
    expect(message).toMatch(/stage/);
    await saveScheduleChange({ actor: coordinator, input: change({ pupilId: guest(), category: "INTERNSHIP", validFrom: FRIDAY, "dag-5": "on" }) });

    const friday = await register(lessons[4]![0]!);
    expect(friday.pupils.map((p) => p.pupilId)).not.toContain(intern());
    expect(friday.exempt).toEqual(expect.arrayContaining([{ pupilId: intern(), name: expect.any(String), word: "stage" }]));
    const monday = await register(lessons[0]![1]!);
    expect(monday.pupils.find((p) => p.pupilId === intern())?.scheduleTags).toEqual(["stage"]);
    expect(monday.pupils.find((p) => p.pupilId === exempt())?.scheduleTags).toEqual([]);
    // The reason stays with the coordinator.
    expect(JSON.stringify(monday)).not.toContain("bakker");
    // An exemption beats an addition: the guest's internship also takes out the other group's Friday lesson.
    expect((await register(guestLesson)).pupils.map((p) => p.pupilId)).not.toContain(guest());

    expect(await counted(intern())).toEqual({ rules: 16, caseFile: 16 });
    expect(await counted(guest())).toEqual({ rules: 16, caseFile: 16 });
    expect(await prisma.registration.count({ where: { schoolId: school.schoolId, pupilId: intern() } })).toBe(20);
    await expectAllAgree();
    expect(await queuedFor(intern())).toBeGreaterThan(0);
  });

  it("a vrijstelling names a subject and an opbouwrooster periods: the register lists them quietly, and all four places agree", async () => {
    await saveScheduleChange({ actor: admin, input: change({ pupilId: exempt(), category: "EXEMPTION", subjectId: lo, validFrom: "2026-11-24" }) });
    await saveScheduleChange({ actor: admin, input: change({ pupilId: reduced(), category: "REDUCED_SCHEDULE", validFrom: "2026-11-01", "uur-3": "on", "uur-4": "on" }) });
    const wednesdayLo = await register(lessons[2]![2]!);
    expect(wednesdayLo.exempt.map((p) => [p.pupilId, p.word]).sort()).toEqual([[exempt(), "vrijstelling"], [reduced(), "opbouwrooster"]].sort());
    // Monday's LO is before the vrijstelling began.
    expect((await register(lessons[0]![2]!)).pupils.map((p) => p.pupilId)).toContain(exempt());
    expect(await counted(exempt())).toEqual({ rules: 16, caseFile: 16 });
    expect(await counted(reduced())).toEqual({ rules: 10, caseFile: 10 });
    await expectAllAgree();
  });

  it("ending a change brings the lessons after its last day back; removing it brings everything back; both are audited", async () => {
    const [internship] = (await listScheduleChanges({ actor: coordinator, pupilId: intern() })).changes;
    await expect(endScheduleChange({ actor: coordinator, input: { pupilId: intern(), id: internship!.id, lastDay: "2026-10-01" } })).rejects.toThrow(/voor de eerste dag/);
    await endScheduleChange({ actor: coordinator, input: { pupilId: intern(), id: internship!.id, lastDay: "2026-11-26" } });
    expect((await register(lessons[4]![0]!)).pupils.map((p) => p.pupilId)).toContain(intern());
    expect(await counted(intern())).toEqual({ rules: 20, caseFile: 20 });
    await expectAllAgree();

    const [vrijstelling] = (await listScheduleChanges({ actor: admin, pupilId: exempt() })).changes;
    await removeScheduleChange({ actor: admin, input: { pupilId: exempt(), id: vrijstelling!.id } });
    expect(await counted(exempt())).toEqual({ rules: 20, caseFile: 20 });
    await expectAllAgree();

    const audit = await prisma.auditEntry.findMany({ where: { schoolId: school.schoolId, action: { startsWith: "schedule-change." } }, select: { action: true, pupilId: true } });
    expect(audit).toEqual(expect.arrayContaining([
      { action: "schedule-change.create", pupilId: intern() }, { action: "schedule-change.end", pupilId: intern() }, { action: "schedule-change.remove", pupilId: exempt() },
    ]));
  });

  it("editing changes the filters in place, and a change of the timetable is not edited here", async () => {
    const [opbouw] = (await listScheduleChanges({ actor: coordinator, pupilId: reduced() })).changes;
    await saveScheduleChange({ actor: coordinator, input: change({ pupilId: reduced(), id: opbouw!.id, category: "REDUCED_SCHEDULE", validFrom: "2026-11-01", "uur-4": "on" }) });
    expect(await counted(reduced())).toEqual({ rules: 15, caseFile: 15 });
    await expectAllAgree();
    const addition = (await listScheduleChanges({ actor: coordinator, pupilId: guest() })).changes.find((c) => c.kind === "ADDITION")!;
    await expect(saveScheduleChange({ actor: coordinator, input: change({ pupilId: guest(), id: addition.id, category: "INTERNSHIP", validFrom: FRIDAY }) })).rejects.toThrow(/rooster zelf/);
  });

  it("another school's administrator, and a mentor of other groups, cannot see or change this pupil's schedule", async () => {
    const stranger = (await loadActor({ userId: other.users.admin.id, schoolId: other.schoolId }))!;
    await expect(listScheduleChanges({ actor: stranger, pupilId: intern() })).rejects.toThrow(/bestaat niet/);
    await expect(saveScheduleChange({ actor: stranger, input: change({ pupilId: intern(), category: "INTERNSHIP", validFrom: FRIDAY }) })).rejects.toThrow(/bestaat niet/);
    const strangeMentor = (await loadActor({ userId: other.users.mentor.id, schoolId: other.schoolId }))!;
    await expect(listScheduleChanges({ actor: strangeMentor, pupilId: intern() })).rejects.toThrow(/bestaat niet/);
    // The class's own mentor reads.
    const mentor = (await loadActor({ userId: school.users.mentor.id, schoolId: school.schoolId }))!;
    expect((await listScheduleChanges({ actor: mentor, pupilId: intern() })).changes.length).toBeGreaterThan(0);
  });
});
