import "server-only";
import type { LeaveState, LeaveType } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { isoDate } from "@/calendar/school-time";
import { listOwnPupils } from "@/guardians/server/own-pupils";

export type OwnLeaveRequest = {
  id: string; pupilId: string; pupilFirstName: string; type: LeaveType; startDate: string; endDate: string; schoolDays: number; reason: string;
  state: LeaveState; decisionNote: string | null; officerName: string | null; createdAt: Date;
};

/** The leave requests of the pupils this person reports for (own-pupils.ts), newest first. */
export async function listOwnLeaveRequests({ actor, today }: { actor: Actor; today: string }): Promise<OwnLeaveRequest[]> {
  const own = await listOwnPupils({ actor, today });
  if (own.length === 0) return [];
  const rows = await prisma.leaveRequest.findMany({
    where: { pupilId: { in: own.map((p) => p.id) }, ...inSchool(actor) },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    take: 50,
    select: { id: true, pupilId: true, type: true, startDate: true, endDate: true, schoolDays: true, reason: true, state: true, decisionNote: true, officerName: true, createdAt: true },
  });
  const names = new Map(own.map((p) => [p.id, p.firstName]));
  return rows.map((r) => ({ ...r, pupilFirstName: names.get(r.pupilId) ?? "", startDate: isoDate(r.startDate), endDate: isoDate(r.endDate) }));
}
