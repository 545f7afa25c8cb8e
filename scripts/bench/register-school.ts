import pg from "pg";
import { hashPassword } from "@/auth/password";
import { assertForeignKeys } from "@/demo/check-foreign-keys";
import { DEMO_PASSWORD } from "@/demo/demo-schools";
import { generateDemoSchool } from "@/demo/generate";
import type { DemoSchoolData } from "@/demo/types";
import { writeDemoSchool } from "@/demo/write-demo-data";

// The bench school: the demo generator's school with 30-pupil groups, written
// next to the standard demo schools. Its teachers may correct their own
// lessons for 400 weekdays, so every lesson of the school year up to today is
// one they may register. The lessons of the last POOL_SCHOOL_DAYS school days
// (today included) are written WITHOUT registrations: the pool of fresh
// registers, each starting empty like a real one at the start of a lesson.
// The weeks before keep the generator's registrations and history, so that
// the pupils have a past: a save sets off a re-evaluation of the pupils'
// signals, which reads it. Later lessons (after today) are what the plain-SQL
// ceiling writes to: SQL checks no dates.

export interface BenchLesson {
  id: string;
  date: string;
  minutes: number;
}

export interface BenchTeacher {
  email: string;
  lessons: BenchLesson[];
}

export interface SqlLesson {
  id: string;
  date: string;
  pupilIds: string[];
}

export interface BenchSchool {
  schoolId: string;
  name: string;
  pupils: number;
  groups: number;
  groupSizes: { min: number; max: number };
  /** The fresh lessons run from this date to today; before it, the lessons have their registrations. */
  firstPoolDay: string;
  historyRegistrations: number;
  teachers: BenchTeacher[];
  /** The school leader's log-in (role "directie"): the leader's overview page. */
  leaderEmail: string;
  /** Lessons after today, with their pupils, for the SQL ceiling. */
  sqlLessons: SqlLesson[];
  /** A teacher's user id, the author of the SQL ceiling's changes. */
  sqlActorUserId: string;
  password: string;
  writeSeconds: number;
}

export interface BenchSchoolOptions {
  today: string;
  pupils: number;
  groups: number;
  seed: number;
}

/** Teachers may register and correct their own lessons this many weekdays back: the whole school year. */
const CORRECTION_DAYS = 400;
/**
 * School days of fresh lessons: about 5,000 lessons with 24 groups, enough for
 * all runs at 40 registers/s; the about five weeks before them keep their history.
 */
const POOL_SCHOOL_DAYS = 33;

export async function writeBenchSchool(connectionString: string, options: BenchSchoolOptions): Promise<BenchSchool> {
  const started = performance.now();
  const data = generateDemoSchool({
    seed: options.seed, today: options.today, pupils: options.pupils, groups: options.groups,
    name: "Benchmark College", brin: "99BR", region: "MIDDLE", city: "Utrecht", emailDomain: "bench.register",
  });
  data.school.teacherCorrectionDays = CORRECTION_DAYS;
  const days = [...new Set(data.lessons.filter((l) => l.date <= options.today).map((l) => l.date))].sort();
  const firstPoolDay = days[Math.max(0, days.length - POOL_SCHOOL_DAYS)]!;
  const poolLessonIds = new Set(
    data.lessons.filter((l) => l.date >= firstPoolDay && l.date <= options.today && !l.cancelled && l.staffId !== null).map((l) => l.id),
  );
  const fresh = withoutRegistrations(data, poolLessonIds);

  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    // As seedDemo does: no per-row foreign-key triggers (the superuser may), then one set-wise check.
    await client.query("SET LOCAL session_replication_role = replica");
    await writeDemoSchool(client, fresh, await hashPassword(DEMO_PASSWORD));
    // Statistics first, as seedDemo does: without them the foreign-key check of
    // RegistrationChange → Registration gets a nested-loop plan that runs for minutes.
    await client.query('ANALYZE "Lesson", "Registration", "RegistrationChange", "AbsenceReport", "Pupil", "GroupMember", "ScheduleAdjustment"');
    await assertForeignKeys(client, data.school.id);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  const emailOfUser = new Map(data.users.map((u) => [u.id, u.email]));
  const lessonsByStaff = new Map<string, BenchLesson[]>();
  // Today first, then back in time; within a day in timetable order: "the next lesson".
  const pool = data.lessons
    .filter((l) => poolLessonIds.has(l.id))
    .sort((a, b) => b.date.localeCompare(a.date) || a.startMinutes - b.startMinutes);
  for (const lesson of pool) {
    const list = lessonsByStaff.get(lesson.staffId!) ?? [];
    list.push({ id: lesson.id, date: lesson.date, minutes: lesson.endMinutes - lesson.startMinutes });
    lessonsByStaff.set(lesson.staffId!, list);
  }
  const teachers = data.staff
    .filter((s) => lessonsByStaff.has(s.id))
    .map((s) => ({ email: emailOfUser.get(s.userId)!, lessons: lessonsByStaff.get(s.id)! }));

  const sizes = groupSizes(data);
  return {
    schoolId: data.school.id,
    name: data.school.name,
    pupils: data.pupils.length,
    groups: data.groups.length,
    groupSizes: { min: Math.min(...sizes.values()), max: Math.max(...sizes.values()) },
    firstPoolDay,
    historyRegistrations: fresh.registrations.length,
    teachers,
    leaderEmail: data.logins.find((l) => l.role === "directie")!.email,
    sqlLessons: sqlLessons(data, options.today),
    sqlActorUserId: data.staff.find((s) => lessonsByStaff.has(s.id))!.userId,
    password: DEMO_PASSWORD,
    writeSeconds: (performance.now() - started) / 1000,
  };
}

/** The school without registrations (and their history) in the lessons the bench will register. */
function withoutRegistrations(data: DemoSchoolData, lessonIds: Set<string>): DemoSchoolData {
  const registrations = data.registrations.filter((r) => !lessonIds.has(r.lessonId));
  const kept = new Set(registrations.map((r) => r.id));
  return {
    ...data,
    lessons: data.lessons.map((l) => (lessonIds.has(l.id) ? { ...l, registeredAt: null, registeredById: null } : l)),
    registrations,
    registrationChanges: data.registrationChanges.filter((c) => kept.has(c.registrationId)),
  };
}

function groupSizes(data: DemoSchoolData): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const member of data.groupMembers) sizes.set(member.groupId, (sizes.get(member.groupId) ?? 0) + 1);
  return sizes;
}

function sqlLessons(data: DemoSchoolData, today: string): SqlLesson[] {
  const members = new Map<string, DemoSchoolData["groupMembers"]>();
  for (const m of data.groupMembers) members.set(m.groupId, [...(members.get(m.groupId) ?? []), m]);
  return data.lessons
    .filter((l) => l.date > today && !l.cancelled)
    .map((l) => ({
      id: l.id,
      date: l.date,
      pupilIds: (members.get(l.groupId) ?? [])
        .filter((m) => (m.validFrom === null || m.validFrom <= l.date) && (m.validUntil === null || m.validUntil >= l.date))
        .map((m) => m.pupilId),
    }))
    .filter((l) => l.pupilIds.length > 0);
}
