import { isValidBsn } from "@/bsn/is-valid-bsn";
import { parseDutchDate } from "./parse-dutch-date";
import { parseProgramme } from "./parse-programme";
import { cellReader, optionalText, type PupilRecord, type RefusedRow } from "./people-records";
import type { PeopleTable } from "./read-people-file";
import type { ColumnMapping } from "./recognise-columns";

const MAX_TEXT = 100;

/**
 * The pupils of a file, each row checked on its own: a leerlingnummer (once in the file), a name, a
 * birth date that exists, a BSN that passes the eleven-test, a known opleiding and a leerjaar (from
 * its own column, else from the opleiding or the klas: "4havo", "2B"). A row that fails is refused
 * with its line and the reason, and the rest of the file still counts.
 */
export function readPupilRows(table: PeopleTable, mapping: ColumnMapping): { records: PupilRecord[]; refused: RefusedRow[] } {
  const cell = cellReader(table.headers, mapping);
  const records: PupilRecord[] = [];
  const refused: RefusedRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const refuse = (reason: string) => refused.push({ line, reason });
    const studentNumber = cell(cells, "studentNumber") ?? "";
    if (studentNumber === "") { refuse("Leerlingnummer ontbreekt."); continue; }
    if (studentNumber.length > 20) { refuse("Leerlingnummer is langer dan 20 tekens."); continue; }
    const earlier = firstLine.get(studentNumber);
    if (earlier !== undefined) { refuse(`Leerlingnummer ${studentNumber} staat al op regel ${earlier}.`); continue; }
    firstLine.set(studentNumber, line);
    const firstName = cell(cells, "firstName") ?? "";
    const lastName = cell(cells, "lastName") ?? "";
    if (firstName === "" || lastName === "") { refuse(`${firstName === "" ? "Roepnaam" : "Achternaam"} ontbreekt.`); continue; }
    const texts = [firstName, lastName, cell(cells, "infix"), cell(cells, "className"), cell(cells, "email"), cell(cells, "phone")];
    if (texts.some((t) => t !== undefined && t.length > MAX_TEXT)) { refuse(`Een naam, klas, e-mailadres of telefoonnummer is langer dan ${MAX_TEXT} tekens.`); continue; }
    const birthText = cell(cells, "birthDate") ?? "";
    const birthDate = parseDutchDate(birthText);
    if (birthDate === null) { refuse(birthText === "" ? "Geboortedatum ontbreekt." : `Geboortedatum "${birthText.slice(0, 20)}" bestaat niet of is niet als dd-mm-jjjj geschreven.`); continue; }
    const bsnText = cell(cells, "bsn")?.replace(/[\s.-]/g, "");
    const bsn = bsnText === undefined ? undefined : bsnText === "" ? null : bsnText.padStart(9, "0");
    if (bsn && !isValidBsn(bsn)) { refuse("BSN klopt niet (voldoet niet aan de elfproef)."); continue; }
    const educationNumber = optionalText(cell(cells, "educationNumber"));
    if (educationNumber && !/^\d{9}$/.test(educationNumber)) { refuse("Onderwijsnummer moet uit 9 cijfers bestaan."); continue; }
    const className = optionalText(cell(cells, "className"));
    const programme = parseProgramme(cell(cells, "programme") ?? "");
    const fromClass = parseProgramme(className ?? "");
    const sector = programme.sector ?? fromClass.sector;
    if (sector === null) { refuse(cell(cells, "programme") ? `Onbekende opleiding "${cell(cells, "programme")!.slice(0, 30)}" (verwacht bijvoorbeeld vmbo-t, mavo, havo, vwo).` : "Opleiding ontbreekt (vmbo, havo of vwo)."); continue; }
    const yearText = cell(cells, "yearLevel") ?? "";
    const yearLevel = /^[1-6]$/.test(yearText) ? Number(yearText) : yearText === "" ? (programme.yearLevel ?? /^([1-6])/.exec(className ?? "")?.[1]) : null;
    if (yearLevel === null || yearLevel === undefined) { refuse(yearText === "" ? "Leerjaar ontbreekt." : `Leerjaar "${yearText.slice(0, 10)}" is geen getal van 1 tot en met 6.`); continue; }
    const dates: { enrolledFrom?: string | null; enrolledUntil?: string | null } = {};
    let badDate: string | null = null;
    for (const [field, label] of [["enrolledFrom", "Inschrijfdatum"], ["enrolledUntil", "Uitschrijfdatum"]] as const) {
      const text = cell(cells, field);
      if (text === undefined) continue;
      if (text === "") { dates[field] = null; continue; }
      const date = parseDutchDate(text);
      if (date === null) badDate = `${label} "${text.slice(0, 20)}" bestaat niet of is niet als dd-mm-jjjj geschreven.`;
      dates[field] = date;
    }
    if (badDate) { refuse(badDate); continue; }
    if (dates.enrolledFrom && dates.enrolledUntil && dates.enrolledUntil < dates.enrolledFrom) { refuse("Uitschrijfdatum ligt vóór de inschrijfdatum."); continue; }
    records.push({
      line, studentNumber, firstName, lastName, birthDate, sector, yearLevel: Number(yearLevel),
      infix: optionalText(cell(cells, "infix")), bsn, educationNumber, className,
      email: optionalText(cell(cells, "email")?.toLowerCase()), phone: optionalText(cell(cells, "phone")), ...dates,
    });
  }
  return { records, refused };
}
