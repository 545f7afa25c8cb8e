import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";
import { buildAbsenceSpecification } from "../absence-specification";
import { dutchShortDate } from "../duo-labels";
import { loadSpecificationLessons } from "./load-specification-lessons";
import { recordDuoEvent } from "./record-duo-event";

/** DUO statuses after which the municipality still needs the end date (it cannot close the report without it). */
const STILL_OPEN_AT_DUO = new Set(["REGISTERED", "IN_PROGRESS", "ACKNOWLEDGED"]);

/**
 * Gives LRV reports the end date their signal got when the pupil came back
 * (the signals' re-evaluation sets `Signal.endDate`). A report not yet
 * submitted simply gets the end date and its specification up to that day;
 * a submitted one keeps what was sent and is flagged `endDateUpdateNeeded`:
 * the school must pass the end date on to DUO, and the coordinator confirms
 * that (confirmDuoEndDate). A later correction that moves the end date again
 * flags it again. Withdrawn signals are left alone.
 *
 * A system step (no person acts): run before reports are shown, and meant to
 * be called by the signals' evaluation right after it stores signals
 * (docs/decisions/061-lrv-end-date.md). Idempotent; returns how many reports
 * it changed. SECURITY-CRITICAL: scoped to one school.
 */
export async function syncDuoEndDates(db: Prisma.TransactionClient, { schoolId, pupilIds }: { schoolId: string; pupilIds?: readonly string[] }): Promise<number> {
  const candidates = await db.duoReport.findMany({
    where: {
      absenceKind: "LONG_TERM_RELATIVE",
      signal: { endDate: { not: null }, withdrawnAt: null },
      ...(pupilIds ? { pupilId: { in: [...pupilIds] } } : {}),
      ...inSchool({ schoolId }),
    },
    select: { id: true, pupilId: true, state: true, duoStatus: true, beginDate: true, endDate: true, signal: { select: { endDate: true } } },
  });
  let changed = 0;
  for (const report of candidates) {
    const signalEnd = report.signal!.endDate!;
    if (report.endDate?.getTime() === signalEnd.getTime()) continue;
    const end = isoDate(signalEnd);
    const actor = { schoolId, userId: null };
    if (report.state === "SUBMITTED") {
      if (!report.duoStatus || !STILL_OPEN_AT_DUO.has(report.duoStatus)) continue;
      const updated = await db.duoReport.updateMany({
        where: { id: report.id, endDate: report.endDate, ...inSchool({ schoolId }) },
        data: { endDate: signalEnd, endDateUpdateNeeded: true },
      });
      if (updated.count === 0) continue;
      await recordDuoEvent(db, {
        actor, reportId: report.id, pupilId: report.pupilId, action: "duo-report.end-date-known", fromState: report.duoStatus, toState: "END_DATE_KNOWN",
        note: `Leerling is terug; einddatum ${dutchShortDate(end)} nog doorgeven aan DUO`, details: { endDate: end },
      });
    } else {
      const specification = buildAbsenceSpecification(
        await loadSpecificationLessons(db, { schoolId, pupilId: report.pupilId, from: isoDate(report.beginDate), to: end }),
        { from: isoDate(report.beginDate), to: end, counts: "UNEXCUSED" },
      );
      const updated = await db.duoReport.updateMany({
        where: { id: report.id, endDate: report.endDate, state: report.state, ...inSchool({ schoolId }) },
        data: { endDate: signalEnd, specification, allLessonsMissed: specification.allLessonsMissed },
      });
      if (updated.count === 0) continue;
      await recordDuoEvent(db, {
        actor, reportId: report.id, pupilId: report.pupilId, action: "duo-report.end-date-known", fromState: report.state, toState: report.state,
        note: `Leerling is terug; einddatum ${dutchShortDate(end)} ingevuld`, details: { endDate: end },
      });
    }
    changed++;
  }
  return changed;
}
