import "server-only";
import type { CaseEntryKind, DuoAbsenceKind, DuoReportState, DuoStatus, LetterKind } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";
import type { Actor } from "@/auth/load-actor";
import { pupilScope } from "@/pupils/server/pupil-scope";

export interface TCaseEntryRecord {
  id: string;
  kind: CaseEntryKind;
  occurredOn: string;
  title: string;
  body: string;
  participants: string | null;
  referralTo: string | null;
  followUpOn: string | null;
  authorId: string;
  createdAt: Date;
}

export interface TLetterRecord {
  id: string;
  kind: LetterKind;
  subject: string;
  signalId: string | null;
  duoReportId: string | null;
  createdById: string;
  createdAt: Date;
}

export interface TDuoReportRecord {
  id: string;
  absenceKind: DuoAbsenceKind;
  beginDate: string;
  endDate: string | null;
  state: DuoReportState;
  duoStatus: DuoStatus | null;
  createdById: string;
  createdAt: Date;
  submittedAt: Date | null;
}

/**
 * The case file's own records: conversations, agreements, referrals and
 * notes; the letters (without their PDF bytes); the DUO reports. Each query
 * is record-scoped and tenant-scoped on its own.
 */
export async function listCaseRecords({ actor, pupilId }: { actor: Actor; pupilId: string }): Promise<{
  entries: TCaseEntryRecord[]; letters: TLetterRecord[]; duoReports: TDuoReportRecord[];
}> {
  const scoped = { pupilId, pupil: pupilScope(actor), ...inSchool(actor) };
  const [entries, letters, duoReports] = await Promise.all([
    prisma.caseEntry.findMany({
      where: scoped,
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, kind: true, occurredOn: true, title: true, body: true, participants: true, referralTo: true, followUpOn: true, authorId: true, createdAt: true },
    }),
    prisma.letter.findMany({
      where: scoped,
      orderBy: { createdAt: "desc" },
      select: { id: true, kind: true, subject: true, signalId: true, duoReportId: true, createdById: true, createdAt: true },
    }),
    prisma.duoReport.findMany({
      where: scoped,
      orderBy: { createdAt: "desc" },
      select: { id: true, absenceKind: true, beginDate: true, endDate: true, state: true, duoStatus: true, createdById: true, createdAt: true, submittedAt: true },
    }),
  ]);
  return {
    entries: entries.map((e) => ({ ...e, occurredOn: isoDate(e.occurredOn), followUpOn: e.followUpOn ? isoDate(e.followUpOn) : null })),
    letters,
    duoReports: duoReports.map((r) => ({ ...r, beginDate: isoDate(r.beginDate), endDate: r.endDate ? isoDate(r.endDate) : null })),
  };
}
