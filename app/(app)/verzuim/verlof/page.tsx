import type { Metadata } from "next";
import { requirePagePermission } from "@/auth/guard";
import { LeaveRequestList } from "@/leave/leave-request-list";
import { listLeaveRequests } from "@/leave/server/list-leave-requests";
import { mayDecideLeave } from "@/leave/server/may-decide-leave";

export const metadata: Metadata = { title: "Verlofaanvragen · Aanwezig" };

export default async function LeaveRequestsPage() {
  const actor = await requirePagePermission("leave:decide");
  const [{ open, decided }, mayDecide] = await Promise.all([listLeaveRequests({ actor }), mayDecideLeave(actor)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Verlofaanvragen</h1>
        <p className="text-slate-700">
          {mayDecide
            ? "Aanvragen van ouders en leerlingen van 18 jaar of ouder. Tot en met 10 schooldagen beslist de school; meer dan 10 stuur je met advies door naar de leerplichtambtenaar."
            : "Op deze school beslist de schoolleider over verlof; je kunt de aanvragen en besluiten hier inzien."}
        </p>
      </div>
      <section aria-labelledby="open" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="open" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Open ({open.length})</h2>
        <LeaveRequestList rows={open} empty="Geen open aanvragen." />
      </section>
      <section aria-labelledby="besloten" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="besloten" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Besloten en ingetrokken</h2>
        <LeaveRequestList rows={decided} empty="Nog geen besluiten." />
      </section>
    </div>
  );
}
