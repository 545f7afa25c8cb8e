import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "@/auth/password";
import { encryptPupilBsn } from "@/bsn/encrypt-pupil-bsn";
import { sealTotpSecret } from "@/auth/mfa/seal-totp-secret";
import { assertForeignKeys } from "./check-foreign-keys";
import { DEMO_PASSWORD, DEMO_ROLES, DEMO_SCHOOLS, DEMO_TWO_STEP_ROLES } from "./demo-schools";
import { DEMO_PUPIL_LOGINS, DEMO_TWO_SCHOOL_PARENT, withDemoPupilAccounts } from "./demo-pupil-accounts";
import { demoTotpSecret } from "./demo-two-step";
import { generateDemoSchool } from "./generate";
import { insertRows, type ColumnSpec } from "./insert-rows";
import type { DemoRole, DemoSchoolData } from "./types";

// Columns per table, in foreign-key order. Names are the Prisma field names
// (the schema maps none of them), types those of the migration.
const U = "uuid", T = "text", D = "date", I = "int4", B = "bool", TS = "timestamp(3)";
const TABLES: readonly [table: string, key: keyof DemoSchoolData, columns: readonly ColumnSpec[]][] = [
  ["SchoolYear", "schoolYear", [["id", U], ["name", T], ["startDate", D], ["endDate", D]]],
  ["CalendarEvent", "calendarEvents", [["id", U], ["schoolYearId", U], ["kind", '"CalendarEventKind"'], ["name", T], ["startDate", D], ["endDate", D]]],
  ["BellSchedule", "bellSchedules", [["id", U], ["name", T]]],
  ["BellPeriod", "bellPeriods", [["id", U], ["bellScheduleId", U], ["number", I], ["startMinutes", I], ["endMinutes", I]]],
  ["BellScheduleUse", "bellScheduleUses", [["id", U], ["schoolYearId", U], ["bellScheduleId", U], ["weekday", I], ["date", D]]],
  ["Subject", "subjects", [["id", U], ["code", T], ["name", T]]],
  ["Staff", "staff", [["id", U], ["userId", U], ["code", T], ["firstName", T], ["lastName", T], ["functionTitle", T], ["email", T], ["phone", T], ["active", B]]],
  ["Group", "groups", [["id", U], ["schoolYearId", U], ["name", T], ["kind", '"GroupKind"'], ["sector", '"Sector"'], ["yearLevel", I]]],
  ["GroupMentor", "groupMentors", [["groupId", U], ["staffId", U]]],
  ["Pupil", "pupils", [
    ["id", U], ["userId", U], ["studentNumber", T], ["firstName", T], ["infix", T], ["lastName", T], ["birthDate", D], ["bsnEncrypted", T],
    ["educationNumber", T], ["sector", '"Sector"'], ["yearLevel", I], ["startkwalificatie", B], ["guardiansMayView", B], ["phone", T],
    ["enrolledFrom", D], ["enrolledUntil", D],
  ]],
  ["GroupMember", "groupMembers", [["groupId", U], ["pupilId", U], ["validFrom", D], ["validUntil", D]]],
  ["Guardian", "guardians", [["id", U], ["userId", U], ["name", T], ["email", T], ["phone", T], ["street", T], ["postalCode", T], ["city", T]]],
  ["PupilGuardian", "pupilGuardians", [["pupilId", U], ["guardianId", U], ["relation", T], ["primaryContact", B]]],
  ["TimetableEntry", "timetableEntries", [
    ["id", U], ["schoolYearId", U], ["groupId", U], ["subjectId", U], ["staffId", U], ["weekday", I], ["period", I], ["room", T], ["validFrom", D], ["validUntil", D],
  ]],
  ["Lesson", "lessons", [
    ["id", U], ["date", D], ["period", I], ["startMinutes", I], ["endMinutes", I], ["groupId", U], ["subjectId", U], ["staffId", U], ["room", T],
    ["timetableEntryId", U], ["cancelled", B], ["cancelReason", T], ["registeredAt", TS], ["registeredById", U],
  ]],
  ["ScheduleAdjustment", "adjustments", [
    ["id", U], ["pupilId", U], ["kind", '"AdjustmentKind"'], ["category", '"AdjustmentCategory"'], ["timetableEntryId", U], ["lessonId", U],
    ["subjectId", U], ["weekdays", "int4[]"], ["periods", "int4[]"], ["validFrom", D], ["validUntil", D],
    ["reason", T], ["createdById", U], ["createdAt", TS],
  ]],
  ["AbsenceReport", "absenceReports", [
    ["id", U], ["pupilId", U], ["kind", '"AbsenceReportKind"'], ["startDate", D], ["startMinutes", I], ["endDate", D], ["endMinutes", I], ["note", T],
    ["state", '"AbsenceReportState"'], ["reportedById", U], ["reportedVia", '"RegistrationSource"'], ["recoveredAt", TS], ["createdAt", TS],
    ["appointmentType", '"AppointmentType"'], ["appointmentStartMinutes", I], ["appointmentEndMinutes", I],
  ]],
  ["LeaveRequest", "leaveRequests", [
    ["id", U], ["pupilId", U], ["type", '"LeaveType"'], ["startDate", D], ["endDate", D], ["startMinutes", I], ["endMinutes", I], ["reason", T],
    ["state", '"LeaveState"'], ["requestedById", U], ["decidedById", U], ["decidedAt", TS], ["decisionNote", T], ["createdAt", TS],
    ["schoolDays", I], ["referredAt", TS], ["schoolAdvice", T],
  ]],
  ["Registration", "registrations", [
    ["id", U], ["lessonId", U], ["pupilId", U], ["date", D], ["observed", '"Observation"'], ["observedLateMinutes", I], ["observedById", U],
    ["observedAt", TS], ["status", '"AttendanceStatus"'], ["reason", T], ["lateMinutes", I], ["statusSource", '"RegistrationSource"'],
    ["statusSetById", U], ["statusSetAt", TS], ["absenceReportId", U], ["leaveRequestId", U], ["version", I], ["createdAt", TS], ["updatedAt", TS],
  ]],
  ["RegistrationChange", "registrationChanges", [
    ["id", U], ["registrationId", U], ["changedAt", TS], ["changedById", U], ["source", '"RegistrationSource"'], ["fromObserved", '"Observation"'],
    ["toObserved", '"Observation"'], ["fromStatus", '"AttendanceStatus"'], ["toStatus", '"AttendanceStatus"'], ["fromReason", T], ["toReason", T],
    ["fromLateMinutes", I], ["toLateMinutes", I], ["note", T],
  ]],
];

