import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { ROLE_LABELS } from "@/auth/roles";
import { EndAllSessionsForm } from "@/auth/end-all-sessions-form";
import { SESSION_LIMITS } from "@/auth/session-limits";

export const metadata: Metadata = { title: "Mijn account · Aanwezig" };

export default async function AccountPage() {
  const actor = await requirePagePermission("account:manage-own");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Mijn account</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="text-slate-600">Naam</dt>
        <dd>{actor.name}</dd>
        <dt className="text-slate-600">E-mailadres</dt>
        <dd className="break-all">{actor.email}</dd>
        <dt className="text-slate-600">School</dt>
        <dd>{actor.schoolName}</dd>
        <dt className="text-slate-600">Rol</dt>
        <dd>{actor.roles.map((role) => ROLE_LABELS[role]).join(", ")}</dd>
      </dl>
      <section aria-labelledby="tweestapsverificatie" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="tweestapsverificatie" className="text-lg font-semibold">Tweestapsverificatie</h2>
        <p className="mt-2 text-slate-700">
          {actor.twoStepEnabled
            ? "Staat aan: je logt in met je wachtwoord én een code uit je app."
            : "Staat uit. Log in met je wachtwoord én een code uit een app op je telefoon: dan komt niemand binnen met alleen je wachtwoord."}
        </p>
        <Link href="/account/tweestapsverificatie" className="mt-3 inline-block font-medium text-blue-800 underline hover:no-underline focus:outline-none focus:ring-2 focus:ring-blue-700">
          {actor.twoStepEnabled ? "Tweestapsverificatie beheren" : "Tweestapsverificatie instellen"}
        </Link>
      </section>
      <section aria-labelledby="alle-apparaten" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="alle-apparaten" className="text-lg font-semibold">Uitloggen op alle apparaten</h2>
        <p className="mt-2 text-slate-700">
          Ben je ergens ingelogd gebleven, bijvoorbeeld op een computer in een lokaal of op een telefoon die je kwijt bent?
          Hiermee log je overal uit, ook hier. Daarna log je opnieuw in.
        </p>
        <p className="mt-2 text-sm text-slate-600">
          Je wordt ook vanzelf uitgelogd na {SESSION_LIMITS.idleMinutes / 60} uur zonder gebruik, en uiterlijk {SESSION_LIMITS.absoluteHours} uur na het inloggen.
        </p>
        <EndAllSessionsForm />
      </section>
    </div>
  );
}
