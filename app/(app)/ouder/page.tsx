import type { Metadata } from "next";
import { requirePagePermission } from "@/auth/guard";
import { addDays, dutchDate, schoolToday } from "@/calendar/school-time";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { listOwnChildren } from "@/guardians/server/list-own-children";
import { STATUS_LABELS } from "@/registration/status-labels";
import { describePeriods, summarizeDayAbsences } from "@/registration/summarize-day-absences";
import { formatHours } from "@/ui/hours";
import { OwnLeaveSummary } from "@/leave/own-leave-summary";

export const metadata: Metadata = { title: "Mijn kinderen · Aanwezig" };

export default async function ParentStartPage() {
  const actor = await requirePagePermission("children:view-own");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const year = await findSchoolYear({ schoolId: actor.schoolId, date: today });
  const children = actor.guardianId
    ? await listOwnChildren({ schoolId: actor.schoolId, guardianId: actor.guardianId, today, yearStart: year?.startDate ?? today, recentFrom: addDays(today, -14) })
    : [];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Mijn kinderen</h1>
      {children.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">Er zijn geen kinderen aan je account gekoppeld. Neem contact op met de school.</p> : null}
      {children.map((child) => (
        <section key={child.id} aria-labelledby={`kind-${child.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`kind-${child.id}`} className="text-lg font-semibold">{child.name}</h2>
          <p className="text-sm text-slate-700">Klas {child.groupNames.join(", ") || "onbekend"}</p>
          {child.hiddenByPupil ? (
            <p className="mt-3 text-slate-700">{child.name} is 18 jaar of ouder en heeft aangegeven dat ouders de registraties niet meer zien.</p>
          ) : (
            <>
              {child.summary ? (
                <p className="mt-3">
                  Dit schooljaar: {formatHours(child.summary.excusedMinutes)} geoorloofd afwezig, {formatHours(child.summary.unexcusedMinutes)} ongeoorloofd afwezig, {child.summary.lateCount}× te laat.
                </p>
              ) : null}
              <h3 className="mt-4 font-medium">Afwezig of te laat, afgelopen twee weken</h3>
              {child.recentAbsences.length === 0 ? <p className="text-slate-700">Niets bijzonders.</p> : (
                <ul className="mt-1 divide-y divide-slate-100">
                  {summarizeDayAbsences(child.recentAbsences).map((day) => (
                    <li key={`${day.date}-${day.status}`} className="py-1">
                      <span className="font-medium">{dutchDate(day.date)}</span>: {STATUS_LABELS[day.status]}, {describePeriods(day.periods)}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      ))}
      <OwnLeaveSummary actor={actor} today={today} />
    </div>
  );
}
