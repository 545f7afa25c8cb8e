import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import type { SignalState } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import { addDays, dbDate, isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";
import { pupilScope } from "@/pupils/server/pupil-scope";
import { comparePupilKeys, decodeQueueCursor, encodeQueueCursor, type TPupilQueueKey } from "../queue-cursor";
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
  closeReason: string | null;
  closeNote: string | null;
  duoReportId: string | null;
};

/** One line of the queue: a pupil with their signals, mandatory reports first. */
export type QueuePupil = {
  pupil: { id: string; name: string; groupName: string | null };
  signals: QueueSignal[];
  overdue: boolean;
};

export type SignalQueuePage = {
  pupils: QueuePupil[];
  totalPupils: number;
  totalSignals: number;
  /** 1-based positions of this page's first and last pupil. */
  from: number;
  to: number;
  /** The `na` cursor of the next page; null on the last page. */
  next: string | null;
  /** The `na` cursor of the previous page; "" for the first page; null on the first page itself. */
  previous: string | null;
};

export const QUEUE_PAGE_SIZE = 25;

/**
 * The signals of the school grouped per pupil, the most urgent pupil first
 * (queue-cursor.ts), one page of pupils at a time. A mentor sees only the
 * pupils of their own groups (record scope), and a class or mentor filter
 * outside their groups gives nothing.
 *
 * Two queries: the slim rows of every matching signal (five columns and the
 * name) give each pupil's key; the page is cut after the cursor's key
 * (keyset: a pupil closed meanwhile does not shift the next page); only the
 * page's signals are then loaded in full.
 */
