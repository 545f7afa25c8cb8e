import type { DuoAbsenceKind, DuoReportState, DuoStatus } from "@/db/generated/prisma/enums";
import type { TAbsenceSpecification } from "./absence-specification";
import type { TDuoHumanFields } from "./schemas";

/** One report as the pages, the exports and the PDF show it. Dates are ISO `YYYY-MM-DD`, instants ISO strings. */
export type TDuoReportView = {
  id: string;
  state: DuoReportState;
  duoStatus: DuoStatus | null;
  closingReason: string | null;
  endDateUpdateNeeded: boolean;
  absenceKind: DuoAbsenceKind;
  beginDate: string;
  endDate: string | null;
  allLessonsMissed: boolean;
  specification: TAbsenceSpecification;
  /** A herhaalmelding (a 16-hour repeat, an RMC follow-up): there must be an earlier report. */
  continuesChain: boolean;
  /** The report this one continues (a repeat's, or the 16-hour report an LRV follows), when it is in the app. */
  previous: { id: string; beginDate: string; endDate: string | null } | null;
  pupil: {
    id: string;
    name: string;
    birthDate: string;
    studentNumber: string;
    /**
     * BSN, or the onderwijsnummer when there is no BSN; null when neither is
     * known. A BSN is masked ("•••••6782") unless the view was made for an
     * export file; `value: null` when the stored BSN cannot be decrypted.
     */
    number: { kind: "BSN" | "Onderwijsnummer"; value: string } | { kind: "BSN"; value: null } | null;
  };
  school: { name: string; brin: string; locationCode: string; city: string; timeZone: string };
  human: TDuoHumanFields;
  signal: { id: string; kind: string; dueBy: string | null; endDate: string | null; withdrawnAt: string | null; withdrawnReason: string | null } | null;
  createdAt: string;
  createdByName: string | null;
  submittedOn: string | null;
  submittedByName: string | null;
  events: { id: string; at: string; byName: string | null; fromState: string | null; toState: string; note: string | null }[];
};
