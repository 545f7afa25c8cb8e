import type { Role } from "@/db/generated/prisma/enums";
import { addDays } from "@/calendar/school-time";
import { randomBsn } from "./bsn";
import { ADULT_FIRST_NAMES, BOY_NAMES, emailSlug, fullName, GIRL_NAMES, MEN_FIRST_NAMES, SURNAMES, WOMEN_FIRST_NAMES, type Surname } from "./names";
import type { Rng } from "./random";
import { SUBJECT_NAMES } from "./build-timetable";
import type { GroupMemberRow, GroupRow, GuardianRow, MembershipRow, PupilGuardianRow, PupilRow, StaffRow, UserRow } from "./types";

export interface PeopleOptions {
  pupils: number;
  groups: readonly GroupRow[];
  teacherIds: readonly string[];
  teacherSubjects: ReadonlyMap<string, readonly string[]>;
  mentorStaffIds: ReadonlySet<string>;
  emailDomain: string;
  schoolYearStart: string; // YYYY-08-01
}

export interface BuiltPeople {
  staff: StaffRow[];
  pupils: PupilRow[];
  groupMembers: GroupMemberRow[];
  guardians: GuardianRow[];
  pupilGuardians: PupilGuardianRow[];
  users: UserRow[];
  memberships: MembershipRow[];
  coordinator: StaffRow;
  leader: StaffRow;
  admin: StaffRow;
  groupOf: Map<string, string>; // pupil → group at the start of the year
}

/**
 * The drawn first name, or the next one in the list whose full name no other guardian of the school has yet:
 * two parents called "Mark de Jong" in one school look like a mistake in the data. Walking the list instead of
 * drawing again keeps the random stream, and so the rest of the demo school, unchanged. In a school so big that
 * every first name is taken for a surname, the drawn name is kept.
 */
function unusedFirstName(drawn: string, firstNames: readonly string[], surname: Surname, taken: ReadonlySet<string>): string {
  const start = firstNames.indexOf(drawn);
  for (let step = 0; step < firstNames.length; step++) {
    const candidate = firstNames[(start + step) % firstNames.length]!;
    if (!taken.has(fullName(candidate, surname))) return candidate;
  }
  return drawn;
}

const mobile = (rng: Rng) => `06-${String(rng.int(10_000_000, 99_999_999))}`;

