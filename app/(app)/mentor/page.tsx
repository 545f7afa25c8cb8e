import type { Metadata } from "next";
import Link from "next/link";
import { caseFileHref } from "@/case-file/case-file-href";
import { requirePagePermission } from "@/auth/guard";
import { schoolToday } from "@/calendar/school-time";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { listMentorGroups } from "@/pupils/server/list-mentor-groups";
import { COMPACT_CELL, ShortLabel } from "@/ui/compact-table";
import { formatHours, formatPercent } from "@/ui/hours";
import { describeReport } from "@/absence-reports/describe-report";
import { listOpenReportsOfPupils } from "@/absence-reports/server/list-open-reports-of-pupils";

export const metadata: Metadata = { title: "Mijn klassen · Aanwezig" };

export default async function MentorStartPage() {
  const actor = await requirePagePermission("groups:view-own");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const year = await findSchoolYear({ schoolId: actor.schoolId, date: today });
  const groups = actor.staffId && year
    ? await listMentorGroups({ schoolId: actor.schoolId, staffId: actor.staffId, date: today, yearStart: year.startDate })
    : [];
  const reports = await listOpenReportsOfPupils({ schoolId: actor.schoolId, pupilIds: groups.flatMap((g) => g.pupils.map((p) => p.id)), today, timeZone });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Mijn klassen</h1>
        <p className="text-slate-700">Aanwezigheid sinds het begin van schooljaar {year?.name ?? ""}</p>
      </div>
      {groups.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">Je bent dit schooljaar van geen klas mentor.</p> : null}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`groep-${group.id}`} className="rounded-lg border border-slate-200 bg-white">
          <h2 id={`groep-${group.id}`} className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
            Klas {group.name} <span className="text-sm font-normal text-slate-600">({group.pupils.length} leerlingen)</span>
          </h2>
          {group.pupils.some((p) => reports.has(p.id)) ? (
            <div className="border-b border-slate-200 px-4 py-3">
              <h3 className="font-medium">Gemeld door ouders of leerling</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {group.pupils.flatMap((p) => (reports.get(p.id) ?? []).map((r) => (
                  <li key={r.id}><span className="font-medium">{p.name}</span>: {describeReport(r)}</li>
                )))}
              </ul>
            </div>
          ) : null}
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Aanwezigheid van klas {group.name}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={`${COMPACT_CELL} font-medium`}>Leerling</th>
                  <th scope="col" className={`${COMPACT_CELL} text-right font-medium`}>Aanwezig</th>
                  <th scope="col" className={`${COMPACT_CELL} text-right font-medium`}><ShortLabel short="Ongeoorl.">Ongeoorloofd</ShortLabel></th>
                  <th scope="col" className={`${COMPACT_CELL} text-right font-medium`}><ShortLabel short="Geoorl.">Geoorloofd</ShortLabel></th>
                  <th scope="col" className={`${COMPACT_CELL} text-right font-medium`}>Te laat</th>
                </tr>
              </thead>
              <tbody>
                {group.pupils.map((pupil) => {
                  const s = pupil.summary;
                  const worrying = s.unexcusedMinutes >= 8 * 60;
                  return (
                    <tr key={pupil.id} className="border-t border-slate-100">
                      <th scope="row" className={`${COMPACT_CELL} font-normal`}>
                        <Link href={caseFileHref(pupil.id)} className="text-blue-800 underline-offset-2 hover:underline">{pupil.name}</Link>
                      </th>
                      <td className={`${COMPACT_CELL} text-right tabular-nums`}>{s.registeredLessons ? formatPercent(s.presentLessons / s.registeredLessons) : "–"}</td>
                      <td className={`${COMPACT_CELL} text-right tabular-nums ${worrying ? "font-semibold text-red-800" : ""}`}>{formatHours(s.unexcusedMinutes)}</td>
                      <td className={`${COMPACT_CELL} text-right tabular-nums`}>{formatHours(s.excusedMinutes)}</td>
                      <td className={`${COMPACT_CELL} text-right tabular-nums`}>{s.lateCount}×</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
