import "server-only";
import type { LeaveState, LeaveType } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";

export type LeaveRequestRow = {
  id: string; pupilName: string; type: LeaveType; reason: string; startDate: string; endDate: string; schoolDays: number; state: LeaveState; createdAt: Date;
};

const OPEN: LeaveState[] = ["REQUESTED", "REFERRED"];

/** The school's leave requests for those who decide: open ones first (oldest first: first come, first decided), then the rest, newest first. */
export async function listLeaveRequests({ actor }: { actor: Actor }): Promise<{ open: LeaveRequestRow[]; decided: LeaveRequestRow[] }> {
  const select = {
    id: true, type: true, reason: true, startDate: true, endDate: true, schoolDays: true, state: true, createdAt: true,
    pupil: { select: { firstName: true, infix: true, lastName: true } },
  } as const;
  const [open, decided] = await Promise.all([
    prisma.leaveRequest.findMany({ where: { state: { in: OPEN }, ...inSchool(actor) }, orderBy: { createdAt: "asc" }, take: 200, select }),
    prisma.leaveRequest.findMany({ where: { state: { notIn: OPEN }, ...inSchool(actor) }, orderBy: { startDate: "desc" }, take: 100, select }),
  ]);
  const row = (r: (typeof open)[number]): LeaveRequestRow => ({
    id: r.id, pupilName: fullName(r.pupil), type: r.type, reason: r.reason, startDate: isoDate(r.startDate), endDate: isoDate(r.endDate), schoolDays: r.schoolDays, state: r.state, createdAt: r.createdAt,
  });
  return { open: open.map(row), decided: decided.map(row) };
}
