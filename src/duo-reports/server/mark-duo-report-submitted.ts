import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { dbDate, schoolToday } from "@/calendar/school-time";
import { reportStateChangeError } from "../duo-lifecycle";
import { dutchShortDate } from "../duo-labels";
import type { TMarkSubmitted } from "../schemas";
import { findDuoReport } from "./find-duo-report";
import { recordDuoEvent } from "./record-duo-event";

/**
 * Records that a ready report was submitted to DUO (in the verzuimloket or
 * by the administration package): on which day and by whom. DUO registers
 * it (Geregistreerd) and the signal counts as reported. `submittedAt` holds
 * the chosen day at 00:00 UTC: a date, read back with `isoDate`.
 */
export async function markDuoReportSubmitted({ actor, input, now }: { actor: Actor; input: TMarkSubmitted; now: Date }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    const report = await findDuoReport(tx, { schoolId: actor.schoolId, reportId: input.reportId, forUpdate: true });
    const refused = reportStateChangeError(report.state, "SUBMITTED");
    if (refused) throw new AppError("CONFLICT", refused);
    const school = await tx.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { timeZone: true } });
    const today = schoolToday(school.timeZone, now);
    const made = schoolToday(school.timeZone, report.createdAt);
    if (input.submittedOn > today) throw new AppError("INVALID_INPUT", "Een melding kan niet in de toekomst gemeld zijn.", { submittedOn: ["Kies vandaag of een eerdere dag."] });
    if (input.submittedOn < made) {
      throw new AppError("INVALID_INPUT", "De melding is gemaakt na die dag.", { submittedOn: [`Kies ${dutchShortDate(made)} of later: toen is de melding gemaakt.`] });
    }
    await tx.duoReport.updateMany({
      where: { id: report.id, state: "READY", ...inSchool(actor) },
      data: { state: "SUBMITTED", duoStatus: "REGISTERED", submittedAt: dbDate(input.submittedOn), submittedById: actor.userId },
    });
    if (report.signalId) await tx.signal.updateMany({ where: { id: report.signalId, ...inSchool(actor) }, data: { state: "REPORTED" } });
    await recordDuoEvent(tx, {
      actor, reportId: report.id, pupilId: report.pupilId, action: "duo-report.submit", fromState: "READY", toState: "SUBMITTED",
      note: `Gemeld bij DUO op ${dutchShortDate(input.submittedOn)}; DUO-status Geregistreerd`, details: { submittedOn: input.submittedOn },
    });
  });
  return `Vastgelegd: gemeld bij DUO op ${dutchShortDate(input.submittedOn)}.`;
}
