import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePagePermission } from "@/auth/guard";
import { clockTime } from "@/calendar/school-time";
import { AppointmentForm } from "@/absence-reports/appointment-form";
import { OwnReportsView } from "@/absence-reports/own-reports-view";
import { callTheSchool } from "@/absence-reports/report-limits";
import { listOwnReports } from "@/absence-reports/server/list-own-reports";
import { loadReportContext } from "@/absence-reports/server/report-context";
import { schoolDayHours } from "@/absence-reports/server/school-day-hours";
import { SickForm } from "@/absence-reports/sick-form";
import { betterFromOptions, sickFromOptions } from "@/absence-reports/time-options";

export const metadata: Metadata = { title: "Afwezigheid melden · Aanwezig" };

// Guarded by the permission, not a role: parents, and pupils of 18+ for themselves (decision 120).
export default async function ReportAbsencePage() {
  const actor = await requirePagePermission("absence:report-own");
  const context = await loadReportContext({ actor });
  const { limits, today, nowMinutes, timeZone } = context;
  const [reports, hours] = await Promise.all([listOwnReports({ actor, today, timeZone }), schoolDayHours({ schoolId: actor.schoolId, date: today })]);
  const pupils = reports.map((r) => ({ id: r.pupil.id, label: r.pupil.self ? `${r.pupil.name} (ikzelf)` : r.pupil.name }));
  const call = callTheSchool(limits.phone);
  const todayClosed = nowMinutes > limits.reportTodayUntilMinutes;
  const takes = (kind: "SICK" | "MEDICAL") => limits.reportKinds.includes(kind);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Afwezigheid melden</h1>
        <p className="text-slate-700">
          Meld hier ziekte, beterschap of een afspraak bij huisarts, tandarts of ziekenhuis. Online melden voor vandaag kan tot {clockTime(limits.reportTodayUntilMinutes)}, en tot {limits.reportDaysAhead} dagen vooruit. Anders: {call.toLowerCase()}
        </p>
      </div>
      {pupils.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">{actor.roles.includes("PUPIL") && !actor.guardianId ? "Tot je 18e melden je ouders of verzorgers je ziek of beter. Vraag hen dat te doen, of bel de school." : "Er is niemand voor wie je via je account afwezigheid kunt melden. Neem contact op met de school."}</p> : (
        <>
          {reports.map((r) => (
            <section key={r.pupil.id} aria-labelledby={`meldingen-${r.pupil.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id={`meldingen-${r.pupil.id}`} className="mb-2 text-lg font-semibold">{r.pupil.self ? "Mijn meldingen" : `Meldingen voor ${r.pupil.name}`}</h2>
              <OwnReportsView reports={r} betterOptions={betterFromOptions(hours.starts, nowMinutes)} />
            </section>
          ))}
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
            <section aria-labelledby="ziek" className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="ziek" className="mb-3 text-lg font-semibold">Ziek melden</h2>
              {!takes("SICK") ? <p>De school neemt ziekmeldingen niet online aan. {call}</p>
                : todayClosed ? <p role="note">Een ziekmelding voor vandaag kan online tot {clockTime(limits.reportTodayUntilMinutes)}. {call}</p>
                : <SickForm pupils={pupils} fromOptions={sickFromOptions(hours.starts, nowMinutes)} idempotencyKey={randomUUID()} today={today} />}
            </section>
            <section aria-labelledby="afspraak" className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="afspraak" className="mb-3 text-lg font-semibold">Afspraak melden</h2>
              {!takes("MEDICAL") ? <p>De school neemt afspraken niet online aan. {call}</p>
                : <AppointmentForm pupils={pupils} idempotencyKey={randomUUID()} today={today} travelMinutes={limits.appointmentTravelMinutes} />}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
