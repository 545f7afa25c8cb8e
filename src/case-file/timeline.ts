import type { TCaseEntryRecord, TDuoReportRecord, TLetterRecord } from "./server/list-case-records";
import type { TCaseSignal } from "./server/list-case-signals";

export type TTimelineItem =
  | { type: "signal"; date: string; at: number; signal: TCaseSignal }
  | { type: "entry"; date: string; at: number; entry: TCaseEntryRecord }
  | { type: "letter"; date: string; at: number; letter: TLetterRecord }
  | { type: "duo-report"; date: string; at: number; report: TDuoReportRecord };

/**
 * Everything in a case file on one line of time, newest first. A signal
 * stands on the day it was reached, a conversation on the day it was held,
 * a letter and a DUO report on the (school-local) day they were made; on
 * one day the one recorded last comes first.
 *
 * @example buildTimeline({ …, localDate: (d) => schoolToday("Europe/Amsterdam", d) })[0]!.type // "letter"
 */
export function buildTimeline(input: {
  signals: readonly TCaseSignal[];
  entries: readonly TCaseEntryRecord[];
  letters: readonly TLetterRecord[];
  duoReports: readonly TDuoReportRecord[];
  localDate: (instant: Date) => string;
}): TTimelineItem[] {
  const items: TTimelineItem[] = [
    ...input.signals.map((signal) => ({ type: "signal" as const, date: signal.reachedOn, at: 0, signal })),
    ...input.entries.map((entry) => ({ type: "entry" as const, date: entry.occurredOn, at: entry.createdAt.getTime(), entry })),
    ...input.letters.map((letter) => ({ type: "letter" as const, date: input.localDate(letter.createdAt), at: letter.createdAt.getTime(), letter })),
    ...input.duoReports.map((report) => ({ type: "duo-report" as const, date: input.localDate(report.submittedAt ?? report.createdAt), at: report.createdAt.getTime(), report })),
  ];
  return items.sort((a, b) => (a.date === b.date ? b.at - a.at : a.date < b.date ? 1 : -1));
}
