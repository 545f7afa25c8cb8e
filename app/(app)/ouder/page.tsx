import type { Metadata } from "next";
import { requirePagePermission } from "@/auth/guard";
import { addDays, schoolToday } from "@/calendar/school-time";
import { findSchoolYear } from "@/calendar/server/find-school-year";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { listOwnChildren } from "@/guardians/server/list-own-children";
import { AttendanceOverview } from "@/pupils/attendance-overview";

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
            <AttendanceOverview summary={child.summary} recentAbsences={child.recentAbsences} />
          )}
        </section>
      ))}
    </div>
  );
}
