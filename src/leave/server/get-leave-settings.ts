import "server-only";
import { prisma } from "@/db/client";

export type LeaveSettings = { leaveNoticeWeeks: number; coordinatorDecidesLeave: boolean };

/** The school's leave settings (Beheer): the term for holiday leave, and whether the coordinator decides too. */
export async function getLeaveSettings({ schoolId }: { schoolId: string }): Promise<LeaveSettings> {
  return prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { leaveNoticeWeeks: true, coordinatorDecidesLeave: true } });
}
