export interface DelimitedRow {
  /** The line of the file the row starts on (1 = the first line), for messages. */
  line: number;
  cells: string[];
}

export interface DelimitedTable {
  delimiter: ";" | "," | "\t";
  rows: DelimitedRow[];
}

const DELIMITERS = [";", "\t", ","] as const;

/** The delimiter of the first line outside quotes: the one that occurs most (`;` wins a tie, as Dutch Excel writes it). */
export function detectDelimiter(text: string): DelimitedTable["delimiter"] {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: DelimitedTable["delimiter"] = ";";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Rows of a delimited text file (RFC 4180 quoting: `"a;b"`, `""` for a quote, line breaks inside quotes),
 * with the line each row starts on. `;`, `,` or a tab, as the first line shows, unless given. Line ends
 * may be CRLF, LF or CR. Empty lines are skipped; cells are not trimmed (the caller decides).
 *
 * @example
 * parseDelimited('nr;naam\n1;"Jansen; Piet"\n') // → { delimiter: ";", rows: [{ line: 1, cells: ["nr", "naam"] }, { line: 2, cells: ["1", "Jansen; Piet"] }] }
 */
export function parseDelimited(text: string, delimiter: DelimitedTable["delimiter"] = detectDelimiter(text)): DelimitedTable {
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        cell += char;
      }
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return { delimiter, rows };
}
