import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";
import { ageOn } from "@/case-file/age-on";
import { ADULT_AGE } from "@/guardians/server/own-pupils";
import { fullName } from "@/pupils/full-name";

export type OwnPupilRecord = {
  id: string;
  firstName: string;
  name: string;
  birthDate: string;
  adult: boolean;
  guardiansMayView: boolean;
  /** When the pupil last made the choice themselves; null while the default (parents see) holds. */
  guardiansMayViewChosenAt: Date | null;
};

/**
 * SECURITY-CRITICAL (record scope): the pupil record of the signed-in person in their school: the one
 * whose `userId` is theirs, never one named by the request. Null when no pupil is linked to the account.
 */
export async function findOwnPupilRecord({ actor, today }: { actor: { userId: string; schoolId: string }; today: string }): Promise<OwnPupilRecord | null> {
  const pupil = await prisma.pupil.findFirst({
    where: { userId: actor.userId, ...inSchool(actor) },
    select: { id: true, firstName: true, infix: true, lastName: true, birthDate: true, guardiansMayView: true, guardiansMayViewChosenAt: true },
  });
  if (!pupil) return null;
  const birthDate = isoDate(pupil.birthDate);
  return {
    id: pupil.id, firstName: pupil.firstName, name: fullName(pupil), birthDate, adult: ageOn(birthDate, today) >= ADULT_AGE,
    guardiansMayView: pupil.guardiansMayView, guardiansMayViewChosenAt: pupil.guardiansMayViewChosenAt,
  };
}
