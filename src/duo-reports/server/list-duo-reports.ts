import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import type { DuoAbsenceKind, DuoReportState, DuoStatus } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";
import type { TReportFilter } from "../schemas";
import { syncDuoEndDates } from "./sync-duo-end-dates";

export type TDuoReportListItem = {
  id: string;
  pupilName: string;
  absenceKind: DuoAbsenceKind;
  beginDate: string;
  endDate: string | null;
  state: DuoReportState;
  duoStatus: DuoStatus | null;
  endDateUpdateNeeded: boolean;
  dueBy: string | null;
};

const FILTERS: Record<TReportFilter, Prisma.DuoReportWhereInput> = {
  // Open: still work for the school — not yet sent, an end date to pass on, or DUO still busy with it.
  open: { OR: [{ state: { in: ["DRAFT", "READY"] } }, { endDateUpdateNeeded: true }, { duoStatus: { in: ["REGISTERED", "IN_PROGRESS"] } }] },
  concept: { state: "DRAFT" },
  klaar: { state: "READY" },
  gemeld: { state: "SUBMITTED" },
  einddatum: { endDateUpdateNeeded: true },
  alle: {},
};

/** The school's reports for the list, most urgent first: end dates to pass on, then drafts by due date, then the rest newest first. */
export async function listDuoReports({ actor, filter }: { actor: Pick<Actor, "schoolId">; filter: TReportFilter }): Promise<TDuoReportListItem[]> {
  await prisma.$transaction((tx) => syncDuoEndDates(tx, { schoolId: actor.schoolId }));
  const rows = await prisma.duoReport.findMany({
    where: { ...FILTERS[filter], ...inSchool(actor) },
    orderBy: [{ endDateUpdateNeeded: "desc" }, { state: "asc" }, { createdAt: "desc" }],
    take: 500,
    select: {
      id: true, absenceKind: true, beginDate: true, endDate: true, state: true, duoStatus: true, endDateUpdateNeeded: true,
      pupil: { select: { firstName: true, infix: true, lastName: true } },
      signal: { select: { dueBy: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    pupilName: fullName(row.pupil),
    absenceKind: row.absenceKind,
    beginDate: isoDate(row.beginDate),
    endDate: row.endDate ? isoDate(row.endDate) : null,
    state: row.state,
    duoStatus: row.duoStatus,
    endDateUpdateNeeded: row.endDateUpdateNeeded,
    dueBy: row.signal?.dueBy ? isoDate(row.signal.dueBy) : null,
  }));
}
