import "server-only";
import type { Actor } from "@/auth/load-actor";
import { betterFromOptions, type TimeOption } from "../time-options";
import { listOwnReports, type OwnPupilReports } from "./list-own-reports";
import { loadReportContext } from "./report-context";
import { schoolDayHours } from "./school-day-hours";

/** For a start page that shows reports beside other things per pupil (/ouder): the reports by pupil and the "beter vanaf" choices. */
export async function ownReportsByPupil({ actor }: { actor: Actor }): Promise<{ byPupil: Map<string, OwnPupilReports>; betterOptions: TimeOption[] }> {
  const { today, timeZone, nowMinutes } = await loadReportContext({ actor });
  const [reports, hours] = await Promise.all([listOwnReports({ actor, today, timeZone }), schoolDayHours({ schoolId: actor.schoolId, date: today })]);
  return { byPupil: new Map(reports.map((r) => [r.pupil.id, r])), betterOptions: betterFromOptions(hours.starts, nowMinutes) };
}
