import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import type { SignalState } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { addDays, dbDate, isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";
import { pupilScope } from "@/pupils/server/pupil-scope";
import type { TQueueFilters } from "../schemas";

export type QueueSignal = {
  id: string;
  kind: string;
  level: number | null;
  mandatory: boolean;
  repeat: boolean;
  startDate: string;
  endDate: string | null;
  hours: number | null;
  reachedOn: string;
  dueBy: string | null;
  provisional: boolean;
  state: SignalState;
  ownerName: string | null;
  withdrawnReason: string | null;
  pupil: { id: string; name: string; groupName: string | null };
  duoReportId: string | null;
};

const LIMIT = 300;

/**
 * The open signals across the school, most urgent first: mandatory reports
 * that are overdue, then mandatory reports by due date, then warnings, newest
 * first. A mentor sees only the pupils of their own groups (record scope).
 */
export async function listSignalQueue({ actor, filters, today }: { actor: Actor; filters: TQueueFilters; today: string }): Promise<{ signals: QueueSignal[]; truncated: boolean }> {
  const where: Prisma.SignalWhereInput = {
    pupil: {
      AND: [
        pupilScope(actor),
        filters.groep ? { groups: { some: { groupId: filters.groep } } } : {},
        filters.mentor ? { groups: { some: { group: { mentors: { some: { staffId: filters.mentor } } } } } } : {},
      ],
    },
    ...(filters.soort ? { kind: filters.soort } : {}),
    ...stateFilter(filters.status),
    ...(filters.termijn === "verlopen" ? { dueBy: { lt: dbDate(today) } } : {}),
    ...(filters.termijn === "week" ? { dueBy: { lte: dbDate(addDays(today, 7)) } } : {}),
    ...inSchool(actor),
  };
  const rows = await prisma.signal.findMany({
    where,
    orderBy: [{ mandatory: "desc" }, { dueBy: "asc" }, { reachedOn: "desc" }],
    take: LIMIT + 1,
    select: {
      id: true, kind: true, level: true, mandatory: true, repeat: true, startDate: true, endDate: true, hours: true, reachedOn: true, dueBy: true,
      provisional: true, state: true, ownerId: true, withdrawnReason: true,
      pupil: { select: { id: true, firstName: true, infix: true, lastName: true, groups: { where: { group: { kind: "CLASS" } }, take: 1, select: { group: { select: { name: true } } } } } },
      duoReports: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
    },
  });
  const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((id): id is string => Boolean(id)))];
  const owners = new Map((await prisma.user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const signals = rows.slice(0, LIMIT).map((r) => ({
    id: r.id, kind: r.kind, level: r.level, mandatory: r.mandatory, repeat: r.repeat,
    startDate: isoDate(r.startDate), endDate: r.endDate ? isoDate(r.endDate) : null, hours: r.hours === null ? null : Number(r.hours),
    reachedOn: isoDate(r.reachedOn), dueBy: r.dueBy ? isoDate(r.dueBy) : null, provisional: r.provisional, state: r.state,
    ownerName: r.ownerId ? (owners.get(r.ownerId) ?? null) : null, withdrawnReason: r.withdrawnReason,
    pupil: { id: r.pupil.id, name: fullName(r.pupil), groupName: r.pupil.groups[0]?.group.name ?? null },
    duoReportId: r.duoReports[0]?.id ?? null,
  }));
  return { signals: signals.sort(byUrgency(today)), truncated: rows.length > LIMIT };
}

function stateFilter(status: TQueueFilters["status"]): Prisma.SignalWhereInput {
  if (status === "ingetrokken") return { withdrawnAt: { not: null } };
  if (status === "open") return { withdrawnAt: null, state: { in: ["NEW", "IN_PROGRESS"] } };
  return { withdrawnAt: null, state: status };
}

/** Overdue mandatory reports first, then mandatory by due date, then warnings newest first. */
export function byUrgency(today: string): (a: QueueSignal, b: QueueSignal) => number {
  const rank = (s: QueueSignal) => (s.mandatory && s.dueBy && s.dueBy < today && s.state !== "REPORTED" && s.state !== "CLOSED" ? 0 : s.mandatory ? 1 : 2);
  return (a, b) =>
    rank(a) - rank(b) ||
    (rank(a) < 2 ? (a.dueBy ?? "").localeCompare(b.dueBy ?? "") : b.reachedOn.localeCompare(a.reachedOn)) ||
    a.pupil.name.localeCompare(b.pupil.name, "nl");
}
