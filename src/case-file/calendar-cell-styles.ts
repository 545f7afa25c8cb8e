import type { TCellKind } from "./year-calendar";

/**
 * How each kind of day looks. Colour is never the only cue: every school
 * day with lessons carries a letter, explained in the legend, and its full
 * summary is in the cell's text for screen readers and its tooltip. Text
 * colours keep a contrast of at least 4.5:1 on their background.
 */
export const CELL_STYLES: Record<TCellKind, { letter: string; className: string; label: string }> = {
  PRESENT: { letter: "✓", className: "bg-green-100 text-green-900", label: "Aanwezig" },
  LATE: { letter: "L", className: "bg-amber-200 text-amber-950", label: "Ongeoorloofd te laat" },
  EXCUSED: { letter: "G", className: "bg-sky-200 text-sky-950", label: "Geoorloofd afwezig (ziek, medisch, verlof …)" },
  UNKNOWN: { letter: "?", className: "bg-orange-300 text-orange-950", label: "Afwezig, reden nog onbekend" },
  UNEXCUSED: { letter: "O", className: "bg-red-700 text-white", label: "Ongeoorloofd afwezig" },
  UNREGISTERED: { letter: "–", className: "border border-dashed border-slate-500 bg-white text-slate-800", label: "Niet geregistreerd" },
  NO_LESSONS: { letter: "", className: "border border-slate-200 bg-white", label: "Geen lessen" },
  FUTURE: { letter: "", className: "border border-slate-100 bg-white", label: "Nog niet" },
  WEEKEND: { letter: "", className: "bg-slate-200", label: "Weekend" },
  HOLIDAY: { letter: "v", className: "bg-slate-200 text-slate-700", label: "Vakantie, vrije dag of feestdag" },
  FREE_DAY: { letter: "v", className: "bg-slate-200 text-slate-700", label: "Vakantie, vrije dag of feestdag" },
  PUBLIC_HOLIDAY: { letter: "v", className: "bg-slate-200 text-slate-700", label: "Vakantie, vrije dag of feestdag" },
};

/** The legend's entries, in the order a reader looks for them. */
export const LEGEND: TCellKind[] = ["PRESENT", "LATE", "EXCUSED", "UNKNOWN", "UNEXCUSED", "UNREGISTERED", "HOLIDAY", "WEEKEND"];

/** A day inside the period of a signal that was not withdrawn. */
export const SIGNAL_OUTLINE = "outline outline-2 outline-offset-1 outline-violet-800";

/** Today's day, inside the cell so that it combines with a signal's outline. */
export const TODAY_RING = "ring-2 ring-inset ring-slate-900";
