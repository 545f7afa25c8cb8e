import { randomBytes, randomUUID } from "node:crypto";

import { sealTotpSecret } from "@/auth/mfa/seal-totp-secret";
import { twoStepRequiredFor } from "@/auth/mfa/two-step-policy";
import { hashPassword } from "@/auth/password";
import { encryptPupilBsn } from "@/bsn/encrypt-pupil-bsn";
import { schoolToday } from "@/calendar/school-time";
import type { PrismaClient } from "@/db/generated/prisma/client";
import type { Region, Role } from "@/db/generated/prisma/enums";
import { randomBsn } from "@/demo/bsn";
import { demoTotpSecret } from "@/demo/demo-two-step";
import { ADULT_FIRST_NAMES, BOY_NAMES, fullName, GIRL_NAMES, SURNAMES } from "@/demo/names";
import { createRng } from "@/demo/random";

export type FactoryRole = "teacher" | "mentor" | "coordinator" | "leader" | "admin" | "parent" | "pupil";

export interface SchoolWithLessonOverrides {
  name?: string;
  region?: Region;
  /** The lesson's date; default: today in Amsterdam. */
  date?: string;
  pupils?: number; // default 3
  period?: number; // default 1
  startMinutes?: number; // default 510 (08:30)
  endMinutes?: number; // default 560
  /** Password of every user made here; default "test-wachtwoord". */
  password?: string;
  /**
   * Whether the roles that require the two-step log-in (coordinator, leader, admin) have it set up,
   * with the demo secret (src/demo/demo-two-step.ts), as the product requires; default true.
   */
  twoStep?: boolean;
}

export interface FactoryUser {
  id: string;
  email: string;
  password: string;
}

export interface SchoolWithLesson {
  schoolId: string;
  brin: string;
  schoolYearId: string;
  groupId: string;
  subjectId: string;
  lessonId: string;
  lessonDate: string;
  teacherStaffId: string;
  mentorStaffId: string;
  pupilIds: string[];
  /** The pupil user's own pupil record: the last pupil (13 years old; a test that needs 18 changes the birth date). */
  ownPupilId: string;
  /** The parent user's guardian record; guardian of the first pupil. */
  guardianId: string;
  users: Record<FactoryRole, FactoryUser>;
}

const ROLES: Record<FactoryRole, Role[]> = {
  teacher: ["TEACHER"],
  mentor: ["TEACHER", "MENTOR"],
  coordinator: ["COORDINATOR"],
  leader: ["LEADER"],
  admin: ["ADMIN"],
  parent: ["PARENT"],
  pupil: ["PUPIL"],
};

