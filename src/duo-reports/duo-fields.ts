/**
 * DUO's field names, verbatim from the annex of the Besluit Verzuimmelding
 * ("Door de school of instelling te verstrekken gegevens"), the legal list
 * behind the verzuimloket (docs/decisions/060-duo-reports.md). The exports
 * and the PDF use these names, so a person typing into the verzuimloket, or an
 * administration package mapping the file, finds each field one to one.
 */
export const DUO_FIELD = {
  pupilNumber: "Persoonsgebonden nummer leerling / deelnemer",
  beginDate: "Begindatum verzuim",
  endDate: "Einddatum verzuim",
  absenceKind: "Vermoedelijke soort verzuim",
  suspectedReason: "Vermoedelijke reden verzuim",
  allLessonsMissed: "Alle lessen gemist",
  actionsTaken: "Door school ondernomen actie",
  municipalityActionWanted: "Actie door gemeente gewenst",
  municipalityActionExplanation: "Toelichting als antwoord op vorige vraag: nee",
  lessonLocation: "Naam leslocatie",
  reporter: "Gegevens melder",
  reporterName: "Naam",
  reporterFunction: "Functie",
  reporterPhone: "Telefoonnummer",
  reporterEmail: "E-mail",
  contactPhone: "Telefoonnummer ouder of leerling / deelnemer",
  differentAddress: "Afwijkend adres leerling / deelnemer",
  specification: "Verzuimspecificatie",
  absenceDays: "Verzuimdagen",
  absenceHours: "Verzuimuren",
} as const;

/**
 * Fields that are not in the annex but that a person or package needs to
 * file the report: named after DOMAIN.md, kept apart from DUO's fields.
 */
export const EXTRA_FIELD = {
  brin: "BRIN",
  locationCode: "Vestigingsnummer",
  absenceKindCode: "Code verzuimsoort",
  numberKind: "Soort persoonsgebonden nummer",
  /** Per day of the specification. */
  absenceDay: "Verzuimdag",
  periods: "Lesuren",
} as const;
