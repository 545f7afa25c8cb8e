import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { dbDate, isoDate } from "@/calendar/school-time";
import { ageOn } from "@/case-file/age-on";
import { fullName } from "@/pupils/full-name";
import { AppError } from "@/errors/app-error";

/** A pupil a person may report absence and ask leave for: their own child, or themselves. */
export type OwnPupil = { id: string; firstName: string; name: string; birthDate: string; adult: boolean; self: boolean };

/** The age from which a pupil reports for themselves and decides what their parents see. */
export const ADULT_AGE = 18;

/**
 * SECURITY-CRITICAL (record scope): the pupils of the actor's school this
 * person reports for (ziek, beter, afspraak) and asks leave for
 * (docs/decisions/120-who-reports-for-a-pupil.md):
 * - a guardian: the children linked to their guardian record, enrolled today;
 *   a child of 18 or older only while that child lets their parents see
 *   their registrations (`guardiansMayView`);
 * - a pupil with an account: themselves, from their 18th birthday.
 * Always within the actor's school; `today` is the school's date.
 */
export async function listOwnPupils({ actor, today }: { actor: Actor; today: string }): Promise<OwnPupil[]> {
  const day = dbDate(today);
  const enrolled: Prisma.PupilWhereInput = { enrolledFrom: { lte: day }, OR: [{ enrolledUntil: null }, { enrolledUntil: { gte: day } }] };
  const who: Prisma.PupilWhereInput[] = [{ userId: actor.userId }];
  if (actor.guardianId) who.push({ guardians: { some: { guardianId: actor.guardianId, ...inSchool(actor) } } });
  const pupils = await prisma.pupil.findMany({
    where: { AND: [enrolled, { OR: who }], ...inSchool(actor) },
    select: { id: true, userId: true, firstName: true, infix: true, lastName: true, birthDate: true, guardiansMayView: true },
  });
  return pupils
    .map((pupil) => {
      const birthDate = isoDate(pupil.birthDate);
      const adult = ageOn(birthDate, today) >= ADULT_AGE;
      const self = pupil.userId === actor.userId;
      return { pupil, own: { id: pupil.id, firstName: pupil.firstName, name: fullName(pupil), birthDate, adult, self } };
    })
    .filter(({ pupil, own }) => (own.self ? own.adult : !own.adult || pupil.guardiansMayView))
    .map(({ own }) => own)
    .sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, "nl"));
}

/** The one pupil, when it is the actor's own (see `listOwnPupils`); else NOT_FOUND, as if it did not exist. */
export async function findOwnPupil({ actor, pupilId, today }: { actor: Actor; pupilId: string; today: string }): Promise<OwnPupil> {
  const own = (await listOwnPupils({ actor, today })).find((p) => p.id === pupilId);
  if (!own) throw new AppError("NOT_FOUND", "Deze leerling is niet gevonden bij jouw account.");
  return own;
}
