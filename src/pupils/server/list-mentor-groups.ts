import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { dbDate } from "@/calendar/school-time";
import { type AttendanceSummary, summarizeAttendance } from "./summarize-attendance";
import { fullName } from "../full-name";

export type MentorGroup = {
  id: string;
  name: string;
  pupils: { id: string; name: string; summary: AttendanceSummary }[];
};

/** The groups a staff member mentors in the school year of `date`, with each pupil's attendance since the year's start. */
export async function listMentorGroups({ schoolId, staffId, date, yearStart }: { schoolId: string; staffId: string; date: string; yearStart: string }): Promise<MentorGroup[]> {
  const groups = await prisma.group.findMany({
    where: { mentors: { some: { staffId } }, schoolYear: { startDate: { lte: dbDate(date) }, endDate: { gte: dbDate(date) } }, ...inSchool({ schoolId }) },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      members: {
        where: { AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: dbDate(date) } }] }, { OR: [{ validUntil: null }, { validUntil: { gte: dbDate(date) } }] }] },
        select: { pupil: { select: { id: true, firstName: true, infix: true, lastName: true } } },
      },
    },
  });
  const pupilIds = groups.flatMap((g) => g.members.map((m) => m.pupil.id));
  const summaries = await summarizeAttendance({ schoolId, pupilIds, from: yearStart, to: date });
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    pupils: g.members
      .map(({ pupil }) => ({ id: pupil.id, name: fullName(pupil), sortKey: pupil.lastName, summary: summaries.get(pupil.id)! }))
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey, "nl"))
      .map(({ id, name, summary }) => ({ id, name, summary })),
  }));
}

