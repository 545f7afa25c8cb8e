import type { Prisma } from "@/db/generated/prisma/client";
import { dbDate } from "@/calendar/school-time";

/**
 * What a parent's and a pupil's own page read of a pupil: the class today and
 * the absences and late arrivals of the recent weeks (at most 50 lessons).
 */
export function recentAttendanceSelect({ today, recentFrom }: { today: string; recentFrom: string }) {
  return {
    groups: { where: { group: { kind: "CLASS" }, OR: [{ validUntil: null }, { validUntil: { gte: dbDate(today) } }] }, select: { group: { select: { name: true } } } },
    registrations: {
      where: { date: { gte: dbDate(recentFrom), lte: dbDate(today) }, status: { notIn: ["PRESENT", "UNREGISTERED", "CANCELLED"] } },
      orderBy: [{ date: "desc" }],
      take: 50,
      select: { date: true, status: true, lesson: { select: { period: true, subject: { select: { name: true } } } } },
    },
  } satisfies Prisma.PupilSelect;
}
