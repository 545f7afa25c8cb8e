import type { DuoAbsenceKind } from "@/db/generated/prisma/enums";

/** The part of a stored signal that decides its verzuimsoort. */
export type TReportableSignal = { kind: string; mandatory: boolean; level: number | null };

/**
 * The verzuimsoort a report of this signal gets, or null when the signal never
 * becomes a DUO report (docs/decisions/060-duo-reports.md):
 *
 * - the legal reports (mandatory): RELATIVE_16H → 16 uur in 4 weken (V3),
 *   LONG_TERM_RELATIVE → LRV, LUXURY → L, RMC_18PLUS and its follow-ups → RMC;
 * - two reports the school may choose to make (not mandatory in RULES.md):
 *   the 18+ RELATIVE_16H → V4, and LATE_ARRIVALS level 2 → O (overig verzuim:
 *   the level the verzuimkaarten attach a report to);
 * - every other warning (letters, sickness, homebound, …) is not a DUO report.
 *
 * @example duoAbsenceKindOf({ kind: "RELATIVE_16H", mandatory: false, level: null }) // "RELATIVE_16H_18PLUS"
 * @example duoAbsenceKindOf({ kind: "LATE_ARRIVALS", mandatory: false, level: 3 }) // null: level 3 is the leerplicht escalation, not a new report
 */
export function duoAbsenceKindOf(signal: TReportableSignal): DuoAbsenceKind | null {
  switch (signal.kind) {
    case "RELATIVE_16H":
      return signal.mandatory ? "RELATIVE_16H" : "RELATIVE_16H_18PLUS";
    case "LONG_TERM_RELATIVE":
      return signal.mandatory ? "LONG_TERM_RELATIVE" : null;
    case "LUXURY":
      return signal.mandatory ? "LUXURY" : null;
    case "RMC_18PLUS":
    case "RMC_18PLUS_FOLLOWUP":
      return signal.mandatory ? "RMC_18PLUS" : null;
    case "LATE_ARRIVALS":
      return signal.level === 2 ? "OTHER" : null;
    default:
      return null;
  }
}

/**
 * The signal kinds whose report a report of this signal continues (the
 * previous report ends the day before this one starts), or null when it
 * starts a chain: a 16-hour repeat continues the 16-hour chain, an LRV the
 * 16-hour reports before it (RULES.md: "the chain stays contiguous"), an RMC
 * follow-up its RMC report. A first 16-hour report after an LRV closed is a
 * first report, even though its dates touch the LRV's.
 *
 * @example previousReportKinds({ kind: "RELATIVE_16H", repeat: true }) // ["RELATIVE_16H"]
 */
export function previousReportKinds(signal: { kind: string; repeat: boolean }): string[] | null {
  if (signal.kind === "RELATIVE_16H") return signal.repeat ? ["RELATIVE_16H"] : null;
  if (signal.kind === "LONG_TERM_RELATIVE") return ["RELATIVE_16H"];
  if (signal.kind === "RMC_18PLUS_FOLLOWUP") return ["RMC_18PLUS", "RMC_18PLUS_FOLLOWUP"];
  return null;
}
