import Link from "next/link";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import { OwnLeaveList } from "./own-leave-list";
import { listOwnLeaveRequests } from "./server/list-own-leave-requests";

/** The start page's "Verlof" block: the latest requests and their state, and the way to ask leave. */
export async function OwnLeaveSummary({ actor, today }: { actor: Actor; today: string }) {
  if (!can(actor, "leave:request-own")) return null;
  const requests = await listOwnLeaveRequests({ actor, today });
  return (
    <section aria-labelledby="verlof" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="verlof" className="text-lg font-semibold">Verlof</h2>
        <Link href="/ouder/verlof" className="rounded-md px-1 font-medium text-blue-800 underline focus:outline-none focus:ring-2 focus:ring-blue-700">Verlof aanvragen</Link>
      </div>
      <OwnLeaveList requests={requests.slice(0, 5)} showNames />
      {requests.length > 5 ? <Link href="/ouder/verlof" className="text-sm text-blue-800 underline">Alle {requests.length} aanvragen</Link> : null}
    </section>
  );
}
