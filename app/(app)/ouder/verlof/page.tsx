import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePagePermission } from "@/auth/guard";
import { schoolToday } from "@/calendar/school-time";
import { listOwnPupils } from "@/guardians/server/own-pupils";
import { LeaveRequestForm } from "@/leave/leave-request-form";
import { OwnLeaveList } from "@/leave/own-leave-list";
import { getLeaveSettings } from "@/leave/server/get-leave-settings";
import { listOwnLeaveRequests } from "@/leave/server/list-own-leave-requests";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";

export const metadata: Metadata = { title: "Verlof · Aanwezig" };

export default async function OwnLeavePage() {
  const actor = await requirePagePermission("leave:request-own");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const [pupils, requests, school] = await Promise.all([
    listOwnPupils({ actor, today }),
    listOwnLeaveRequests({ actor, today }),
    getLeaveSettings({ schoolId: actor.schoolId }),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Verlof</h1>
        <p className="text-slate-700">Vraag verlof aan buiten de schoolvakanties. De school beslist en je krijgt het besluit per e-mail.</p>
      </div>
      <section aria-labelledby="aanvragen" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="aanvragen" className="mb-3 text-lg font-semibold">Verlof aanvragen</h2>
        {pupils.length === 0
          ? <p className="text-slate-700">{actor.roles.includes("PUPIL") && !actor.guardianId ? "Tot je 18e vragen je ouders of verzorgers verlof voor je aan." : "Er is niemand aan je account gekoppeld voor wie je verlof kunt aanvragen. Neem contact op met de school."}</p>
          : <LeaveRequestForm pupils={pupils.map((p) => ({ id: p.id, firstName: p.firstName, self: p.self }))} today={today} formKey={randomUUID()} noticeWeeks={school.leaveNoticeWeeks} />}
      </section>
      <section aria-labelledby="mijn-aanvragen" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="mijn-aanvragen" className="text-lg font-semibold">Aanvragen</h2>
        <OwnLeaveList requests={requests} withdraw showNames={pupils.length > 1} />
      </section>
    </div>
  );
}