/** Staff (teachers plus coordinator, leader, administrator), pupils with guardians, and a log-in for each adult. */
export function buildPeople(options: PeopleOptions, rng: Rng, newId: () => string): BuiltPeople {
  const users: UserRow[] = [];
  const memberships: MembershipRow[] = [];
  const emails = new Set<string>();
  const addUser = (localPart: string, name: string, roles: Role[]): string => {
    let email = `${localPart}@${options.emailDomain}`;
    for (let n = 2; emails.has(email); n++) email = `${localPart}${n}@${options.emailDomain}`;
    emails.add(email);
    const id = newId();
    users.push({ id, email, name });
    memberships.push({ id: newId(), userId: id, roles });
    return id;
  };

  const codes = new Set<string>();
  const makeStaff = (id: string, functionTitle: string, roles: Role[], localPart?: string): StaffRow => {
    const firstName = rng.pick(ADULT_FIRST_NAMES);
    const surname = rng.pick(SURNAMES);
    let code = (firstName.slice(0, 1) + surname.lastName.replace(/[^A-Za-z]/g, "").slice(0, 2)).toUpperCase();
    for (let n = 2; codes.has(code); n++) code = `${code.slice(0, 3)}${n}`;
    codes.add(code);
    const userId = addUser(localPart ?? code.toLowerCase(), fullName(firstName, surname), roles);
    const email = users.find((u) => u.id === userId)!.email;
    const lastName = surname.infix ? `${surname.infix} ${surname.lastName}` : surname.lastName;
    return { id, userId, code, firstName, lastName, functionTitle, email, phone: `033-${rng.int(4_000_000, 4_999_999)}`, active: true };
  };
  const staff = options.teacherIds.map((id) => {
    const subjects = (options.teacherSubjects.get(id) ?? []).map((c) => SUBJECT_NAMES[c]!.toLowerCase());
    const title = `docent ${subjects.join(" en ")}`.trim();
    return makeStaff(id, options.mentorStaffIds.has(id) ? `${title}, mentor` : title, options.mentorStaffIds.has(id) ? ["TEACHER", "MENTOR"] : ["TEACHER"]);
  });
  const coordinator = makeStaff(newId(), "verzuimcoördinator", ["COORDINATOR"], "verzuim");
  const leader = makeStaff(newId(), "teamleider", ["LEADER"], "directie");
  const admin = makeStaff(newId(), "roostermaker / applicatiebeheerder", ["ADMIN"], "beheer");
  staff.push(coordinator, leader, admin);

  // Pupils, spread evenly over the groups.
  const startYear = Number(options.schoolYearStart.slice(0, 4));
  const bsns = new Set<string>();
  const pupils: PupilRow[] = [];
  const groupMembers: GroupMemberRow[] = [];
  const groupOf = new Map<string, string>();
  const surnames: Surname[] = [];
  const { groups } = options;
  for (let i = 0; i < options.pupils; i++) {
    const group = groups[i % groups.length]!;
    const year = group.yearLevel ?? 1;
    const girl = rng.chance(0.5);
    const surname = rng.pick(SURNAMES);
    // Age on 1 October: 11 + year level; one in ten is a year older (doubled a class).
    const bornYear = startYear - 12 - year + (rng.chance(0.1) ? 0 : 1);
    const birthDate = addDays(`${bornYear - 1}-10-01`, rng.int(0, 364));
    const pupil: PupilRow = {
      id: newId(), userId: null, studentNumber: String(100_001 + i), firstName: rng.pick(girl ? GIRL_NAMES : BOY_NAMES),
      infix: surname.infix, lastName: surname.lastName, birthDate, bsn: randomBsn(rng, bsns), educationNumber: null,
      sector: group.sector ?? "HAVO", yearLevel: year, startkwalificatie: false, guardiansMayView: true,
      phone: year >= 4 ? mobile(rng) : null, enrolledFrom: options.schoolYearStart, enrolledUntil: null,
    };
    pupils.push(pupil);
    surnames.push(surname);
    groupMembers.push({ groupId: group.id, pupilId: pupil.id, validFrom: null, validUntil: null });
    groupOf.set(pupil.id, group.id);
  }

  // Guardians: one or two per family; a few families have two children at the school.
  const guardians: GuardianRow[] = [];
  const pupilGuardians: PupilGuardianRow[] = [];
  const familyOf: { guardianIds: string[]; relations: string[] }[] = [];
  const guardianNames = new Set<string>();
  pupils.forEach((pupil, i) => {
    const sibling = i >= groups.length && rng.chance(0.06) ? i - 1 - rng.int(0, groups.length - 2) : -1;
    const siblingFamily = sibling >= 0 ? familyOf[sibling] : undefined;
    if (siblingFamily) {
      Object.assign(pupil, { infix: pupils[sibling]!.infix, lastName: pupils[sibling]!.lastName });
      familyOf[i] = siblingFamily;
    } else {
      const count = rng.chance(0.75) ? 2 : 1;
      const relations = count === 2 ? ["moeder", "vader"] : [rng.pick(["moeder", "vader", "moeder", "voogd"])];
      const guardianIds = relations.map((relation) => {
        const firstNames = relation === "moeder" ? WOMEN_FIRST_NAMES : relation === "vader" ? MEN_FIRST_NAMES : ADULT_FIRST_NAMES;
        const surname = relation === "voogd" ? rng.pick(SURNAMES) : surnames[i]!;
        const first = unusedFirstName(rng.pick(firstNames), firstNames, surname, guardianNames);
        const name = fullName(first, surname);
        guardianNames.add(name);
        const id = newId();
        const userId = addUser(emailSlug(first, surname.infix, surname.lastName), name, ["PARENT"]);
        guardians.push({ id, userId, name, email: users[users.length - 1]!.email, phone: mobile(rng), street: null, postalCode: null, city: null });
        return id;
      });
      familyOf[i] = { guardianIds, relations };
    }
    const family = familyOf[i]!;
    family.guardianIds.forEach((guardianId, k) =>
      pupilGuardians.push({ pupilId: pupil.id, guardianId, relation: family.relations[k]!, primaryContact: k === 0 }),
    );
  });

  return { staff, pupils, groupMembers, guardians, pupilGuardians, users, memberships, coordinator, leader, admin, groupOf };
}
