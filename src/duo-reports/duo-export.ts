import { DUO_FIELD as F, EXTRA_FIELD as X } from "./duo-fields";
import { DUO_ABSENCE_KINDS, dutchHours, dutchShortDate } from "./duo-labels";
import type { TDuoReportView } from "./duo-report-view";
import { toCsv } from "./to-csv";

const yesNo = (value: boolean | null): string | null => (value === null ? null : value ? "Ja" : "Nee");

/** "Het Baken College, Amersfoort": the school keeps one lesson location per BRIN and vestiging. */
export function lessonLocationName(school: TDuoReportView["school"]): string {
  return `${school.name}, ${school.city}`;
}

/**
 * The report as the structured JSON file: DUO's fields under `Verzuimmelding`
 * with the annex's names and grouping (ISO dates, hours as numbers, yes/no as
 * "Ja"/"Nee" as the annex lists them), the specification per day, and the
 * school's own identification under `Aanvullend`.
 */
export function duoReportJson(view: TDuoReportView, options: { generatedAt: string }): Record<string, unknown> {
  const { human, specification } = view;
  return {
    Verzuimmelding: {
      [F.pupilNumber]: view.pupil.number?.value ?? null,
      [F.beginDate]: view.beginDate,
      [F.endDate]: view.endDate,
      [F.absenceKind]: DUO_ABSENCE_KINDS[view.absenceKind].label,
      [F.suspectedReason]: human.suspectedReason,
      [F.allLessonsMissed]: yesNo(view.allLessonsMissed),
      [F.actionsTaken]: human.actionsTaken,
      [F.municipalityActionWanted]: yesNo(human.municipalityActionWanted),
      [F.municipalityActionExplanation]: human.municipalityActionWanted === false ? human.municipalityActionExplanation : null,
      [F.lessonLocation]: lessonLocationName(view.school),
      [F.reporter]: {
        [F.reporterName]: human.reporterName,
        [F.reporterFunction]: human.reporterFunction,
        [F.reporterPhone]: human.reporterPhone,
        [F.reporterEmail]: human.reporterEmail,
      },
      [F.contactPhone]: human.contactPhone,
      [F.differentAddress]: human.differentAddress,
      [F.specification]: {
        [F.absenceDays]: specification.days.length,
        [F.absenceHours]: specification.hours,
        "Per dag": specification.days.map((day) => ({
          [X.absenceDay]: day.date,
          [F.absenceHours]: day.hours,
          [X.periods]: day.periods,
          [F.allLessonsMissed]: yesNo(day.allLessonsMissed),
        })),
      },
    },
    Aanvullend: {
      [X.brin]: view.school.brin,
      [X.locationCode]: view.school.locationCode,
      [X.absenceKindCode]: DUO_ABSENCE_KINDS[view.absenceKind].code,
      [X.numberKind]: view.pupil.number?.kind ?? null,
      "Gemaakt op": options.generatedAt,
    },
  };
}

/** The report as one CSV row under a header of DUO's field names (groups flattened as "Gegevens melder: Naam"). */
export function duoReportCsv(view: TDuoReportView): string {
  const { human, specification } = view;
  const columns: [string, string | null][] = [
    [F.pupilNumber, view.pupil.number?.value ?? null],
    [F.beginDate, dutchShortDate(view.beginDate)],
    [F.endDate, view.endDate ? dutchShortDate(view.endDate) : null],
    [F.absenceKind, DUO_ABSENCE_KINDS[view.absenceKind].label],
    [F.suspectedReason, human.suspectedReason],
    [F.allLessonsMissed, yesNo(view.allLessonsMissed)],
    [F.actionsTaken, human.actionsTaken],
    [F.municipalityActionWanted, yesNo(human.municipalityActionWanted)],
    [F.municipalityActionExplanation, human.municipalityActionWanted === false ? human.municipalityActionExplanation : null],
    [F.lessonLocation, lessonLocationName(view.school)],
    [`${F.reporter}: ${F.reporterName}`, human.reporterName],
    [`${F.reporter}: ${F.reporterFunction}`, human.reporterFunction],
    [`${F.reporter}: ${F.reporterPhone}`, human.reporterPhone],
    [`${F.reporter}: ${F.reporterEmail}`, human.reporterEmail],
    [F.contactPhone, human.contactPhone],
    [F.differentAddress, human.differentAddress],
    [`${F.specification}: ${F.absenceDays}`, String(specification.days.length)],
    [`${F.specification}: ${F.absenceHours}`, dutchHours(specification.hours)],
    [X.brin, view.school.brin],
    [X.locationCode, view.school.locationCode],
    [X.absenceKindCode, DUO_ABSENCE_KINDS[view.absenceKind].code],
    [X.numberKind, view.pupil.number?.kind ?? null],
  ];
  return toCsv([columns.map(([name]) => name), columns.map(([, value]) => value)]);
}

/** The verzuimspecificatie as CSV: one row per absence day, with the pupil number so the file stands on its own. */
export function duoSpecificationCsv(view: TDuoReportView): string {
  const number = view.pupil.number?.value ?? null;
  return toCsv([
    [F.pupilNumber, X.absenceDay, F.absenceHours, X.periods, F.allLessonsMissed],
    ...view.specification.days.map((day) => [number, dutchShortDate(day.date), dutchHours(day.hours), day.periods.join(", "), yesNo(day.allLessonsMissed)]),
  ]);
}
