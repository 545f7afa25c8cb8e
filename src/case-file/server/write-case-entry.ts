import "server-only";
import type { CaseEntryKind } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { dbDate, isoDate, schoolToday } from "@/calendar/school-time";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { pupilScope } from "@/pupils/server/pupil-scope";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { recordAudit } from "@/audit/server/record-audit";

export interface TCaseEntryData {
  kind: CaseEntryKind;
  occurredOn: string;
  title: string;
  body: string;
  participants?: string;
  referralTo?: string;
  followUpOn?: string;
}

/** The pupil as a check before writing sees them. */
export interface TPupilForCheck {
  firstName: string;
  birthDate: string;
}

/**
 * SECURITY-CRITICAL (record scope): the one write path of the case file's
 * entries. In one transaction: the pupil is looked up within the actor's
 * scope (NOT_FOUND outside it, nothing written), `check` may refuse with
 * per-field messages (the age rule of a conversation), the entry and its
 * audit record are written. The school is the actor's, never the form's.
 */
export async function writeCaseEntry({ actor, pupilId, entry, check }: {
  actor: Actor;
  pupilId: string;
  entry: TCaseEntryData;
  check?: (pupil: TPupilForCheck) => Record<string, string[]> | null;
}): Promise<void> {
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  if (entry.occurredOn > schoolToday(timeZone, now)) {
    throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", { occurredOn: ["Deze datum ligt in de toekomst: leg vast wat al gebeurd is."] });
  }
  await prisma.$transaction(async (tx) => {
    const pupil = await tx.pupil.findFirst({ where: { AND: [{ id: pupilId }, pupilScope(actor)] }, select: { firstName: true, birthDate: true } });
    if (!pupil) throw new AppError("NOT_FOUND", "Deze leerling bestaat niet of valt buiten je groepen.");
    const problems = check?.({ firstName: pupil.firstName, birthDate: isoDate(pupil.birthDate) });
    if (problems) throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", problems);
    const created = await tx.caseEntry.create({
      data: {
        schoolId: actor.schoolId,
        pupilId,
        kind: entry.kind,
        occurredOn: dbDate(entry.occurredOn),
        title: entry.title,
        body: entry.body,
        participants: entry.participants ?? null,
        referralTo: entry.referralTo ?? null,
        followUpOn: entry.followUpOn ? dbDate(entry.followUpOn) : null,
        authorId: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: "case-entry.create", entityType: "CaseEntry", entityId: created.id, pupilId, details: { kind: entry.kind } });
  });
}