/**
 * Writes one generated school, its users and memberships with bulk inserts.
 * Runs inside the caller's transaction: a school is there completely or not
 * at all. Every user gets `passwordHash` (one argon2 hash for all demo users:
 * hashing 1,000 passwords would take longer than writing the school).
 */
export async function writeDemoSchool(client: pg.ClientBase, data: DemoSchoolData, passwordHash: string): Promise<void> {
  const s = data.school;
  await client.query(
    `INSERT INTO "School" ("id", "name", "brin", "locationCode", "city", "phone", "email", "region", "timeZone", "rulesProfile", "teacherCorrectionDays")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::"Region", $9, $10::"RulesProfile", $11)`,
    [s.id, s.name, s.brin, s.locationCode, s.city, s.phone, s.email, s.region, s.timeZone, s.rulesProfile, s.teacherCorrectionDays],
  );
  data = await withKnownAccounts(client, data);
  await insertRows(client, "User", [["id", U], ["email", T], ["name", T], ["passwordHash", T]], data.users.map((u) => ({ ...u, passwordHash })));
  await enrolDemoTwoStep(client, data);
  await insertRows(client, "Membership", [["id", U], ["userId", U], ["roles", '"Role"[]']], data.memberships, { schoolId: s.id });
  // The generator keeps BSNs in plain figures in memory; only ciphertext reaches the database (decision 111).
  const pupils = data.pupils.map((p) => ({ ...p, bsnEncrypted: encryptPupilBsn(p.bsn, { schoolId: s.id, pupilId: p.id }) }));
  for (const [table, key, columns] of TABLES) {
    const value = key === "pupils" ? pupils : data[key];
    await insertRows(client, table, columns, (Array.isArray(value) ? value : [value]) as object[], { schoolId: s.id });
  }
}

/**
 * A person who already has an account (the demo parent with a child at both schools, written with the
 * first school) keeps that one account: their rows in this school point to it, and no second user is made.
 */
async function withKnownAccounts(client: pg.ClientBase, data: DemoSchoolData): Promise<DemoSchoolData> {
  const { rows } = await client.query<{ id: string; email: string }>(`SELECT "id", "email" FROM "User" WHERE "email" = ANY($1::text[])`, [data.users.map((u) => u.email)]);
  if (rows.length === 0) return data;
  const known = new Map(rows.map((r) => [r.email, r.id]));
  const idOf = new Map(data.users.flatMap((u) => (known.has(u.email) ? [[u.id, known.get(u.email)!] as const] : [])));
  const remap = <T extends { userId: string | null }>(row: T): T => (row.userId && idOf.has(row.userId) ? { ...row, userId: idOf.get(row.userId)! } : row);
  return {
    ...data,
    users: data.users.filter((u) => !known.has(u.email)),
    memberships: data.memberships.map(remap),
    guardians: data.guardians.map(remap),
    staff: data.staff.map(remap),
    pupils: data.pupils.map(remap),
  };
}

