import { dutchDate } from "@/calendar/school-time";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { STATUS_LABELS } from "@/registration/status-labels";
import { describePeriods, summarizeDayAbsences } from "@/registration/summarize-day-absences";
import type { AttendanceSummary } from "@/pupils/server/summarize-attendance";
import { formatHours } from "@/ui/hours";

export type RecentAbsence = { date: string; period: number; subject: string; status: AttendanceStatus };

/**
 * One pupil's registrations as a parent or the pupil themselves sees them: the school year's totals and
 * the absences and late arrivals of the last two weeks, per day. Read-only.
 */
export function AttendanceOverview({ summary, recentAbsences }: { summary: AttendanceSummary | null; recentAbsences: RecentAbsence[] }) {
  return (
    <>
      {summary ? (
        <p className="mt-3">
          Dit schooljaar: {formatHours(summary.excusedMinutes)} geoorloofd afwezig, {formatHours(summary.unexcusedMinutes)} ongeoorloofd afwezig, {summary.lateCount}× te laat.
        </p>
      ) : null}
      <h3 className="mt-4 font-medium">Afwezig of te laat, afgelopen twee weken</h3>
      {recentAbsences.length === 0 ? <p className="text-slate-700">Niets bijzonders.</p> : (
        <ul className="mt-1 divide-y divide-slate-100">
          {summarizeDayAbsences(recentAbsences).map((day) => (
            <li key={`${day.date}-${day.status}`} className="py-1">
              <span className="font-medium">{dutchDate(day.date)}</span>: {STATUS_LABELS[day.status]}, {describePeriods(day.periods)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
