import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { addDays, dutchDate, schoolToday } from "@/calendar/school-time";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { AttendanceOverview } from "@/pupils/attendance-overview";
import { GuardianViewForm } from "@/pupil-account/guardian-view-form";
import { loadOwnAttendance } from "@/pupil-account/server/load-own-attendance";

export const metadata: Metadata = { title: "Mijn aanwezigheid · Aanwezig" };

const calm = "rounded-lg border border-slate-200 bg-white p-4";

export default async function PupilStartPage() {
  const actor = await requirePagePermission("registrations:view-self");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const year = await findSchoolYear({ schoolId: actor.schoolId, date: today });
  const own = await loadOwnAttendance({ actor, today, yearStart: year?.startDate ?? today, recentFrom: addDays(today, -14) });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Mijn aanwezigheid</h1>
      {own.kind === "no-pupil" ? (
        <p className={calm}>Er is nog geen leerling aan je account gekoppeld. Neem contact op met de school.</p>
      ) : own.kind === "not-shown" ? (
        <p className={calm}>
          Je school laat leerlingen onder de 18 hun registraties (nog) niet zelf zien. Wil je weten hoe het met je aanwezigheid staat? Vraag het je mentor. Je ouders of verzorgers kunnen het ook zien.
        </p>
      ) : (
        <section aria-labelledby="registraties" className={calm}>
          <h2 id="registraties" className="text-lg font-semibold">{own.pupil.name}</h2>
          <p className="text-sm text-slate-700">Klas {own.groupNames.join(", ") || "onbekend"}</p>
          <AttendanceOverview summary={own.summary} recentAbsences={own.recentAbsences} />
          {!own.pupil.adult ? <p className="mt-3 text-sm text-slate-600">Klopt er iets niet? Vraag het je mentor.</p> : null}
        </section>
      )}
      {own.kind !== "no-pupil" && own.pupil.adult ? (
        <>
          <section aria-labelledby="zelf-melden" className={calm}>
            <h2 id="zelf-melden" className="text-lg font-semibold">Zelf melden</h2>
            <p className="mt-1 text-slate-700">Je bent 18 of ouder: je meldt je zelf ziek of beter en vraagt zelf verlof aan.</p>
            <ul className="mt-3 flex flex-wrap gap-3">
              <li><Link href="/ouder/melden" className="inline-block rounded-md border border-blue-700 px-4 py-2 font-medium text-blue-800 hover:bg-blue-50 focus:outline-none focus:ring-2 focus:ring-blue-700">Ziek of afwezig melden</Link></li>
              <li><Link href="/ouder/verlof" className="inline-block rounded-md border border-blue-700 px-4 py-2 font-medium text-blue-800 hover:bg-blue-50 focus:outline-none focus:ring-2 focus:ring-blue-700">Verlof aanvragen</Link></li>
            </ul>
          </section>
          <section aria-labelledby="ouders-zien" className={calm}>
            <h2 id="ouders-zien" className="text-lg font-semibold">Wat zien je ouders?</h2>
            <p className="mt-1 text-slate-700">
              Vanaf 18 jaar beslis je zelf of je ouders of verzorgers je registraties (afwezigheid, te laat komen, ziekmeldingen) nog zien in Aanwezig.
              Je kunt je keuze altijd weer veranderen. De school zelf blijft je registraties zien, en moet soms toch contact opnemen met je ouders, bijvoorbeeld bij veel verzuim.
            </p>
            <p className="mt-2 text-sm text-slate-600">
              {own.pupil.guardiansMayViewChosenAt
                ? `Je keuze van ${dutchDate(schoolToday(timeZone, own.pupil.guardiansMayViewChosenAt))}: je ouders zien je registraties${own.pupil.guardiansMayView ? "" : " niet"}.`
                : "Je hebt nog niets gekozen: je ouders zien je registraties."}
            </p>
            <div className="mt-3"><GuardianViewForm guardiansMayView={own.pupil.guardiansMayView} /></div>
          </section>
        </>
      ) : null}
    </div>
  );
}
