import type { DuoAbsenceKind, LetterKind } from "@/db/generated/prisma/enums";
import { DUO_ABSENCE_KIND_LABELS } from "@/case-file/duo-labels";
import { longDate } from "@/case-file/dutch-dates";
import { periodText } from "@/calendar/period-text";
import { joinNames, letterAddressees } from "./addressees";
import type { TLetterValues } from "./placeholders";

/** Everything a letter is made from, loaded by `createLetter`. */
export interface TLetterContext {
  kind: LetterKind;
  today: string;
  yearStart: string;
  pupil: { firstName: string; fullName: string; birthDate: string; studentNumber: string; className: string | null; age: number };
  guardians: readonly string[];
  /** The address block's "where" (postal-address.ts); null when no guardian's address is complete. */
  postalAddress: readonly string[] | null;
  mentorName: string | null;
  school: { name: string; city: string; phone: string | null; email: string | null };
  sender: { name: string; functionTitle: string };
  /** This school year up to today. */
  year: { unexcusedMinutes: number; lateCount: number };
  signal: { kind: string; startDate: string; endDate: string | null; hours: number | null; count: number | null } | null;
  duoReport: { absenceKind: DuoAbsenceKind; beginDate: string; endDate: string | null; reportedOn: string } | null;
  /** The leave request a leave letter is about (src/leave/); null for other letters. */
  leave?: TLetterLeave | null;
}

/** A leave request as its letters name it. */
export interface TLetterLeave {
  typeLabel: string;
  startDate: string;
  endDate: string;
  schoolDays: number;
  reason: string;
  /** "toegekend" or "afgewezen"; null when the request is forwarded, not decided. */
  outcome: "toegekend" | "afgewezen" | null;
  /** The decision's reason, or the school's advice when forwarded. */
  note: string;
}

/** Clock hours as a letter writes them: "9,5"; at most one decimal. */
export function letterHours(hours: number): string {
  return hours.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
}

/**
 * The value of every placeholder for one letter. The hours and the period
 * come from the DUO report or signal the letter is about, else from the
 * school year so far; what has no value is null (see `fillTemplate`).
 */
export function letterValues(ctx: TLetterContext): TLetterValues {
  const { pupil, signal, duoReport } = ctx;
  const leave = ctx.leave ?? null;
  const period = duoReport
    ? periodText(duoReport.beginDate, duoReport.endDate)
    : signal
      ? periodText(signal.startDate, signal.endDate)
      : periodText(ctx.yearStart, ctx.today);
  const hours = signal?.hours ?? ctx.year.unexcusedMinutes / 60;
  const lateCount = signal?.kind === "LATE_ARRIVALS" && signal.count !== null ? signal.count : ctx.year.lateCount;
  return {
    "aanhef": letterAddressees(ctx.kind, pupil, ctx.guardians).salutation,
    "leerling.naam": pupil.fullName,
    "leerling.voornaam": pupil.firstName,
    "leerling.klas": pupil.className,
    "leerling.geboortedatum": longDate(pupil.birthDate),
    "leerling.leerlingnummer": pupil.studentNumber,
    "ouders.namen": joinNames(ctx.guardians),
    "mentor.naam": ctx.mentorName,
    "school.naam": ctx.school.name,
    "school.plaats": ctx.school.city,
    "school.telefoon": ctx.school.phone,
    "school.email": ctx.school.email,
    "datum": longDate(ctx.today),
    "uren": letterHours(hours),
    "periode": period,
    "aantal_keer_te_laat": String(lateCount),
    "melding.soort": duoReport ? DUO_ABSENCE_KIND_LABELS[duoReport.absenceKind] : null,
    "melding.datum": duoReport ? longDate(duoReport.reportedOn) : null,
    "verlof.soort": leave ? leave.typeLabel.toLowerCase() : null,
    "verlof.periode": leave ? periodText(leave.startDate, leave.endDate) : null,
    "verlof.schooldagen": leave ? String(leave.schoolDays) : null,
    "verlof.reden": leave ? leave.reason : null,
    "verlof.besluit": leave?.outcome ?? null,
    "verlof.toelichting": leave ? leave.note : null,
    "afzender.naam": ctx.sender.name,
    "afzender.functie": ctx.sender.functionTitle,
  };
}

/**
 * Why there is nothing for this kind of letter to be about, or null. A
 * verzuimbrief without unexcused hours or a warning without late arrivals
 * would tell parents something that did not happen; a notification needs
 * the DUO report it tells about.
 *
 * @example occasionProblem({ ...ctx, kind: "LATE_WARNING", year: { unexcusedMinutes: 0, lateCount: 0 } }) // "… niet te laat gekomen …"
 */
export function occasionProblem(ctx: TLetterContext): { field: string; message: string } | null {
  const name = ctx.pupil.firstName;
  if ((ctx.kind === "LEAVE_DECISION" || ctx.kind === "LEAVE_REFERRAL") && !ctx.leave) return { field: "kind", message: "Een verlofbrief wordt gemaakt bij het besluit op de aanvraag (Verlof)." };
  if (ctx.kind === "DUO_NOTIFICATION" && !ctx.duoReport) return { field: "duoReportId", message: "Kies de DUO-melding waar de brief over gaat." };
  if (ctx.kind === "ABSENCE_LETTER" && (ctx.signal?.hours ?? ctx.year.unexcusedMinutes / 60) <= 0) {
    return { field: "signalId", message: `${name} heeft ${ctx.signal ? "in dit signaal" : "dit schooljaar"} geen uren ongeoorloofd verzuim: er is geen aanleiding voor een verzuimbrief.` };
  }
  if (ctx.kind === "LATE_WARNING" && letterValues(ctx).aantal_keer_te_laat === "0") {
    return { field: "kind", message: `${name} is dit schooljaar niet ongeoorloofd te laat gekomen: er is geen aanleiding voor een waarschuwing.` };
  }
  return null;
}