const hashes = new Map<string, Promise<string>>();
/** argon2 is slow on purpose: hash each test password once per process. */
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * One small school for a test: a school year, a group of pupils (each with a
 * guardian), a subject, one dated lesson taught by the teacher, and a user
 * per role (teacher, mentor of the group, coordinator, leader, admin, the
 * parent of the first pupil, and the last pupil's own account). Unique BRIN and e-mail addresses per call, so
 * several schools can live in one test database (tenant-isolation tests).
 *
 * @example
 * const school = await createSchoolWithLesson(db.prisma, { pupils: 5 });
 * await loginAs(school.users.teacher);
 */
export async function createSchoolWithLesson(prisma: PrismaClient, overrides: SchoolWithLessonOverrides = {}): Promise<SchoolWithLesson> {
  const suffix = randomBytes(4).toString("hex");
  const rng = createRng(parseInt(suffix, 16));
  const password = overrides.password ?? "test-wachtwoord";
  const passwordHash = await hashOnce(password);
  const lessonDate = overrides.date ?? schoolToday("Europe/Amsterdam", new Date());
  const yearStart = lessonDate.slice(5) >= "08-01" ? Number(lessonDate.slice(0, 4)) : Number(lessonDate.slice(0, 4)) - 1;
  const brin = `T${suffix.slice(0, 3).toUpperCase()}`;
  const domain = `school-${suffix}.test`;

  const school = await prisma.school.create({
    data: { name: overrides.name ?? `Testschool ${suffix}`, brin, city: "Utrecht", region: overrides.region ?? "MIDDLE" },
  });
  const schoolId = school.id;
  const users = {} as Record<FactoryRole, FactoryUser>;
  for (const [role, roles] of Object.entries(ROLES) as [FactoryRole, Role[]][]) {
    const email = `${role}@${domain}`;
    const id = randomUUID();
    const twoStep = (overrides.twoStep ?? true) && twoStepRequiredFor(roles)
      ? { totpSecret: sealTotpSecret(demoTotpSecret(), id), totpEnabledAt: new Date() }
      : {};
    const user = await prisma.user.create({
      data: { id, email, name: fullName(rng.pick(ADULT_FIRST_NAMES), rng.pick(SURNAMES)), passwordHash, ...twoStep, memberships: { create: { schoolId, roles } } },
    });
    users[role] = { id: user.id, email, password };
  }

  const schoolYear = await prisma.schoolYear.create({
    data: { schoolId, name: `${yearStart}-${yearStart + 1}`, startDate: date(`${yearStart}-08-01`), endDate: date(`${yearStart + 1}-07-31`) },
  });
  const staff = async (role: "teacher" | "mentor", code: string) =>
    prisma.staff.create({
      data: { schoolId, userId: users[role].id, code, firstName: rng.pick(ADULT_FIRST_NAMES), lastName: rng.pick(SURNAMES).lastName, functionTitle: "docent", email: users[role].email },
    });
  const teacher = await staff("teacher", "DOC");
  const mentor = await staff("mentor", "MEN");
  const subject = await prisma.subject.create({ data: { schoolId, code: "wi", name: "Wiskunde" } });
  const group = await prisma.group.create({ data: { schoolId, schoolYearId: schoolYear.id, name: "2havo-a", sector: "HAVO", yearLevel: 2 } });
  await prisma.groupMentor.create({ data: { schoolId, groupId: group.id, staffId: mentor.id } });

  const bsns = new Set<string>();
  const pupilIds: string[] = [];
  let guardianId = "";
  const pupilCount = overrides.pupils ?? 3;
  for (let i = 0; i < pupilCount; i++) {
    const surname = rng.pick(SURNAMES);
    const id = randomUUID();
    const pupil = await prisma.pupil.create({
      data: {
        id, schoolId, studentNumber: String(100_001 + i), firstName: rng.pick(rng.chance(0.5) ? GIRL_NAMES : BOY_NAMES), infix: surname.infix,
        lastName: surname.lastName, birthDate: date(`${yearStart - 13}-0${1 + (i % 9)}-15`), bsnEncrypted: encryptPupilBsn(randomBsn(rng, bsns), { schoolId, pupilId: id }), sector: "HAVO",
        yearLevel: 2, enrolledFrom: schoolYear.startDate, ...(i === pupilCount - 1 ? { userId: users.pupil.id } : {}),
      },
    });
    pupilIds.push(pupil.id);
    await prisma.groupMember.create({ data: { schoolId, groupId: group.id, pupilId: pupil.id } });
    const guardian = await prisma.guardian.create({
      data: {
        schoolId, name: fullName(rng.pick(ADULT_FIRST_NAMES), surname), phone: `06-${rng.int(10_000_000, 99_999_999)}`,
        ...(i === 0 ? { userId: users.parent.id, email: users.parent.email } : {}),
      },
    });
    if (i === 0) guardianId = guardian.id;
    await prisma.pupilGuardian.create({ data: { schoolId, pupilId: pupil.id, guardianId: guardian.id, relation: "moeder", primaryContact: true } });
  }

  const lesson = await prisma.lesson.create({
    data: {
      schoolId, date: date(lessonDate), period: overrides.period ?? 1, startMinutes: overrides.startMinutes ?? 510,
      endMinutes: overrides.endMinutes ?? 560, groupId: group.id, subjectId: subject.id, staffId: teacher.id, room: "A1.01",
    },
  });

  return {
    schoolId, brin, schoolYearId: schoolYear.id, groupId: group.id, subjectId: subject.id, lessonId: lesson.id, lessonDate,
    teacherStaffId: teacher.id, mentorStaffId: mentor.id, pupilIds, ownPupilId: pupilIds[pupilIds.length - 1]!, guardianId, users,
  };
}
