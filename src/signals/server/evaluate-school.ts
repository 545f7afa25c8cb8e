import "server-only";
import { dbDate, schoolToday } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";

import { schoolYearStart } from "../school-year-start";
import { evaluatePupils, type TEvaluationSummary } from "./evaluate-pupils";

/**
 * Re-evaluates every pupil of a school who is enrolled at some point of the
 * current school year: the nightly pass (dates move: a window ends, a due date
 * passes), a change of the school's rules settings or calendar, and the benchmark.
 */
export async function evaluateSchool({ schoolId, now }: { schoolId: string; now: Date }): Promise<TEvaluationSummary> {
  const school = await prisma.school.findUnique({ where: { id: schoolId }, select: { timeZone: true } });
  if (!school) throw new AppError("NOT_FOUND", "Deze school bestaat niet.");
  const today = schoolToday(school.timeZone, now);
  const pupils = await prisma.pupil.findMany({
    where: {
      OR: [{ enrolledUntil: null }, { enrolledUntil: { gte: dbDate(schoolYearStart(today)) } }],
      ...inSchool({ schoolId }),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return evaluatePupils({ schoolId, pupilIds: pupils.map((p) => p.id), now });
}
