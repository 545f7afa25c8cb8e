import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { longDate } from "@/calendar/long-date";
import { isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import type { TRemoveScheduleDate } from "../schemas";
import { afterCalendarChanged } from "./after-calendar-changed";
import { retimeLessons, retimeText } from "./retime-lessons";
import { schoolTomorrow } from "./school-tomorrow";

/** Takes a date's own bell schedule away: that day's lessons get the times of its weekday again. Past days stay as they were. */
export async function removeScheduleDate({ actor, input, now }: { actor: Actor; input: TRemoveScheduleDate; now?: Date }): Promise<string> {
  const tomorrow = await schoolTomorrow({ schoolId: actor.schoolId, now });
  const { date, result } = await prisma.$transaction(async (tx) => {
    const use = await tx.bellScheduleUse.findFirst({ where: { id: input.useId, date: { not: null }, ...inSchool(actor) }, select: { id: true, date: true, bellSchedule: { select: { name: true } } } });
    if (!use?.date) throw new AppError("NOT_FOUND", "Deze dag heeft geen eigen lestijdentabel (meer).");
    const date = isoDate(use.date);
    if (date < tomorrow) throw new AppError("RULE_VIOLATION", `${longDate(date)} is al voorbij of bezig; die dag blijft zoals hij was.`);
    await tx.bellScheduleUse.delete({ where: { schoolId_id: { schoolId: actor.schoolId, id: use.id } } });
    const result = await retimeLessons(tx, { schoolId: actor.schoolId, from: date, date });
    await recordAudit(tx, { actor, action: "calendar.bell-schedule.date-remove", entityType: "BellScheduleUse", entityId: use.id, details: { schedule: use.bellSchedule.name, date, ...result } });
    return { date, result };
  });
  if (result.retimed > 0) await afterCalendarChanged({ schoolId: actor.schoolId });
  return `${longDate(date)} heeft weer de gewone lestijden van die weekdag.${retimeText(result)}`;
}
