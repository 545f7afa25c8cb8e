import "server-only";
import type { DuoAbsenceKind } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";
import { duoAbsenceKindOf } from "../duo-absence-kind";

export type TReportableSignal = {
  signalId: string;
  pupilName: string;
  absenceKind: DuoAbsenceKind;
  startDate: string;
  endDate: string | null;
  dueBy: string | null;
  provisional: boolean;
};

/**
 * The mandatory signals of the school that still need a report: not
 * withdrawn, not closed, and without a report yet; by due date. The optional
 * reports (18+ 16 hours, overig verzuim) are made from the signal queue.
 */
export async function listReportableSignals({ actor }: { actor: Pick<Actor, "schoolId"> }): Promise<TReportableSignal[]> {
  const rows = await prisma.signal.findMany({
    where: {
      mandatory: true,
      kind: { in: ["RELATIVE_16H", "LONG_TERM_RELATIVE", "LUXURY", "RMC_18PLUS", "RMC_18PLUS_FOLLOWUP"] },
      withdrawnAt: null,
      state: { not: "CLOSED" },
      duoReports: { none: {} },
      ...inSchool(actor),
    },
    orderBy: [{ dueBy: "asc" }, { reachedOn: "asc" }],
    take: 200,
    select: {
      id: true, kind: true, mandatory: true, level: true, startDate: true, endDate: true, dueBy: true, provisional: true,
      pupil: { select: { firstName: true, infix: true, lastName: true } },
    },
  });
  return rows.flatMap((row) => {
    const absenceKind = duoAbsenceKindOf(row);
    if (!absenceKind) return [];
    return [{
      signalId: row.id,
      pupilName: fullName(row.pupil),
      absenceKind,
      startDate: isoDate(row.startDate),
      endDate: row.endDate ? isoDate(row.endDate) : null,
      dueBy: row.dueBy ? isoDate(row.dueBy) : null,
      provisional: row.provisional,
    }];
  });
}
