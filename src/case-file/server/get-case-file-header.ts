import "server-only";
import { prisma } from "@/db/client";
import { dbDate, isoDate } from "@/calendar/school-time";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { fullName } from "@/pupils/full-name";
import { pupilScope } from "@/pupils/server/pupil-scope";
import { ageOn } from "../age-on";

export interface TCaseFileHeader {
  id: string;
  name: string;
  firstName: string;
  birthDate: string;
  age: number;
  studentNumber: string;
  phone: string | null;
  /** The class (stamgroep), else the first group, on `today`. */
  className: string | null;
  mentors: { name: string; phone: string | null; email: string | null }[];
  guardians: { name: string; relation: string; phone: string | null; email: string | null; primaryContact: boolean; street: string | null; postalCode: string | null; city: string | null }[];
}

/**
 * SECURITY-CRITICAL (record scope): the case file's first query, and the
 * one that decides access: a pupil outside the actor's scope (another
 * school, a mentor's other groups) is NOT_FOUND, exactly like one that does
 * not exist.
 */
export async function getCaseFileHeader({ actor, pupilId, today }: { actor: Actor; pupilId: string; today: string }): Promise<TCaseFileHeader> {
  const day = dbDate(today);
  const pupil = await prisma.pupil.findFirst({
    where: { AND: [{ id: pupilId }, pupilScope(actor)] },
    select: {
      id: true, firstName: true, infix: true, lastName: true, birthDate: true, studentNumber: true, phone: true,
      groups: {
        where: {
          AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: day } }] }, { OR: [{ validUntil: null }, { validUntil: { gte: day } }] }],
          group: { schoolYear: { startDate: { lte: day }, endDate: { gte: day } } },
        },
        select: { group: { select: { name: true, kind: true, mentors: { select: { staff: { select: { firstName: true, lastName: true, phone: true, email: true } } } } } } },
      },
      guardians: {
        orderBy: [{ primaryContact: "desc" }, { guardianId: "asc" }],
        select: { relation: true, primaryContact: true, guardian: { select: { name: true, phone: true, email: true, street: true, postalCode: true, city: true } } },
      },
    },
  });
  if (!pupil) throw new AppError("NOT_FOUND", "Deze leerling bestaat niet of valt buiten je groepen.");
  const groups = pupil.groups.map((g) => g.group).sort((a, b) => Number(b.kind === "CLASS") - Number(a.kind === "CLASS") || a.name.localeCompare(b.name, "nl"));
  const classGroup = groups[0];
  const birthDate = isoDate(pupil.birthDate);
  return {
    id: pupil.id,
    name: fullName(pupil),
    firstName: pupil.firstName,
    birthDate,
    age: ageOn(birthDate, today),
    studentNumber: pupil.studentNumber,
    phone: pupil.phone,
    className: classGroup?.name ?? null,
    mentors: (classGroup?.mentors ?? []).map(({ staff }) => ({ name: `${staff.firstName} ${staff.lastName}`, phone: staff.phone, email: staff.email })),
    guardians: pupil.guardians.map((g) => ({ ...g.guardian, relation: g.relation, primaryContact: g.primaryContact })),
  };
}
