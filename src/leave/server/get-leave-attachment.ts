import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { schoolToday } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { listOwnPupils } from "@/guardians/server/own-pupils";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";

/**
 * SECURITY-CRITICAL (record scope): a leave request's attachment, for those
 * who decide (`as: "decider"`, any request of the school) or for the people
 * who report for the pupil (`as: "requester"`, own-pupils.ts). Anything else
 * is NOT_FOUND. Every read is audited: an employer's statement or a
 * funeral notice is personal.
 */
export async function getLeaveAttachment({ actor, id, as }: { actor: Actor; id: string; as: "decider" | "requester" }): Promise<{ data: Uint8Array; fileName: string; contentType: string }> {
  let pupilFilter = {};
  if (as === "requester") {
    const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
    const own = await listOwnPupils({ actor, today: schoolToday(timeZone, now) });
    pupilFilter = { pupilId: { in: own.map((p) => p.id) } };
  }
  const file = await prisma.leaveAttachment.findFirst({
    where: { id, leaveRequest: { ...pupilFilter, ...inSchool(actor) }, ...inSchool(actor) },
    select: { data: true, fileName: true, contentType: true, leaveRequestId: true, leaveRequest: { select: { pupilId: true } } },
  });
  if (!file) throw new AppError("NOT_FOUND", "Deze bijlage bestaat niet of is niet voor jou.");
  await recordAudit(prisma, { actor, action: "leave-attachment.read", entityType: "LeaveAttachment", entityId: id, pupilId: file.leaveRequest.pupilId, details: { leaveRequestId: file.leaveRequestId } });
  return { data: file.data, fileName: file.fileName, contentType: file.contentType };
}
