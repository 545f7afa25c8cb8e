import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { schoolToday } from "@/calendar/school-time";
import { TimetableImportPanel } from "@/imports/timetable/timetable-import-panel";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";

export const metadata: Metadata = { title: "Rooster importeren · Aanwezig" };

export default async function TimetableImportPage() {
  const actor = await requirePagePermission("school:configure");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  return (
    <div className="space-y-6">
      <div>
        <p><Link href="/beheer" className="text-blue-800 underline">← Beheer</Link></p>
        <h1 className="text-2xl font-semibold">Rooster importeren</h1>
        <p className="mt-1 max-w-prose text-slate-700">
          Lees het rooster in uit Zermelo of Untis. Lessen worden op klas, docentcode en vakcode gekoppeld. Vanaf de gekozen datum
          vervangt het nieuwe rooster het oude; eerdere lessen en alle registraties blijven staan.
        </p>
      </div>
      <TimetableImportPanel today={schoolToday(timeZone, now)} />
    </div>
  );
}
