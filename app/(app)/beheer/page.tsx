import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { dutchDate, schoolToday } from "@/calendar/school-time";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { getSchoolSettings } from "@/school-settings/server/get-school-settings";
import { RulesProfileForm } from "@/school-settings/rules-profile-form";
import { FreeDayForm } from "@/school-settings/free-day-form";
import { CorrectionDaysForm } from "@/school-settings/correction-days-form";
import { RetentionYearsForm } from "@/school-settings/retention-years-form";
import { ResetTwoStepForm } from "@/auth/mfa/reset-two-step-form";
import { PupilViewSettingForm } from "@/pupil-account/pupil-view-setting-form";
import { ReportLimitsForm } from "@/school-settings/report-limits-form";
import { LeaveSettingsSection } from "@/leave/leave-settings-section";
import { Stat } from "@/ui/stat";
import { periodText } from "@/calendar/period-text";

export const metadata: Metadata = { title: "Beheer · Aanwezig" };

const REGION = { NORTH: "Noord", MIDDLE: "Midden", SOUTH: "Zuid" } as Record<string, string>;

export default async function AdminStartPage() {
  const actor = await requirePagePermission("school:configure");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const year = await findSchoolYear({ schoolId: actor.schoolId, date: schoolToday(timeZone, now) });
  const settings = await getSchoolSettings({ schoolId: actor.schoolId, yearId: year?.id ?? null });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Beheer</h1>
        <p className="text-slate-700">{settings.name} · BRIN {settings.brin} · regio {REGION[settings.region]}</p>
        <p className="mt-2 flex flex-wrap gap-x-4">
          <Link href="/verzuim/brieven" className="text-blue-800 underline">Briefsjablonen bewerken</Link>
          <Link href="/beheer/logboek" className="text-blue-800 underline">Logboek: wie zag of wijzigde wat</Link>
          <Link href="/beheer/import/mensen" className="text-blue-800 underline">Leerlingen, ouders en medewerkers importeren</Link>
        </p>
      </div>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label="Leerlingen" value={settings.counts.pupils} />
        <Stat label="Medewerkers" value={settings.counts.staff} />
        <Stat label="Klassen en groepen" value={settings.counts.groups} />
      </dl>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <section aria-labelledby="profiel" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="profiel" className="mb-3 text-lg font-semibold">Verzuimregels</h2>
          <RulesProfileForm current={settings.rulesProfile} />
          <h2 id="correcties" className="mb-3 mt-6 text-lg font-semibold">Correcties door docenten</h2>
          <CorrectionDaysForm current={settings.teacherCorrectionDays} />
          <h2 id="bewaartermijn" className="mb-3 mt-6 text-lg font-semibold">Bewaartermijn</h2>
          <RetentionYearsForm current={settings.retentionYears} />
          <h2 id="leerlingen-zien" className="mb-3 mt-6 text-lg font-semibold">Leerlingaccounts</h2>
          <PupilViewSettingForm current={settings.pupilsSeeOwnRegistrations} />
          <LeaveSettingsSection schoolId={actor.schoolId} />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="vrije-dag" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="vrije-dag" className="mb-3 text-lg font-semibold">Studiedag of vrije dag toevoegen</h2>
            <FreeDayForm />
          </section>
          <section aria-labelledby="online-melden" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="online-melden" className="mb-3 text-lg font-semibold">Online afwezigheid melden</h2>
            <ReportLimitsForm current={settings.reportLimits} />
          </section>
          <section aria-labelledby="tweestaps-herstel" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="tweestaps-herstel" className="mb-3 text-lg font-semibold">Tweestapsverificatie herstellen</h2>
            <ResetTwoStepForm />
          </section>
        </div>
      </div>
      <section aria-labelledby="kalender" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="kalender" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Schoolkalender {year?.name ?? ""}</h2>
        <ul className="divide-y divide-slate-100">
          {settings.calendar.map((e) => (
            <li key={e.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
              <span><span className="font-medium">{e.name}</span> <span className="text-sm text-slate-600">({e.kind === "HOLIDAY" ? "vakantie" : "vrije dag"})</span></span>
              <span className="text-slate-700">{periodText(e.startDate, e.endDate, { formatDate: dutchDate, through: "t/m" })}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
