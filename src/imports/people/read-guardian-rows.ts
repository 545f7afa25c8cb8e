import { normalisePostcode } from "./normalise-postcode";
import { cellReader, optionalText, type GuardianRecord, type RefusedRow } from "./people-records";
import type { PeopleTable } from "./read-people-file";
import type { ColumnMapping } from "./recognise-columns";

const YES = new Set(["ja", "j", "yes", "y", "1", "true", "waar", "x"]);
const NO = new Set(["nee", "n", "no", "0", "false", "onwaar", ""]);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The guardians of a file, one row per pupil–guardian pair. The street and house number come from one
 * column or two; a postcode is checked and written as "1234 AB"; gezag is ja/nee (empty: nee). Whether
 * the pupil exists is the plan's to check (it knows the school's pupils).
 */
export function readGuardianRows(table: PeopleTable, mapping: ColumnMapping): { records: GuardianRecord[]; refused: RefusedRow[] } {
  const cell = cellReader(table.headers, mapping);
  const records: GuardianRecord[] = [];
  const refused: RefusedRow[] = [];
  for (const { line, cells } of table.rows) {
    const refuse = (reason: string) => refused.push({ line, reason });
    const studentNumber = cell(cells, "studentNumber") ?? "";
    const name = (cell(cells, "name") ?? "").replace(/\s+/g, " ");
    if (studentNumber === "") { refuse("Leerlingnummer ontbreekt."); continue; }
    if (name === "") { refuse("Naam van de ouder/verzorger ontbreekt."); continue; }
    const texts = [name, cell(cells, "relation"), cell(cells, "email"), cell(cells, "phone"), cell(cells, "street"), cell(cells, "city")];
    if (texts.some((t) => t !== undefined && t.length > 100)) { refuse("Een naam, adres, e-mailadres of telefoonnummer is langer dan 100 tekens."); continue; }
    const email = optionalText(cell(cells, "email")?.toLowerCase());
    if (email && !EMAIL.test(email)) { refuse(`E-mailadres "${email.slice(0, 60)}" is geen geldig e-mailadres.`); continue; }
    const postcodeText = cell(cells, "postalCode");
    const postalCode = postcodeText === undefined ? undefined : postcodeText === "" ? null : normalisePostcode(postcodeText);
    if (postalCode === null && postcodeText) { refuse(`Postcode "${postcodeText.slice(0, 20)}" is geen Nederlandse postcode (1234 AB).`); continue; }
    const authorityText = cell(cells, "authority")?.toLowerCase();
    if (authorityText !== undefined && !YES.has(authorityText) && !NO.has(authorityText)) { refuse(`Gezag "${authorityText.slice(0, 20)}" is geen ja of nee.`); continue; }
    const streetText = cell(cells, "street");
    const houseNumber = cell(cells, "houseNumber");
    const street = streetText === undefined && houseNumber === undefined ? undefined : optionalText([streetText ?? "", houseNumber ?? ""].filter(Boolean).join(" "));
    records.push({
      line, studentNumber, name, email, postalCode, street,
      relation: optionalText(cell(cells, "relation")?.toLowerCase()),
      authority: authorityText === undefined ? undefined : YES.has(authorityText),
      phone: optionalText(cell(cells, "phone")),
      city: optionalText(cell(cells, "city")),
    });
  }
  return { records, refused };
}
