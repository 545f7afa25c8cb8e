import { dutchDate } from "@/calendar/school-time";
import { ADJUSTMENT_WORDS } from "./adjustment-labels";
import { describeScheduleChange } from "./describe-schedule-change";
import { EndScheduleChangeForm, RemoveScheduleChangeForm, ScheduleChangeForm } from "./schedule-change-forms";
import type { TScheduleChange, TScheduleChangesPage } from "./server/list-schedule-changes";

function status(change: TScheduleChange, today: string): string {
  if (change.validFrom > today) return "gepland";
  if (change.validUntil !== null && change.validUntil < today) return "afgelopen";
  return "loopt";
}

function dates(change: TScheduleChange): string {
  if (change.validUntil === null) return `vanaf ${dutchDate(change.validFrom)}, tot nader order`;
  if (change.validUntil === change.validFrom) return `op ${dutchDate(change.validFrom)}`;
  return `${dutchDate(change.validFrom)} t/m ${dutchDate(change.validUntil)}`;
}

/** The list of a pupil's schedule changes, with the forms for who may change them. */
export function ScheduleChangesView({ page, today, mayAdjust }: { page: TScheduleChangesPage; today: string; mayAdjust: boolean }) {
  const { pupil, changes, subjects, periods } = page;
  return (
    <>
      <section aria-labelledby="aanpassingen" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="aanpassingen" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Aanpassingen</h2>
        {changes.length === 0 ? <p className="px-4 py-3 text-slate-700">Deze leerling volgt het rooster van de klas, zonder aanpassingen.</p> : (
          <ul className="divide-y divide-slate-100">
            {changes.map((change) => {
              const word = ADJUSTMENT_WORDS[change.category];
              const ended = change.validUntil !== null && change.validUntil < today;
              const editable = mayAdjust && !change.fromTimetable;
              return (
                <li key={change.id} className="space-y-2 px-4 py-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="rounded border border-slate-300 px-1.5 text-sm text-slate-800">{word}</span>
                    <span className="font-medium">{describeScheduleChange(change)}</span>
                    <span className="text-sm text-slate-600">({status(change, today)})</span>
                  </p>
                  <p className="text-sm text-slate-700">{dates(change)} · {change.reason}</p>
                  {mayAdjust ? (
                    <details className="rounded-md border border-slate-200">
                      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-blue-900 focus:outline-none focus:ring-2 focus:ring-blue-700">
                        {editable ? "Bewerken, beëindigen of verwijderen" : ended ? "Verwijderen" : "Beëindigen of verwijderen"}
                      </summary>
                      <div className="space-y-4 border-t border-slate-200 p-3">
                        {editable ? (
                          <ScheduleChangeForm pupilId={pupil.id} subjects={subjects} periods={periods} today={today} initial={{
                            id: change.id, category: change.category === "ADDITION" ? "EXEMPTION" : change.category, subjectId: change.subjectId ?? "",
                            weekdays: change.weekdays, periods: change.periods, validFrom: change.validFrom, validUntil: change.validUntil ?? "", reason: change.reason,
                          }} />
                        ) : null}
                        {!ended && !change.oneLesson ? (
                          <EndScheduleChangeForm pupilId={pupil.id} changeId={change.id} today={today < change.validFrom ? change.validFrom : today} label={`deze ${word}`} />
                        ) : null}
                        <RemoveScheduleChangeForm pupilId={pupil.id} changeId={change.id} label={word[0]!.toUpperCase() + word.slice(1)} />
                      </div>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {mayAdjust ? (
        <section aria-labelledby="toevoegen" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="toevoegen" className="mb-3 text-lg font-semibold">Aanpassing toevoegen</h2>
          <ScheduleChangeForm pupilId={pupil.id} subjects={subjects} periods={periods} today={today} />
        </section>
      ) : <p className="text-sm text-slate-700">De verzuimcoördinator of de beheerder legt aanpassingen van het rooster vast.</p>}
    </>
  );
}
