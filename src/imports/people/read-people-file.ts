import { decodeRefusalText, decodeText } from "../text/decode-text";
import { parseDelimited, type DelimitedRow } from "../text/parse-delimited";

/** The largest export file taken: a 2,000-pupil school's complete list is well under 2 MB. */
export const PEOPLE_FILE_MAX_BYTES = 10 * 1024 * 1024;

export interface PeopleTable {
  headers: string[];
  rows: DelimitedRow[];
  encoding: "utf-8" | "windows-1252";
  delimiter: ";" | "," | "\t";
}

export type ReadPeopleFile = { ok: true; table: PeopleTable } | { ok: false; message: string };

// Spreadsheets and documents by their first bytes: a .xlsx/.ods/.docx is a ZIP, an old .xls an OLE file.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * An upload checked and read as a delimited table (decision 141): at most 10 MB (`size` is checked
 * before the bytes are read), not a spreadsheet or PDF under another name, decodable text
 * (`decodeText`), and a header row of at least two columns. Every refusal is one Dutch sentence for
 * the administrator; nothing of a refused file is kept.
 */
export function readPeopleFile(bytes: Uint8Array, { fileName = "" }: { fileName?: string } = {}): ReadPeopleFile {
  if (bytes.length > PEOPLE_FILE_MAX_BYTES) return { ok: false, message: tooLargeMessage(bytes.length) };
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    return { ok: false, message: `${fileName ? `"${fileName}" is` : "Dit is"} een Excel- of ander spreadsheetbestand, geen CSV. Open het in Excel en kies "Opslaan als" → "CSV (gescheiden door lijstscheidingsteken)", of exporteer opnieuw als CSV.` };
  }
  if (startsWith(bytes, PDF)) return { ok: false, message: "Dit is een PDF-bestand, geen CSV. Exporteer de lijst uit het administratiepakket als CSV." };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: decodeRefusalText(decoded.reason, decoded.line) };
  const { delimiter, rows } = parseDelimited(decoded.text);
  const header = rows[0];
  const headers = header?.cells.map((cell) => cell.trim()) ?? [];
  if (headers.length < 2 || headers.filter((h) => h !== "").length < 2) {
    return { ok: false, message: "Dit lijkt geen CSV-bestand: de eerste regel moet de kolomnamen bevatten, gescheiden door ; of , (bijvoorbeeld Leerlingnummer;Roepnaam;Achternaam)." };
  }
  const seen = new Set<string>();
  for (const h of headers) {
    if (h !== "" && seen.has(h)) return { ok: false, message: `De kolom "${h.slice(0, 60)}" staat twee keer in de eerste regel. Geef elke kolom een eigen naam.` };
    seen.add(h);
  }
  if (rows.length < 2) return { ok: false, message: "Het bestand heeft alleen een kopregel en geen gegevens." };
  return { ok: true, table: { headers, rows: rows.slice(1), encoding: decoded.encoding, delimiter } };
}

export function tooLargeMessage(size: number): string {
  return `Het bestand is te groot (${(size / 1024 / 1024).toFixed(1).replace(".", ",")} MB). Een importbestand mag hoogstens 10 MB zijn; exporteer alleen de gegevens die nodig zijn.`;
}
