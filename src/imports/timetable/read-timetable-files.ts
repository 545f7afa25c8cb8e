import { decodeRefusalText, decodeText } from "@/imports/text/decode-text";
import type { ImportedTimetable } from "./imported-timetable";
import type { UntisExpandContext } from "./untis/expand-untis-lessons";
import { readUntisTimetable } from "./untis/read-untis";
import { readZermeloTimetable } from "./zermelo/read-zermelo";

/** The largest timetable file we read: a big school's year from Zermelo is ~40 MB of JSON (decision 148). */
export const TIMETABLE_FILE_LIMIT = 50 * 1024 * 1024;

export type TimetableFormat = "zermelo" | "untis";

export type ReadFilesResult =
  | { ok: true; timetable: ImportedTimetable }
  | { ok: false; message: string; fileErrors: Record<string, string[]> };

/**
 * The uploaded files as a timetable, checked before parsing (decision 148): the number of files, each
 * file's size, that it is text, then its shape. A file-level refusal names the file; nothing is read
 * further then.
 */
export function readTimetableFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  { format, timeZone, untis }: { format: TimetableFormat; timeZone: string; untis: UntisExpandContext | null },
): ReadFilesResult {
  const refuse = (name: string, message: string): ReadFilesResult => ({ ok: false, message: `${name}: ${message}`, fileErrors: { files: [`${name}: ${message}`] } });
  if (files.length === 0) return { ok: false, message: "Kies een bestand om te importeren.", fileErrors: { files: ["Kies een bestand."] } };
  for (const file of files) {
    if (file.bytes.length > TIMETABLE_FILE_LIMIT) return refuse(file.name, `het bestand is groter dan ${TIMETABLE_FILE_LIMIT / 1024 / 1024} MB.`);
  }
  if (format === "untis") {
    if (!untis) return { ok: false, message: "De gekozen datum ligt in geen enkel schooljaar. Maak het schooljaar eerst aan.", fileErrors: { from: ["Geen schooljaar op deze datum."] } };
    const texts: { name: string; text: string }[] = [];
    for (const file of files) {
      const decoded = decodeText(file.bytes);
      if (!decoded.ok) {
        return refuse(file.name, decoded.reason === "empty" ? "het bestand is leeg." : decoded.reason === "mixed" ? decodeRefusalText("mixed", decoded.line) : "dit is geen tekstbestand. Exporteer het rooster uit Untis als TXT-bestanden (GPU001.TXT, …).");
      }
      texts.push({ name: file.name, text: decoded.text });
    }
    return { ok: true, timetable: readUntisTimetable(texts, untis) };
  }
  if (files.length > 1) return { ok: false, message: "Een Zermelo-export is één JSON-bestand. Kies één bestand.", fileErrors: { files: ["Kies één bestand."] } };
  const file = files[0]!;
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) {
    return refuse(file.name, decoded.reason === "empty" ? "het bestand is leeg." : decoded.reason === "mixed" ? decodeRefusalText("mixed", decoded.line) : "dit is geen tekstbestand (JSON). Exporteer de afspraken uit Zermelo als JSON.");
  }
  const read = readZermeloTimetable(decoded.text, { timeZone });
  if (!read.ok) return refuse(file.name, read.message);
  return { ok: true, timetable: read.timetable };
}
