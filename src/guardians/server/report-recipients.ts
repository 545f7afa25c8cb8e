import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";
import { ageOn } from "@/case-file/age-on";
import { ADULT_AGE } from "./own-pupils";

export type Recipient = { name: string; email: string };

/**
 * Who is told by e-mail of a report or a leave decision about a pupil:
 * every guardian with parental authority (gezag) who has an e-mail address,
 * and the pupil themselves from 18 when they have an account. The parents of
 * an adult pupil who hid their registrations from them are not told.
 * Addresses appear once, whatever their case.
 */
export async function reportRecipients({ schoolId, pupilId, today }: { schoolId: string; pupilId: string; today: string }): Promise<Recipient[]> {
  const pupil = await prisma.pupil.findFirst({
    where: { id: pupilId, ...inSchool({ schoolId }) },
    select: {
      birthDate: true, guardiansMayView: true, userId: true,
      guardians: { where: { parentalAuthority: true, ...inSchool({ schoolId }) }, select: { guardian: { select: { name: true, email: true } } } },
    },
  });
  if (!pupil) return [];
  const adult = ageOn(isoDate(pupil.birthDate), today) >= ADULT_AGE;
  const recipients: Recipient[] = [];
  if (adult && pupil.userId) {
    const self = await prisma.user.findUnique({ where: { id: pupil.userId }, select: { name: true, email: true, active: true } });
    if (self?.active) recipients.push({ name: self.name, email: self.email });
  }
  if (!adult || pupil.guardiansMayView) {
    for (const { guardian } of pupil.guardians) if (guardian.email) recipients.push({ name: guardian.name, email: guardian.email });
  }
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
