/**
 * Every placeholder a letter template may use, with what it is filled with.
 * The template editor shows this list; saving a template with any other
 * `{{…}}` is refused, so a typo never reaches a parent.
 */
export const PLACEHOLDERS = {
  "aanhef": "De aanhef, bijvoorbeeld ‘Beste ouder(s)/verzorger(s) van Sanne’. Bij de melding aan DUO vanaf 12 jaar ook de leerling; vanaf 18 jaar de leerling zelf.",
  "leerling.naam": "Volledige naam van de leerling",
  "leerling.voornaam": "Voornaam van de leerling",
  "leerling.klas": "Klas (stamgroep) van de leerling",
  "leerling.geboortedatum": "Geboortedatum, bijvoorbeeld 15 januari 2013",
  "leerling.leerlingnummer": "Leerlingnummer",
  "ouders.namen": "Namen van de ouders/verzorgers, bijvoorbeeld ‘Anna de Vries en Karim de Vries’",
  "mentor.naam": "Naam van de mentor van de klas",
  "school.naam": "Naam van de school",
  "school.plaats": "Plaats van de school",
  "school.telefoon": "Telefoonnummer van de school (als dat is ingevuld)",
  "school.email": "E-mailadres van de school (als dat is ingevuld)",
  "datum": "Datum van vandaag, bijvoorbeeld 23 november 2026",
  "uren": "Uren ongeoorloofd verzuim (klokuren, bijvoorbeeld 9,5): van het gekozen signaal, anders van het schooljaar tot vandaag",
  "periode": "De periode: van het gekozen signaal of de DUO-melding, anders van 1 augustus tot vandaag",
  "aantal_keer_te_laat": "Hoe vaak de leerling ongeoorloofd te laat kwam: bij een signaal ‘vaak te laat’ het aantal van dat signaal, anders dit schooljaar tot vandaag",
  "melding.soort": "Soort verzuim van de DUO-melding, bijvoorbeeld ‘16 uur ongeoorloofd verzuim in 4 weken’ (alleen bij een brief over een melding)",
  "melding.datum": "Datum waarop de melding bij DUO is gedaan (alleen bij een brief over een melding)",
  "verlof.soort": "Soort verlof, bijvoorbeeld ‘gewichtige omstandigheden’ (alleen bij een verlofbrief)",
  "verlof.periode": "De periode van het verlof, bijvoorbeeld ‘3 december 2026 tot en met 4 december 2026’ (alleen bij een verlofbrief)",
  "verlof.schooldagen": "Het aantal schooldagen in die periode (alleen bij een verlofbrief)",
  "verlof.reden": "De reden die de aanvrager gaf (alleen bij een verlofbrief)",
  "verlof.besluit": "‘toegekend’ of ‘afgewezen’ (alleen bij een besluit op een verlofaanvraag)",
  "verlof.toelichting": "De toelichting bij het besluit, of het advies van de school bij doorsturen (alleen bij een verlofbrief)",
  "afzender.naam": "Naam van wie de brief maakt",
  "afzender.functie": "Functie van wie de brief maakt",
} as const;

export type TPlaceholder = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as TPlaceholder[];

/** The values for one letter; null where there is nothing to fill in (no DUO report, no school phone). */
export type TLetterValues = Record<TPlaceholder, string | null>;
