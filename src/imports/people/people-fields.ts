/** The three people imports (issue 12): each file is the school's complete current list of its kind. */
export type PeopleKind = "pupils" | "guardians" | "staff";

export const PEOPLE_KINDS: readonly PeopleKind[] = ["pupils", "guardians", "staff"];

export const PEOPLE_KIND_LABELS: Record<PeopleKind, string> = {
  pupils: "Leerlingen",
  guardians: "Ouders en verzorgers",
  staff: "Medewerkers",
};

export interface PeopleField {
  key: string;
  label: string;
  /** A file without a column for it cannot be imported. */
  required: boolean;
  /** Header names of the administration systems' exports, compared by `headerKey`. */
  aliases: readonly string[];
}

const STUDENT_NUMBER = ["leerlingnummer", "leerlingnr", "llnr", "llnummer", "stamnummer", "stamnr", "studentnummer", "leerling id", "leerlingid"];

export const PEOPLE_FIELDS: Record<PeopleKind, readonly PeopleField[]> = {
  pupils: [
    { key: "studentNumber", label: "Leerlingnummer", required: true, aliases: STUDENT_NUMBER },
    { key: "firstName", label: "Roepnaam", required: true, aliases: ["roepnaam", "voornaam", "roepnaam leerling", "voornamen"] },
    { key: "infix", label: "Tussenvoegsel", required: false, aliases: ["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "tussenv"] },
    { key: "lastName", label: "Achternaam", required: true, aliases: ["achternaam", "geslachtsnaam", "achternaam leerling", "naam"] },
    { key: "birthDate", label: "Geboortedatum", required: true, aliases: ["geboortedatum", "geb datum", "gebdatum", "geboren", "geboortedag"] },
    { key: "bsn", label: "BSN", required: false, aliases: ["bsn", "burgerservicenummer", "sofinummer", "sofi nummer"] },
    { key: "educationNumber", label: "Onderwijsnummer", required: false, aliases: ["onderwijsnummer", "onderwijsnr", "own"] },
    { key: "className", label: "Klas", required: false, aliases: ["klas", "stamklas", "stamgroep", "basisgroep", "groep", "klascode"] },
    { key: "yearLevel", label: "Leerjaar", required: false, aliases: ["leerjaar", "jaar", "jaarlaag"] },
    { key: "programme", label: "Opleiding", required: false, aliases: ["opleiding", "sector", "studie", "afdeling", "niveau", "schoolsoort", "leerweg"] },
    { key: "email", label: "E-mail", required: false, aliases: ["email", "e mail", "e-mailadres", "emailadres", "email leerling"] },
    { key: "phone", label: "Telefoon", required: false, aliases: ["telefoon", "telefoonnummer", "mobiel", "mobiel nummer", "tel"] },
    { key: "enrolledFrom", label: "Inschrijfdatum", required: false, aliases: ["inschrijfdatum", "datum inschrijving", "begindatum", "ingeschreven per", "datum in"] },
    { key: "enrolledUntil", label: "Uitschrijfdatum", required: false, aliases: ["uitschrijfdatum", "datum uitschrijving", "einddatum", "uitgeschreven per", "datum uit"] },
  ],
  guardians: [
    { key: "studentNumber", label: "Leerlingnummer", required: true, aliases: STUDENT_NUMBER },
    { key: "name", label: "Naam", required: true, aliases: ["naam", "naam verzorger", "naam ouder", "volledige naam", "verzorger", "ouder verzorger"] },
    { key: "relation", label: "Relatie", required: false, aliases: ["relatie", "relatie tot leerling", "soort relatie", "rol", "relatietype"] },
    { key: "authority", label: "Gezag", required: false, aliases: ["gezag", "ouderlijk gezag", "wettelijk gezag", "gezagdrager", "heeft gezag"] },
    { key: "email", label: "E-mail", required: false, aliases: ["email", "e mail", "e-mailadres", "emailadres", "email verzorger"] },
    { key: "phone", label: "Telefoon", required: false, aliases: ["telefoon", "telefoonnummer", "mobiel", "mobiel nummer", "tel"] },
    { key: "street", label: "Straat en huisnummer", required: false, aliases: ["straat", "adres", "straat en huisnummer", "straat huisnummer", "straatnaam"] },
    { key: "houseNumber", label: "Huisnummer", required: false, aliases: ["huisnummer", "huisnr", "nr", "nummer", "huisnummer toevoeging"] },
    { key: "postalCode", label: "Postcode", required: false, aliases: ["postcode"] },
    { key: "city", label: "Plaats", required: false, aliases: ["plaats", "woonplaats", "plaatsnaam"] },
  ],
  staff: [
    { key: "code", label: "Code", required: true, aliases: ["code", "docentcode", "afkorting", "medewerkercode", "docent", "personeelscode"] },
    { key: "firstName", label: "Voornaam", required: false, aliases: ["voornaam", "roepnaam", "voorletters"] },
    { key: "infix", label: "Tussenvoegsel", required: false, aliases: ["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "tussenv"] },
    { key: "lastName", label: "Achternaam", required: true, aliases: ["achternaam", "geslachtsnaam", "naam"] },
    { key: "email", label: "E-mail", required: false, aliases: ["email", "e mail", "e-mailadres", "emailadres"] },
    { key: "functionTitle", label: "Functie", required: false, aliases: ["functie", "functienaam", "rol"] },
    { key: "mentorOf", label: "Mentor van", required: false, aliases: ["mentor van", "mentorklassen", "mentor", "mentorklas", "mentorgroepen"] },
  ],
};

/** A header as the aliases are compared: lower case, accents off, only letters and digits. "E-mail" → "email". */
export function headerKey(header: string): string {
  return header.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}
