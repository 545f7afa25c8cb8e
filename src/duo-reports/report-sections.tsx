import { closingReasonLabel, DUO_ABSENCE_KINDS, dutchHours, dutchShortDate } from "./duo-labels";
import { DUO_FIELD as F, EXTRA_FIELD as X } from "./duo-fields";
import { lessonLocationName } from "./duo-export";
import type { TDuoReportView } from "./duo-report-view";
import { dutchDate } from "@/calendar/school-time";
import { periodText } from "@/calendar/period-text";

const section = "rounded-lg border border-slate-200 bg-white";
const sectionHeading = "border-b border-slate-200 px-4 py-3 text-lg font-semibold";
const yesNo = (value: boolean | null) => (value === null ? "Nog niet ingevuld" : value ? "Ja" : "Nee");

function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="divide-y divide-slate-100">
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-1 gap-x-4 px-4 py-2 sm:grid-cols-[16rem_1fr]">
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The pupil number as screens show it: a BSN only masked (getDuoReport masks
 * it; decision 111), with words for screen readers instead of the dots.
 */
function PupilNumber({ number }: { number: TDuoReportView["pupil"]["number"] }) {
  if (number === null) return <span className="font-medium text-red-800">Ontbreekt: geen BSN of onderwijsnummer</span>;
  if (number.value === null) {
    return <span className="font-medium text-red-800">BSN onleesbaar: het opgeslagen nummer kan niet worden ontsleuteld. Vraag de beheerder om het te herstellen.</span>;
  }
  if (number.kind === "Onderwijsnummer") return <>{number.value} (Onderwijsnummer)</>;
  const visible = number.value.replace(/^•+/, "");
  return (
    <>
      <span className="sr-only">BSN afgeschermd, eindigt op </span>
      <span aria-hidden="true">{number.value.slice(0, number.value.length - visible.length)}</span>
      {visible} (BSN)
    </>
  );
}

/** The fields the data filled, read-only, under DUO's names. */
export function ReportFacts({ view }: { view: TDuoReportView }) {
  const kind = DUO_ABSENCE_KINDS[view.absenceKind];
  const rows: [string, React.ReactNode][] = [
    ["Leerling", `${view.pupil.name} (leerlingnummer ${view.pupil.studentNumber}, geboren ${dutchShortDate(view.pupil.birthDate)})`],
    [F.pupilNumber, <PupilNumber key="number" number={view.pupil.number} />],
    [`School (${X.brin})`, `${view.school.name} (${view.school.brin}, ${X.locationCode.toLowerCase()} ${view.school.locationCode})`],
    [F.lessonLocation, lessonLocationName(view.school)],
    [F.absenceKind, `${kind.label} (${kind.code})`],
    [F.beginDate, dutchShortDate(view.beginDate)],
    [F.endDate, view.endDate ? dutchShortDate(view.endDate) : "Leeg: het verzuim duurt nog voort"],
    [F.allLessonsMissed, yesNo(view.allLessonsMissed)],
    [`${F.absenceDays} en ${F.absenceHours.toLowerCase()}`, `${view.specification.days.length} dagen, ${dutchHours(view.specification.hours)} klokuren`],
  ];
  if (view.previous) {
    rows.push([view.continuesChain ? "Herhaalmelding van" : "Sluit aan op", (
      <a key="previous" href={`/verzuim/meldingen/${view.previous.id}`} className="text-blue-800 underline">
        de melding van {periodText(view.previous.beginDate, view.previous.endDate ?? view.previous.beginDate, { formatDate: dutchShortDate, through: "t/m" })}
      </a>
    )]);
  } else if (view.continuesChain) {
    rows.push(["Herhaalmelding van", "Een eerdere melding die niet in Aanwezig staat"]);
  }
  return (
    <section aria-labelledby="gegevens" className={section}>
      <h2 id="gegevens" className={sectionHeading}>Gegevens uit de administratie</h2>
      <Facts rows={rows} />
    </section>
  );
}

/** The human fields once the report is ready or submitted: no longer a form. */
export function HumanFacts({ view }: { view: TDuoReportView }) {
  const h = view.human;
  const rows: [string, React.ReactNode][] = [
    [F.suspectedReason, h.suspectedReason ?? "—"],
    [F.actionsTaken, h.actionsTaken ?? "—"],
    [F.municipalityActionWanted, yesNo(h.municipalityActionWanted)],
    ...(h.municipalityActionWanted === false ? [[F.municipalityActionExplanation, h.municipalityActionExplanation ?? "—"] as [string, string]] : []),
    [`${F.reporter}`, [h.reporterName, h.reporterFunction, h.reporterPhone, h.reporterEmail].filter(Boolean).join(" · ")],
    [F.contactPhone, h.contactPhone ?? "—"],
    [F.differentAddress, h.differentAddress ?? "Geen"],
  ];
  if (view.state === "SUBMITTED") {
    rows.push(["Gemeld bij DUO", `${view.submittedOn ? dutchShortDate(view.submittedOn) : "—"}${view.submittedByName ? ` door ${view.submittedByName}` : ""}`]);
    if (view.closingReason) rows.push(["Reden melding afgesloten", closingReasonLabel(view.closingReason)]);
  }
  return (
    <section aria-labelledby="toelichting" className={section}>
      <h2 id="toelichting" className={sectionHeading}>Toelichting van de school</h2>
      <Facts rows={rows} />
    </section>
  );
}

/** DUO's verzuimspecificatie: one row per absence day, with its clock hours and lesson periods. */
export function SpecificationTable({ view }: { view: TDuoReportView }) {
  const { days, hours } = view.specification;
  const unknown = days.reduce((sum, d) => sum + d.unknownReasonLessons, 0);
  return (
    <section aria-labelledby="specificatie" className={section}>
      <h2 id="specificatie" className={sectionHeading}>{F.specification}</h2>
      {unknown > 0 && view.state !== "SUBMITTED" ? (
        <p className="mx-4 mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {unknown} {unknown === 1 ? "les heeft" : "lessen hebben"} nog geen bekende reden (afwezig, reden onbekend). Bel na vóór je meldt: blijkt de leerling ziek, dan telt de les niet mee.
        </p>
      ) : null}
      {days.length === 0 ? <p className="px-4 py-3 text-slate-700">Geen ongeoorloofd verzuim geregistreerd in deze periode.</p> : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Verzuimdagen met verzuimuren en lesuren</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{X.absenceDay}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Uren</th>
                <th scope="col" className="px-4 py-2 font-medium">{X.periods}</th>
                <th scope="col" className="px-4 py-2 font-medium">Alle lessen</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {days.map((day) => (
                <tr key={day.date}>
                  <th scope="row" className="px-4 py-1.5 font-normal"><span className="sm:hidden">{dutchShortDate(day.date)}</span><span className="hidden sm:inline">{dutchDate(day.date)} {day.date.slice(0, 4)}</span></th>
                  <td className="px-4 py-1.5 text-right tabular-nums">{dutchHours(day.hours)}</td>
                  <td className="px-4 py-1.5 tabular-nums">{day.periods.join(", ")}</td>
                  <td className="px-4 py-1.5">{day.allLessonsMissed ? "Ja" : "Nee"}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-slate-300 font-medium">
              <tr>
                <th scope="row" className="px-4 py-2 text-left">{days.length} dagen</th>
                <td className="px-4 py-2 text-right tabular-nums">{dutchHours(hours)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