export async function listSignalQueue({ actor, filters, today, pageSize = QUEUE_PAGE_SIZE }: {
  actor: Actor; filters: TQueueFilters; today: string; pageSize?: number;
}): Promise<SignalQueuePage> {
  const where = queueWhere(actor, filters, today);
  const slim = await prisma.signal.findMany({
    where,
    select: { pupilId: true, mandatory: true, dueBy: true, reachedOn: true, state: true, pupil: { select: { firstName: true, infix: true, lastName: true } } },
  });
  const keys = new Map<string, TPupilQueueKey>();
  for (const s of slim) {
    const overdue = s.mandatory && s.dueBy !== null && isoDate(s.dueBy) < today && s.state !== "REPORTED" && s.state !== "CLOSED";
    const rank = overdue ? 0 : s.mandatory ? 1 : 2;
    const date = rank < 2 ? (s.dueBy ? isoDate(s.dueBy) : "9999-12-31") : isoDate(s.reachedOn);
    const known = keys.get(s.pupilId);
    const candidate: TPupilQueueKey = { rank, date, name: fullName(s.pupil), id: s.pupilId };
    if (!known || candidate.rank < known.rank || (candidate.rank === known.rank && comparePupilKeys(candidate, known) < 0)) keys.set(s.pupilId, candidate);
  }
  const ordered = [...keys.values()].sort(comparePupilKeys);
  const after = decodeQueueCursor(filters.na);
  const start = after ? ordered.findIndex((k) => comparePupilKeys(k, after) > 0) : 0;
  const first = start === -1 ? ordered.length : start;
  const page = ordered.slice(first, first + pageSize);
  const last = first + page.length;

  const rows = page.length === 0 ? [] : await prisma.signal.findMany({
    where: { AND: [where, { pupilId: { in: page.map((k) => k.id) } }] },
    select: {
      id: true, pupilId: true, kind: true, level: true, mandatory: true, repeat: true, startDate: true, endDate: true, hours: true, reachedOn: true, dueBy: true,
      provisional: true, state: true, ownerId: true, withdrawnReason: true, closeReason: true, closeNote: true,
      pupil: { select: { groups: { where: { group: { kind: "CLASS" } }, take: 1, select: { group: { select: { name: true } } } } } },
      duoReports: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
    },
  });
  const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((id): id is string => Boolean(id)))];
  const owners = new Map((ownerIds.length === 0 ? [] : await prisma.user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const byPupil = new Map(page.map((k) => [k.id, { pupil: { id: k.id, name: k.name, groupName: null as string | null }, signals: [] as QueueSignal[], overdue: k.rank === 0 }]));
  for (const r of rows) {
    const line = byPupil.get(r.pupilId)!;
    line.pupil.groupName ??= r.pupil.groups[0]?.group.name ?? null;
    line.signals.push({
      id: r.id, kind: r.kind, level: r.level, mandatory: r.mandatory, repeat: r.repeat,
      startDate: isoDate(r.startDate), endDate: r.endDate ? isoDate(r.endDate) : null, hours: r.hours === null ? null : Number(r.hours),
      reachedOn: isoDate(r.reachedOn), dueBy: r.dueBy ? isoDate(r.dueBy) : null, provisional: r.provisional, state: r.state,
      ownerName: r.ownerId ? (owners.get(r.ownerId) ?? null) : null, withdrawnReason: r.withdrawnReason, closeReason: r.closeReason, closeNote: r.closeNote,
      duoReportId: r.duoReports[0]?.id ?? null,
    });
  }
  const pupils = [...byPupil.values()].map((line) => ({ ...line, signals: line.signals.sort(byUrgency(today)) }));
  return {
    pupils,
    totalPupils: ordered.length,
    totalSignals: slim.length,
    from: page.length ? first + 1 : 0,
    to: last,
    next: last < ordered.length && page.length > 0 ? encodeQueueCursor(page.at(-1)!) : null,
    previous: first === 0 ? null : first - pageSize <= 0 ? "" : encodeQueueCursor(ordered[first - pageSize - 1]!),
  };
}

/** The filters as a `where`, always inside the actor's record scope and school. */
function queueWhere(actor: Actor, filters: TQueueFilters, today: string): Prisma.SignalWhereInput {
  // A mentor's class and mentor filters only ever narrow their own groups: another class's id gives nothing.
  const ownGroups: Prisma.GroupWhereInput = can(actor, "attendance:view-school") ? {} : { mentors: { some: { staffId: actor.staffId ?? "00000000-0000-0000-0000-000000000000" } } };
  return {
    pupil: {
      AND: [
        pupilScope(actor),
        filters.groep ? { groups: { some: { groupId: filters.groep, group: { ...ownGroups, ...inSchool(actor) } } } } : {},
        filters.mentor ? { groups: { some: { group: { AND: [ownGroups, { mentors: { some: { staffId: filters.mentor } } }], ...inSchool(actor) } } } } : {},
      ],
    },
    ...(filters.soort ? { kind: filters.soort } : {}),
    ...stateFilter(filters.status),
    ...(filters.termijn === "verlopen" ? { dueBy: { lt: dbDate(today) } } : {}),
    ...(filters.termijn === "week" ? { dueBy: { lte: dbDate(addDays(today, 7)) } } : {}),
    ...inSchool(actor),
  };
}

function stateFilter(status: TQueueFilters["status"]): Prisma.SignalWhereInput {
  if (status === "ingetrokken") return { withdrawnAt: { not: null } };
  if (status === "open") return { withdrawnAt: null, state: { in: ["NEW", "IN_PROGRESS"] } };
  return { withdrawnAt: null, state: status };
}

/** Within a pupil: overdue mandatory reports first, then mandatory by due date, then warnings newest first. */
export function byUrgency(today: string): (a: QueueSignal, b: QueueSignal) => number {
  const rank = (s: QueueSignal) => (s.mandatory && s.dueBy && s.dueBy < today && s.state !== "REPORTED" && s.state !== "CLOSED" ? 0 : s.mandatory ? 1 : 2);
  return (a, b) =>
    rank(a) - rank(b) ||
    (rank(a) < 2 ? (a.dueBy ?? "").localeCompare(b.dueBy ?? "") : b.reachedOn.localeCompare(a.reachedOn)) ||
    (a.level ?? 0) - (b.level ?? 0) ||
    a.id.localeCompare(b.id);
}
