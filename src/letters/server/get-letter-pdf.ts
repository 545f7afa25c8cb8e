import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { schoolToday } from "@/calendar/school-time";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { fullName } from "@/pupils/full-name";
import { pupilScope } from "@/pupils/server/pupil-scope";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { recordAudit } from "@/audit/server/record-audit";
import { letterFileName } from "../letter-file-name";

/**
 * SECURITY-CRITICAL (record scope): a kept letter's PDF for download. A
 * letter of a pupil outside the actor's scope, or of another school, is
 * NOT_FOUND. Every download is audited: the letter names absence.
 */
export async function getLetterPdf({ actor, letterId }: { actor: Actor; letterId: string }): Promise<{ pdf: Uint8Array; fileName: string }> {
  const letter = await prisma.letter.findFirst({
    where: { id: letterId, pupil: pupilScope(actor), ...inSchool(actor) },
    select: { pdf: true, kind: true, pupilId: true, createdAt: true, pupil: { select: { firstName: true, infix: true, lastName: true } } },
  });
  if (!letter) throw new AppError("NOT_FOUND", "Deze brief bestaat niet of valt buiten je groepen.");
  await recordAudit(prisma, { actor, action: "letter.download", entityType: "Letter", entityId: letterId, pupilId: letter.pupilId });
  const { timeZone } = await getSchoolClock({ schoolId: actor.schoolId });
  return { pdf: letter.pdf, fileName: letterFileName(letter.kind, fullName(letter.pupil), schoolToday(timeZone, letter.createdAt)) };
}
