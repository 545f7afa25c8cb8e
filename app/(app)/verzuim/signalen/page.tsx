import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { can } from "@/auth/permissions";
import { schoolToday } from "@/calendar/school-time";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { SIGNAL_KIND_LABELS, SIGNAL_STATE_LABELS } from "@/signals/signal-labels";
import { ZQueueFiltersSchema } from "@/signal-queue/schemas";
import { listSignalQueue } from "@/signal-queue/server/list-signal-queue";
import { listQueueFilterOptions } from "@/signal-queue/server/list-queue-filter-options";
import { QueueView, textLink } from "@/signal-queue/queue-view";
import { buttonClass } from "@/ui/form-feedback";

export const metadata: Metadata = { title: "Signalen · Aanwezig" };

const select = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-2 text-sm focus:outline-none focus:ring-2 focus:ring-blue-700";

export default async function SignalQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("signals:view");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const filters = ZQueueFiltersSchema.parse(await searchParams);
  const [queue, options] = await Promise.all([
    listSignalQueue({ actor, filters, today }),
    listQueueFilterOptions({ actor, date: today }),
  ]);
  const manage = can(actor, "signals:manage");
  const report = can(actor, "duo-reports:manage");
  const mentorOnly = !can(actor, "attendance:view-school");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Signalen</h1>
        <p className="text-slate-700">{mentorOnly ? "Van de leerlingen in jouw klassen. " : ""}Eén regel per leerling; leerlingen met een verplichte melding met de kortste termijn staan bovenaan.</p>
      </div>

      <form aria-label="Signalen filteren" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-6">
        <div className="col-span-2">
          <label htmlFor="soort" className="block text-sm font-medium">Soort</label>
          <select id="soort" name="soort" defaultValue={filters.soort ?? ""} className={select}>
            <option value="">Alle soorten</option>
            {Object.entries(SIGNAL_KIND_LABELS).map(([kind, label]) => <option key={kind} value={kind}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="groep" className="block text-sm font-medium">Klas</label>
          <select id="groep" name="groep" defaultValue={filters.groep ?? ""} className={select}>
            <option value="">{mentorOnly ? "Al mijn klassen" : "Alle klassen"}</option>
            {options.groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>
        </div>
        {mentorOnly ? null : (
          <div>
            <label htmlFor="mentor" className="block text-sm font-medium">Mentor</label>
            <select id="mentor" name="mentor" defaultValue={filters.mentor ?? ""} className={select}>
              <option value="">Alle mentoren</option>
              {options.mentors.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="status" className="block text-sm font-medium">Status</label>
          <select id="status" name="status" defaultValue={filters.status} className={select}>
            <option value="open">Open (nieuw of in behandeling)</option>
            {Object.entries(SIGNAL_STATE_LABELS).map(([state, label]) => <option key={state} value={state}>{label}</option>)}
            <option value="ingetrokken">Ingetrokken</option>
          </select>
        </div>
        <div>
          <label htmlFor="termijn" className="block text-sm font-medium">Termijn</label>
          <select id="termijn" name="termijn" defaultValue={filters.termijn} className={select}>
            <option value="alle">Alle</option>
            <option value="verlopen">Verlopen</option>
            <option value="week">Binnen een week</option>
          </select>
        </div>
        <div className="col-span-2 flex gap-2 md:col-span-6">
          <button type="submit" className={buttonClass}>Filteren</button>
          <Link href="/verzuim/signalen" className={`${textLink} self-center px-2`}>Wissen</Link>
        </div>
      </form>

      <QueueView queue={queue} filters={filters} today={today} rights={{ manage, report }} />
    </div>
  );
}

