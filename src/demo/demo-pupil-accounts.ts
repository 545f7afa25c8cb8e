import type { DemoSchoolData, GuardianRow, PupilRow } from "./types";

/** The demo parent with a child at each demo school: one account, a membership in both (decision 132). */
export const DEMO_TWO_SCHOOL_PARENT = { email: "ouder-twee-scholen@baken.demo", name: "Noor Visser", surname: "Visser" } as const;

/** The local parts of the pupil-account demo log-ins, per school. */
export const DEMO_PUPIL_LOGINS = {
  adultPupil: "leerling", // 18+: reports for themselves, decides what the parents see
  youngPupil: "leerling-jong", // under 18: sees their own registrations where the school allows it
  adultPupilsParent: "ouder-leerling", // a parent of the 18+ pupil
} as const;

/**
 * Adds the pupil accounts to a generated demo school (docs/decisions/130-pupil-accounts.md), at seed
 * time like the demo's two-step secrets, so that the generator's output stays the same for the same
 * seed: the 18+ pupil of the story gets leerling@, their primary guardian ouder-leerling@; the demo
 * parent's second child gets leerling-jong@; and one younger pupil's parent becomes the parent with a
 * child at both schools (the writer links that address to one account). Returns a changed copy.
 */
export function withDemoPupilAccounts(data: DemoSchoolData, { emailDomain, newId }: { emailDomain: string; newId: () => string }): DemoSchoolData {
  const users = data.users.map((u) => ({ ...u }));
  const memberships = [...data.memberships];
  const pupils = data.pupils.map((p) => ({ ...p }));
  const guardians = data.guardians.map((g) => ({ ...g }));
  const pupilById = new Map(pupils.map((p) => [p.id, p]));
  const primaryGuardianOf = (pupilId: string): GuardianRow | undefined => {
    const link = data.pupilGuardians.find((pg) => pg.pupilId === pupilId && pg.primaryContact);
    return guardians.find((g) => g.id === link?.guardianId);
  };
  const renameGuardian = (guardian: GuardianRow, email: string, name?: string) => {
    const user = users.find((u) => u.id === guardian.userId)!;
    user.email = email;
    guardian.email = email;
    if (name) user.name = guardian.name = name;
  };
  const addPupilAccount = (pupil: PupilRow, localPart: string) => {
    const id = newId();
    const name = [pupil.firstName, pupil.infix, pupil.lastName].filter(Boolean).join(" ");
    users.push({ id, email: `${localPart}@${emailDomain}`, name });
    memberships.push({ id: newId(), userId: id, roles: ["PUPIL"] });
    pupil.userId = id;
  };

  const { story } = data;
  const adult = pupilById.get(story.adultPupilId)!;
  addPupilAccount(adult, DEMO_PUPIL_LOGINS.adultPupil);
  const adultsParent = primaryGuardianOf(adult.id);
  if (adultsParent?.userId && !adultsParent.email?.startsWith("ouder@")) renameGuardian(adultsParent, `${DEMO_PUPIL_LOGINS.adultPupilsParent}@${emailDomain}`);
  addPupilAccount(pupilById.get(story.parentChildIds[1]!)!, DEMO_PUPIL_LOGINS.youngPupil);

  // The parent with a child at both schools: the first younger pupil who plays no part in the story and is
  // their parent's only child here.
  const inStory = new Set([
    story.stoppedPupilId, story.adultPupilId, story.longSickPupilId, story.frequentSickPupilId, story.sickTodayPupilId,
    ...story.truantPupilIds, ...story.luxuryPupilIds, ...story.parentChildIds,
  ]);
  const renamed = new Set([adultsParent?.id]);
  const childrenOf = (guardianId: string) => data.pupilGuardians.filter((pg) => pg.guardianId === guardianId).length;
  const child = pupils.find((p) => {
    const guardian = primaryGuardianOf(p.id);
    return p.yearLevel <= 3 && !inStory.has(p.id) && guardian?.userId && !renamed.has(guardian.id) && childrenOf(guardian.id) === 1;
  });
  if (child) {
    renameGuardian(primaryGuardianOf(child.id)!, DEMO_TWO_SCHOOL_PARENT.email, DEMO_TWO_SCHOOL_PARENT.name);
    Object.assign(child, { infix: null, lastName: DEMO_TWO_SCHOOL_PARENT.surname });
  }
  return { ...data, users, memberships, pupils, guardians };
}
