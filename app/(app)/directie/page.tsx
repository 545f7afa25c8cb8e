import type { Metadata } from "next";
import { requirePagePermission } from "@/auth/guard";
import { schoolToday } from "@/calendar/school-time";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { getAttendanceOverview, type AttendanceRow } from "@/dashboards/server/get-attendance-overview";
import { STATUS_LABELS } from "@/registration/status-labels";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { formatHours, formatPercent } from "@/ui/hours";
import { COMPACT_CELL, ShortLabel } from "@/ui/compact-table";
import { Stat } from "@/ui/stat";

export const metadata: Metadata = { title: "Overzicht · Aanwezig" };

const WEEKDAYS: Record<string, string> = { "1": "maandag", "2": "dinsdag", "3": "woensdag", "4": "donderdag", "5": "vrijdag" };

function weekday(key: string): React.ReactNode {
  const name = WEEKDAYS[key];
  return name ? <ShortLabel short={name.slice(0, 2)}>{name}</ShortLabel> : key;
}

export default async function LeaderStartPage() {
  const actor = await requirePagePermission("dashboard:view");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const year = await findSchoolYear({ schoolId: actor.schoolId, date: today });
  if (!year) return <p>Er is geen schooljaar ingericht voor vandaag.</p>;
  const overview = await getAttendanceOverview({ schoolId: actor.schoolId, from: year.startDate, to: today });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Overzicht aanwezigheid</h1>
        <p className="text-slate-700">Schooljaar {year.name}, tot en met vandaag</p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Aanwezig" value={formatPercent(overview.total.presentShare)} />
        <Stat label="Geoorloofd afwezig" value={formatPercent(overview.total.excusedShare)} />
        <Stat label="Ongeoorloofd afwezig" value={formatPercent(overview.total.unexcusedShare)} />
        <Stat label="Lessen niet geregistreerd" value={overview.unregisteredLessons} />
      </dl>
      <RateTable title="Per leerjaar" rows={overview.byYearLevel} label={(key) => key} />
      <RateTable title="Per weekdag" rows={overview.byWeekday} label={weekday} />
      <section aria-labelledby="categorie" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="categorie" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Afwezigheid per categorie (klokuren)</h2>
        <ul className="divide-y divide-slate-100">
          {overview.byStatus.map((s) => (
            <li key={s.status} className="flex justify-between px-4 py-2">
              <span>{STATUS_LABELS[s.status as AttendanceStatus] ?? s.status}</span>
              <span className="tabular-nums">{formatHours(s.minutes)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function RateTable({ title, rows, label }: { title: string; rows: AttendanceRow[]; label: (key: string) => React.ReactNode }) {
  return (
    <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="border-b border-slate-200 px-4 py-3 text-left text-lg font-semibold">{title}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={`${COMPACT_CELL} font-medium`}><span className="sr-only">Groep</span></th>
            <th scope="col" className={`${COMPACT_CELL} text-right font-medium`}>Lessen</th>
            <th scope="col" className={`${COMPACT_CELL} text-right font-medium`}>Aanwezig</th>
            <th scope="col" className={`${COMPACT_CELL} text-right font-medium`}><ShortLabel short="Geoorl.">Geoorloofd</ShortLabel></th>
            <th scope="col" className={`${COMPACT_CELL} text-right font-medium`}><ShortLabel short="Ongeoorl.">Ongeoorloofd</ShortLabel></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-100">
              <th scope="row" className={`${COMPACT_CELL} font-normal`}>{label(row.key)}</th>
              <td className={`${COMPACT_CELL} text-right tabular-nums`}>{row.lessons.toLocaleString("nl-NL")}</td>
              <td className={`${COMPACT_CELL} text-right tabular-nums`}>{formatPercent(row.presentShare)}</td>
              <td className={`${COMPACT_CELL} text-right tabular-nums`}>{formatPercent(row.excusedShare)}</td>
              <td className={`${COMPACT_CELL} text-right tabular-nums`}>{formatPercent(row.unexcusedShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
