/** A text cell that a spreadsheet would run as a formula; numbers and phone numbers ("+31 6…", "-2,5") are left alone. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?[\d\s().,-]+$/;

function cell(value: string | null): string {
  if (value === null) return "";
  // OWASP CSV injection: a leading quote makes Excel show the text instead of evaluating it.
  const safe = FORMULA_START.test(value) && !NUMBER_LIKE.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A CSV file for Dutch Excel: UTF-8 with a byte order mark (so ‘ë’ survives),
 * `;` between cells (Excel with Dutch settings expects it, because the comma
 * is the decimal separator), CRLF line ends, RFC 4180 quoting, and no cell
 * that Excel would evaluate as a formula. `null` is an empty cell.
 *
 * @example toCsv([["Naam", "Reden"], ["Sanne", "=HYPERLINK(…)"]]) // "\uFEFFNaam;Reden\r\nSanne;'=HYPERLINK(…)\r\n"
 */
export function toCsv(rows: readonly (readonly (string | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
