import type { ImportedLesson, ImportedTimetable, ImportProblem } from "../imported-timetable";
import { localTimeReader } from "./local-time";

/** What a file can be refused for as a whole (Dutch, for the administrator). */
export type ZermeloReadResult =
  | { ok: true; timetable: ImportedTimetable; skipped: { oldVersions: number; notLessons: number } }
  | { ok: false; message: string };

// Zermelo's appointment types that are no lessons with pupils to register (decision 146).
const NOT_LESSONS = new Set(["meeting", "interlude", "conflict", "unknown", "talk", "other"]);

/**
 * Zermelo's appointments as `/api/v3/appointments` returns them (`{ "response": { "status": 200, "data": [ … ] } }`,
 * or the bare array), read into the shared timetable shape (decision 145). Times are Unix seconds, read as
 * the school's date and minutes. Old versions (`valid: false`) and appointments without pupils (meetings,
 * interludes) are left out and counted; an appointment that cannot be a lesson becomes a problem with its
 * position in the list (1-based), the rest is still read.
 *
 * @example
 * readZermeloTimetable('[{"id":1,"start":1795420800,"end":1795423800,"groups":["2B"],"teachers":["jan"],"subjects":["wi"],"valid":true}]', { timeZone: "Europe/Amsterdam" })
 * // → lessons: [{ date: "2026-11-23", startMinutes: 540, endMinutes: 590, groupCodes: ["2B"], … }]
 */
export function readZermeloTimetable(text: string, { timeZone }: { timeZone: string }): ZermeloReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: "Dit bestand is geen geldige JSON. Exporteer de afspraken opnieuw uit Zermelo." };
  }
  const data = appointmentList(parsed);
  if (!data) {
    return { ok: false, message: "Dit bestand heeft niet de vorm van Zermelo-afspraken: verwacht { \"response\": { \"data\": [ … ] } } of een lijst afspraken." };
  }
  const local = localTimeReader(timeZone);
  const lessons: ImportedLesson[] = [];
  const problems: ImportProblem[] = [];
  const skipped = { oldVersions: 0, notLessons: 0 };
  data.forEach((item, index) => {
    const line = index + 1;
    const refuse = (message: string) => problems.push({ line, message });
    if (item === null || typeof item !== "object" || Array.isArray(item)) return refuse("Geen afspraak (geen object).");
    const a = item as Record<string, unknown>;
    if (a.valid === false) return void skipped.oldVersions++;
    if (typeof a.type === "string" && NOT_LESSONS.has(a.type)) return void skipped.notLessons++;
    if (!isSeconds(a.start) || !isSeconds(a.end)) return refuse("Begin- of eindtijd ontbreekt of is geen tijdstip.");
    if (a.end <= a.start) return refuse("De afspraak eindigt voor of op het begin.");
    const start = local(a.start);
    const end = local(a.end);
    if (end.date !== start.date) return refuse("De afspraak loopt over middernacht.");
    const groupCodes = codes(a.groups);
    const teacherCodes = codes(a.teachers);
    const subjectCodes = codes(a.subjects);
    const rooms = codes(a.locations);
    const students = a.students === undefined || a.students === null ? null : codes(a.students);
    if (!groupCodes || !teacherCodes || !subjectCodes || !rooms || students === undefined) return refuse("Groepen, docenten, vakken, lokalen of leerlingen zijn geen lijst van codes.");
    if (groupCodes.length === 0) return refuse("De afspraak heeft geen klas of groep.");
    if (subjectCodes.length === 0) return refuse("De afspraak heeft geen vak.");
    lessons.push({
      line,
      sourceId: typeof a.id === "number" || typeof a.id === "string" ? String(a.id) : null,
      date: start.date,
      startMinutes: start.minutes,
      endMinutes: end.minutes,
      period: typeof a.startTimeSlot === "number" && Number.isInteger(a.startTimeSlot) && a.startTimeSlot > 0 ? a.startTimeSlot : null,
      groupCodes,
      teacherCodes,
      subjectCode: subjectCodes[0]!,
      rooms,
      cancelled: a.cancelled === true,
      studentNumbers: students,
    });
  });
  return { ok: true, timetable: { lessons, clusterMembers: [], problems }, skipped };
}

function appointmentList(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed;
  if (parsed === null || typeof parsed !== "object") return null;
  const response = (parsed as { response?: unknown }).response;
  if (response === null || typeof response !== "object") return null;
  const data = (response as { data?: unknown }).data;
  return Array.isArray(data) ? data : null;
}

// Between 2000 and 2100: a value in milliseconds or a stray small number is no appointment time.
function isSeconds(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 946_684_800 && value < 4_102_444_800;
}

/** A list of codes, trimmed, empty ones left out; undefined when it is not a list of strings or numbers. Absent: []. */
function codes(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== "string" && typeof v !== "number") return undefined;
    const code = String(v).trim();
    if (code !== "" && code.length <= 100) out.push(code);
  }
  return out;
}
