import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { dutchDate, schoolToday } from "@/calendar/school-time";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { getSchoolSettings } from "@/school-settings/server/get-school-settings";
import { RulesProfileForm } from "@/school-settings/rules-profile-form";
import { describeRulesSettings } from "@/school-settings/describe-rules-settings";
import type { RULES_PROFILE_LABELS } from "@/school-settings/schemas";
import { resolveSettings, type TProfileName, type TRulesSettings } from "@/rules";
import { CorrectionDaysForm } from "@/school-settings/correction-days-form";
import { RetentionYearsForm } from "@/school-settings/retention-years-form";
import { ResetTwoStepForm } from "@/auth/mfa/reset-two-step-form";
import { PupilViewSettingForm } from "@/pupil-account/pupil-view-setting-form";
import { ReportLimitsForm } from "@/school-settings/report-limits-form";
import { LeaveSettingsSection } from "@/leave/leave-settings-section";
import { Stat } from "@/ui/stat";
import { periodText } from "@/calendar/period-text";
import { SchedulePupilFinder } from "@/schedule/schedule-pupil-finder";
import { findPupilsForSchedule } from "@/schedule/server/find-pupils-for-schedule";

export const metadata: Metadata = { title: "Beheer · Aanwezig" };

/** Each profile's thresholds in words, with the school's own overrides. */
function rulesInWords(overrides: Partial<TRulesSettings>): Record<keyof typeof RULES_PROFILE_LABELS, string[]> {
  const words = (profile: keyof typeof RULES_PROFILE_LABELS) => describeRulesSettings(resolveSettings(profile.toLowerCase() as TProfileName, overrides));
  return { DEFAULT: words("DEFAULT"), MAZL: words("MAZL"), TWENTE: words("TWENTE"), PARKSTAD: words("PARKSTAD") };
}

const REGION = { NORTH: "Noord", MIDDLE: "Midden", SOUTH: "Zuid" } as Record<string, string>;

export default async function AdminStartPage({ searchParams }: { searchParams: Promise<{ leerling?: string | string[] }> }) {
  const actor = await requirePagePermission("school:configure");
  const { leerling } = await searchParams;
  const query = typeof leerling === "string" ? leerling.slice(0, 100) : "";
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const year = await findSchoolYear({ schoolId: actor.schoolId, date: today });
  const settings = await getSchoolSettings({ schoolId: actor.schoolId, yearId: year?.id ?? null });
  const schedulePupils = await findPupilsForSchedule({ actor, query, today });
  // Short here: what comes next; the whole year is on /beheer/kalender.
  const upcoming = settings.calendar.filter((e) => e.endDate >= today).slice(0, 4);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Beheer</h1>
        <p className="text-slate-700">{settings.name} · BRIN {settings.brin} · regio {REGION[settings.region]}</p>
        <p className="mt-2 flex flex-wrap gap-x-4">
          <Link href="/verzuim/brieven" className="text-blue-800 underline">Briefsjablonen bewerken</Link>
          <Link href="/beheer/logboek" className="text-blue-800 underline">Logboek: wie zag of wijzigde wat</Link>
          <Link href="/beheer/import/rooster" className="text-blue-800 underline">Rooster importeren</Link>
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
          <RulesProfileForm current={settings.rulesProfile} descriptions={rulesInWords(settings.rulesOverrides)} />
          <h2 id="correcties" className="mb-3 mt-6 text-lg font-semibold">Correcties door docenten</h2>
          <CorrectionDaysForm current={settings.teacherCorrectionDays} />
          <h2 id="bewaartermijn" className="mb-3 mt-6 text-lg font-semibold">Bewaartermijn</h2>
          <RetentionYearsForm current={settings.retentionYears} />
          <h2 id="leerlingen-zien" className="mb-3 mt-6 text-lg font-semibold">Leerlingaccounts</h2>
          <PupilViewSettingForm current={settings.pupilsSeeOwnRegistrations} />
          <LeaveSettingsSection schoolId={actor.schoolId} />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="rooster-leerling" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="rooster-leerling" className="mb-3 text-lg font-semibold">Rooster van een leerling aanpassen</h2>
            <p className="mb-3 text-sm text-slate-700">Opbouwrooster, vrijstelling of stage: lessen die een leerling niet volgt, tellen niet als verzuim.</p>
            <SchedulePupilFinder query={query} {...schedulePupils} />
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
        {upcoming.length > 0 ? (
          <ul className="divide-y divide-slate-100">
            {upcoming.map((e) => (
              <li key={e.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                <span><span className="font-medium">{e.name}</span> <span className="text-sm text-slate-600">({e.kind === "HOLIDAY" ? "vakantie" : "vrije dag"})</span></span>
                <span className="text-slate-700">{periodText(e.startDate, e.endDate, { formatDate: dutchDate, through: "t/m" })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-4 py-2 text-slate-700">Geen vakanties of vrije dagen meer in dit schooljaar.</p>
        )}
        <p className="border-t border-slate-200 px-4 py-3">
          <Link href="/beheer/kalender" className="text-blue-800 underline">Kalender en lestijden beheren</Link>
        </p>
      </section>
    </div>
  );
}
