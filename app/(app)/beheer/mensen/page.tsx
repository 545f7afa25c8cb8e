import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { PeopleList } from "@/accounts/people-list";
import { InviteGuardiansForm, InviteStaffForm } from "@/accounts/people-forms";
import { listPeople } from "@/accounts/server/list-people";

export const metadata: Metadata = { title: "Mensen · Beheer · Aanwezig" };

/** Beheer → Mensen: who has an account at the school, inviting staff and guardians, roles, deactivating. */
export default async function PeoplePage() {
  const actor = await requirePagePermission("accounts:manage");
  const people = await listPeople({ schoolId: actor.schoolId });
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer" className="text-blue-800 underline">← Beheer</Link></p>
        <h1 className="text-2xl font-semibold">Mensen</h1>
        <p className="text-slate-700">
          Nodig medewerkers en ouders uit. Iedereen kiest zelf een wachtwoord via een link die 72 uur en één keer werkt;
          wie al een account heeft (van een andere school), krijgt alleen toegang tot deze school.
        </p>
      </div>
      <section aria-labelledby="uitnodigen" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="uitnodigen" className="mb-3 text-lg font-semibold">Medewerker uitnodigen</h2>
        <InviteStaffForm />
      </section>
      <section aria-labelledby="ouders" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="ouders" className="mb-2 text-lg font-semibold">Ouders en verzorgers</h2>
        <p className="mb-3 text-slate-700">
          {people.parents} ouder(s)/verzorger(s) hebben een account. {people.guardiansToInvite} ouder(s)/verzorger(s) uit de leerlinggegevens
          hebben een e-mailadres en nog geen account; zij krijgen elk een eigen link.
        </p>
        <InviteGuardiansForm count={people.guardiansToInvite} />
      </section>
      <section aria-labelledby="medewerkers" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="medewerkers" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Medewerkers ({people.staff.length})</h2>
        <PeopleList people={people.staff} timeZone={actor.schoolTimeZone} ownUserId={actor.userId} />
      </section>
    </div>
  );
}
