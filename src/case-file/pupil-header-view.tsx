import { longDate } from "./dutch-dates";
import type { TCaseFileHeader } from "./server/get-case-file-header";

const phoneLink = (phone: string) => (
  <a href={`tel:${phone.replace(/[^+\d]/g, "")}`} className="whitespace-nowrap text-blue-800 underline">{phone}</a>
);

/** Who the case file is about, and whom to call: the mentor and the parents with their phone numbers. */
export function PupilHeaderView({ header }: { header: TCaseFileHeader }) {
  return (
    <div className="space-y-3">
      <div>
        <p className="text-sm text-slate-700">Dossier</p>
        <h1 className="text-2xl font-semibold">{header.name}</h1>
        <p className="text-slate-700">
          {header.className ? `Klas ${header.className}` : "Geen klas dit schooljaar"} · {header.age} jaar (geboren {longDate(header.birthDate)}) · leerlingnummer {header.studentNumber}
        </p>
      </div>
      <dl className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium">{header.mentors.length > 1 ? "Mentoren" : "Mentor"}</dt>
          <dd>
            {header.mentors.length === 0 ? "Geen mentor" : (
              <ul>{header.mentors.map((m) => <li key={m.name}>{m.name}{m.phone ? <> · {phoneLink(m.phone)}</> : null}</li>)}</ul>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Ouders/verzorgers</dt>
          <dd>
            {header.guardians.length === 0 ? "Geen ouders/verzorgers bekend" : (
              <ul>
                {header.guardians.map((g) => (
                  <li key={`${g.name}-${g.relation}`}>
                    {g.name} <span className="text-slate-600">({g.relation}{g.primaryContact ? ", eerste contact" : ""})</span>
                    {g.phone ? <> · {phoneLink(g.phone)}</> : <span className="text-slate-600"> · geen telefoonnummer</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {header.phone ? (
          <div>
            <dt className="font-medium">Leerling</dt>
            <dd>{phoneLink(header.phone)}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
