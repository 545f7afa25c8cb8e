import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { schoolToday } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { listOwnPupils } from "@/guardians/server/own-pupils";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import type { TWithdrawLeave } from "../schemas";

/** The requester (or anyone who reports for the pupil) takes back a request nobody decided yet. */
export async function withdrawLeave({ actor, input }: { actor: Actor; input: TWithdrawLeave }): Promise<string> {
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const own = await listOwnPupils({ actor, today: schoolToday(timeZone, now) });
  const request = await prisma.leaveRequest.findFirst({
    where: { id: input.leaveRequestId, pupilId: { in: own.map((p) => p.id) }, ...inSchool(actor) },
    select: { id: true, pupilId: true, state: true },
  });
  if (!request) throw new AppError("NOT_FOUND", "Deze verlofaanvraag is niet gevonden bij jouw account.");
  const done = await prisma.$transaction(async (tx) => {
    const updated = await tx.leaveRequest.updateMany({ where: { id: request.id, state: { in: ["REQUESTED", "REFERRED"] }, ...inSchool(actor) }, data: { state: "WITHDRAWN" } });
    if (updated.count === 0) return false;
    await recordAudit(tx, { actor, action: "leave-request.withdraw", entityType: "LeaveRequest", entityId: request.id, pupilId: request.pupilId });
    return true;
  });
  if (!done) throw new AppError("CONFLICT", "Over deze aanvraag is al besloten; intrekken kan niet meer. Neem contact op met de school.");
  return "De aanvraag is ingetrokken.";
}
