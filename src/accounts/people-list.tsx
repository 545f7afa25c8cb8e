import type { PersonRow } from "./server/list-people";
import { PersonActions, PersonRolesForm } from "./people-forms";
import { ROLE_LABELS } from "./roles";

function status(person: PersonRow, time: Intl.DateTimeFormat): { text: string; className: string } {
  if (!person.active) return { text: "Gedeactiveerd", className: "bg-slate-200 text-slate-800" };
  if (person.started) return { text: "Actief", className: "bg-green-100 text-green-900" };
  if (person.invitationExpiresAt && person.invitationExpiresAt > new Date()) return { text: `Uitgenodigd, link geldig tot ${time.format(person.invitationExpiresAt)}`, className: "bg-amber-100 text-amber-900" };
  return { text: "Uitgenodigd, link verlopen", className: "bg-red-100 text-red-900" };
}

/** The school's staff, one card each (readable at phone width): status, roles, and what the administrator can do. */
export function PeopleList({ people, timeZone, ownUserId }: { people: PersonRow[]; timeZone: string; ownUserId: string }) {
  const time = new Intl.DateTimeFormat("nl-NL", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
  if (people.length === 0) return <p className="px-4 py-3 text-slate-700">Nog niemand. Nodig hierboven de eerste medewerker uit.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {people.map((person) => {
        const badge = status(person, time);
        return (
          <li key={person.userId} className="space-y-2 px-4 py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <div>
                <p className="font-medium">{person.name}{person.userId === ownUserId ? " (jij)" : ""}</p>
                <p className="break-all text-sm text-slate-700">{person.email}</p>
                <p className="text-sm text-slate-700">{person.roles.map((role) => ROLE_LABELS[role]).join(", ")}</p>
              </div>
              <span className={`rounded px-2 py-0.5 text-sm ${badge.className}`}>{badge.text}</span>
            </div>
            <details className="rounded-md border border-slate-200 p-2">
              <summary className="cursor-pointer rounded text-sm font-medium text-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-700">Wijzigen: rollen, link, deactiveren</summary>
              <div className="mt-3 space-y-4">
                <PersonRolesForm userId={person.userId} roles={person.roles} />
                {person.userId !== ownUserId && <PersonActions userId={person.userId} name={person.name} active={person.active} started={person.started} />}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
