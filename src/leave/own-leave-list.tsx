import { periodText } from "@/calendar/period-text";
import { LEAVE_STATE_LABELS, LEAVE_TYPE_LABELS } from "./leave-labels";
import type { OwnLeaveRequest } from "./server/list-own-leave-requests";
import { WithdrawLeaveButton } from "./withdraw-leave-button";

const STATE_STYLE: Record<OwnLeaveRequest["state"], string> = {
  REQUESTED: "bg-amber-100 text-amber-950",
  REFERRED: "bg-amber-100 text-amber-950",
  APPROVED: "bg-green-100 text-green-950",
  REJECTED: "bg-red-100 text-red-950",
  WITHDRAWN: "bg-slate-200 text-slate-900",
};

/** What became of each request: the state, and the school's (or the officer's) explanation. */
export function OwnLeaveList({ requests, withdraw = false, showNames }: { requests: OwnLeaveRequest[]; withdraw?: boolean; showNames: boolean }) {
  if (requests.length === 0) return <p className="text-slate-700">Er zijn nog geen verlofaanvragen.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {requests.map((r) => {
        const period = periodText(r.startDate, r.endDate);
        return (
          <li key={r.id} className="py-3">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="font-medium">{showNames ? `${r.pupilFirstName}: ` : ""}{LEAVE_TYPE_LABELS[r.type]}</p>
                <p className="text-sm text-slate-800">{r.reason}</p>
                <p className="text-sm text-slate-700">{period} · {r.schoolDays} {r.schoolDays === 1 ? "schooldag" : "schooldagen"}</p>
              </div>
              <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${STATE_STYLE[r.state]}`}>{LEAVE_STATE_LABELS[r.state]}</span>
            </div>
            {r.state === "REFERRED" ? <p className="mt-1 text-sm text-slate-800">Meer dan 10 schooldagen: de leerplichtambtenaar van de gemeente beslist. De school heeft de aanvraag doorgestuurd.</p> : null}
            {r.decisionNote && (r.state === "APPROVED" || r.state === "REJECTED") ? (
              <p className="mt-1 text-sm text-slate-800">{r.officerName ? `Besluit van de leerplichtambtenaar (${r.officerName})` : "Toelichting van de school"}: {r.decisionNote}</p>
            ) : null}
            {withdraw && (r.state === "REQUESTED" || r.state === "REFERRED") ? <WithdrawLeaveButton leaveRequestId={r.id} label={period} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