/**
 * The demo accounts whose role requires the two-step log-in get it set up with the public demo secret
 * (src/demo/demo-two-step.ts). Written here rather than generated: the stored secret is encrypted with
 * this process's key and a random IV, and the generator's output stays the same for the same seed.
 */
async function enrolDemoTwoStep(client: pg.ClientBase, data: DemoSchoolData): Promise<void> {
  const domain = data.users[0]?.email.split("@")[1];
  const emails = DEMO_TWO_STEP_ROLES.map((role) => `${role}@${domain}`);
  for (const user of data.users.filter((u) => emails.includes(u.email))) {
    await client.query(`UPDATE "User" SET "totpSecret" = $2, "totpEnabledAt" = now() WHERE "id" = $1`, [user.id, sealTotpSecret(demoTotpSecret(), user.id)]);
  }
}

/**
 * Row-by-row foreign-key triggers cost more than the inserts themselves
 * (20 s instead of 9 s for the 600-pupil school). A superuser (the embedded
 * server) may switch them off for this transaction; the writer then checks
 * every constraint set-wise afterwards. Others keep the triggers.
 */
async function skipForeignKeyTriggers(client: pg.ClientBase): Promise<boolean> {
  await client.query("SAVEPOINT replica_role");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("RELEASE SAVEPOINT replica_role");
    return true;
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT replica_role");
    return false;
  }
}

export interface DemoLoginWithPassword {
  role: DemoRole | "leerling-jong" | "ouder-leerling" | "ouder-twee-scholen";
  email: string;
  password: string;
  school: string;
}

/**
 * Fills the database with the two demo schools (their calendar, timetable,
 * people and registrations up to yesterday) and returns the demo log-ins for
 * printing. Idempotent: a school whose BRIN is already there is left alone,
 * and an advisory lock keeps two starting processes from both writing.
 * Expects the migrations to have run.
 */
export async function seedDemo(options: { connectionString: string; today: string; seed?: number }): Promise<DemoLoginWithPassword[]> {
  const client = new pg.Client({ connectionString: options.connectionString });
  client.on("error", () => {}); // a connection dropped after the work must not crash the process
  await client.connect();
  let passwordHash: string | undefined;
  try {
    for (const definition of DEMO_SCHOOLS) {
      await client.query("BEGIN");
      try {
        await client.query("SELECT pg_advisory_xact_lock(hashtext('aanwezig:demo-seed'))");
        const { rowCount } = await client.query(`SELECT 1 FROM "School" WHERE "brin" = $1`, [definition.brin]);
        if (!rowCount) {
          passwordHash ??= await hashPassword(DEMO_PASSWORD);
          const generated = generateDemoSchool({ ...definition, seed: (options.seed ?? 2026) + definition.seedOffset, today: options.today });
          const data = withDemoPupilAccounts(generated, { emailDomain: definition.emailDomain, newId: randomUUID });
          const triggersOff = await skipForeignKeyTriggers(client);
          await writeDemoSchool(client, data, passwordHash);
          if (definition.pupilsSeeOwnRegistrations) await client.query(`UPDATE "School" SET "pupilsSeeOwnRegistrations" = true WHERE "id" = $1`, [data.school.id]);
          // Fresh statistics: the check below and the app's first queries get sane plans.
          await client.query('ANALYZE "Lesson", "Registration", "RegistrationChange", "AbsenceReport", "Pupil"');
          if (triggersOff) await assertForeignKeys(client, data.school.id);
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    }
  } finally {
    await client.end().catch(() => {});
  }
  const extra = [["leerling-jong", DEMO_PUPIL_LOGINS.youngPupil], ["ouder-leerling", DEMO_PUPIL_LOGINS.adultPupilsParent]] as const;
  return [
    ...DEMO_SCHOOLS.flatMap((school) => [
      ...DEMO_ROLES.map((role) => ({ role, email: `${role}@${school.emailDomain}`, password: DEMO_PASSWORD, school: school.name })),
      ...extra.map(([role, localPart]) => ({ role, email: `${localPart}@${school.emailDomain}`, password: DEMO_PASSWORD, school: school.name })),
    ]),
    { role: "ouder-twee-scholen", email: DEMO_TWO_SCHOOL_PARENT.email, password: DEMO_PASSWORD, school: DEMO_SCHOOLS.map((s) => s.name).join(" en ") },
  ];
}
