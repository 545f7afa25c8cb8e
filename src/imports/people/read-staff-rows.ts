import { cellReader, optionalText, type RefusedRow, type StaffRecord } from "./people-records";
import type { PeopleTable } from "./read-people-file";
import type { ColumnMapping } from "./recognise-columns";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The staff of a file: a docentcode (letters and digits, once in the file), a name, and the classes they
 * mentor ("2B, 2C" or "2B 2C"). The tussenvoegsel goes before the last name ("de Vries"): staff have
 * no column of their own for it, and every screen shows them as "first last" (decision 143).
 */
export function readStaffRows(table: PeopleTable, mapping: ColumnMapping): { records: StaffRecord[]; refused: RefusedRow[] } {
  const cell = cellReader(table.headers, mapping);
  const records: StaffRecord[] = [];
  const refused: RefusedRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const refuse = (reason: string) => refused.push({ line, reason });
    const code = (cell(cells, "code") ?? "").toUpperCase();
    if (code === "") { refuse("Code (docentcode) ontbreekt."); continue; }
    if (!/^[A-Z0-9]{1,10}$/.test(code)) { refuse(`Code "${code.slice(0, 20)}" bestaat niet uit hoogstens 10 letters en cijfers.`); continue; }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) { refuse(`Code ${code} staat al op regel ${earlier}.`); continue; }
    firstLine.set(code, line);
    const infix = cell(cells, "infix") ?? "";
    const last = cell(cells, "lastName") ?? "";
    if (last === "") { refuse("Achternaam ontbreekt."); continue; }
    const lastName = infix ? `${infix} ${last}` : last;
    const firstName = cell(cells, "firstName") ?? "";
    const email = optionalText(cell(cells, "email")?.toLowerCase());
    if ([firstName, lastName, email ?? "", cell(cells, "functionTitle") ?? ""].some((t) => t.length > 100)) { refuse("Een naam, e-mailadres of functie is langer dan 100 tekens."); continue; }
    if (email && !EMAIL.test(email)) { refuse(`E-mailadres "${email.slice(0, 60)}" is geen geldig e-mailadres.`); continue; }
    const mentorText = cell(cells, "mentorOf");
    records.push({
      line, code, firstName, lastName, email,
      functionTitle: optionalText(cell(cells, "functionTitle")),
      mentorOf: mentorText === undefined ? undefined : [...new Set(mentorText.split(/[,;\s/]+/).filter(Boolean))],
    });
  }
  return { records, refused };
}
