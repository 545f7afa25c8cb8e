import Link from "next/link";
import { periodText } from "@/calendar/period-text";
import { LEAVE_STATE_LABELS, LEAVE_TYPE_LABELS } from "./leave-labels";
import type { LeaveRequestRow } from "./server/list-leave-requests";

/** Leave requests as links to their page: who, what, when, how many school days, where it stands. */
export function LeaveRequestList({ rows, empty }: { rows: LeaveRequestRow[]; empty: string }) {
  if (rows.length === 0) return <p className="px-4 py-3 text-slate-700">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((r) => (
        <li key={r.id}>
          <Link href={`/verzuim/verlof/${r.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-inset focus:ring-blue-700">
            <span>
              <span className="block font-medium text-blue-800">{r.pupilName}</span>
              <span className="block text-sm text-slate-800">{r.reason.length > 80 ? `${r.reason.slice(0, 79)}…` : r.reason}</span>
              <span className="block text-sm text-slate-700">{LEAVE_TYPE_LABELS[r.type]} · {periodText(r.startDate, r.endDate)} · {r.schoolDays} {r.schoolDays === 1 ? "schooldag" : "schooldagen"}</span>
            </span>
            <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm font-medium text-slate-900">{LEAVE_STATE_LABELS[r.state]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
