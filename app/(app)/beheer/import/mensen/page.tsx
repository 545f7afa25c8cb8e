import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { appNow } from "@/calendar/app-clock";
import { schoolToday } from "@/calendar/school-time";
import { PeopleUploadForm } from "@/imports/people/people-upload-form";

export const metadata: Metadata = { title: "Leerlingen, ouders en medewerkers importeren · Beheer · Aanwezig" };

/** Beheer → import: a pupil, guardian or staff export of the administration system, first as a preview. */
export default async function PeopleImportPage() {
  const actor = await requirePagePermission("school:configure");
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer" className="text-blue-800 underline">← Beheer</Link></p>
        <h1 className="text-2xl font-semibold">Leerlingen, ouders en medewerkers importeren</h1>
        <p className="text-slate-700">
          Exporteer de lijst als CSV uit het administratiepakket (Magister, Somtoday, ParnasSys, EduArte). Je ziet eerst wat er verandert;
          er wordt niets opgeslagen voordat je bevestigt. Importeer eerst de leerlingen, dan de ouders en verzorgers, dan de medewerkers.
        </p>
      </div>
      <section aria-labelledby="bestand" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="bestand" className="mb-3 text-lg font-semibold">Bestand kiezen</h2>
        <PeopleUploadForm today={schoolToday(actor.schoolTimeZone, appNow())} />
      </section>
    </div>
  );
}
