import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { schoolInstant } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";
import { auditActionLabel, READ_ACTION_SUFFIXES } from "../audit-action-label";
import type { TAuditFilter } from "../audit-filter";

export const AUDIT_PAGE_SIZE = 50;

export interface TAuditRow {
  id: string;
  at: Date;
  actorName: string;
  label: string;
  kind: "read" | "change";
  pupil: { id: string; name: string; studentNumber: string } | null;
  reason: string | null;
}

/**
 * The school's audit log for its administrator, newest first, one page at a
 * time (keyset on `at, id`, the log's own index): who read or changed which
 * pupil's data, and when. Filters by pupil (name or student number, every word
 * must match), by kind (reads or changes) and by period (school days, in the
 * school's time zone). Names are looked up within this school only.
 */
export async function listAuditEntries({ schoolId, timeZone, filter }: { schoolId: string; timeZone: string; filter: TAuditFilter }): Promise<{ rows: TAuditRow[]; next: string | null }> {
  const where: Prisma.AuditEntryWhereInput[] = [{ schoolId }];
  if (filter.pupil) where.push({ pupilId: { in: await matchingPupils(schoolId, filter.pupil) } });
  if (filter.kind === "read") where.push({ OR: READ_ACTION_SUFFIXES.map((suffix) => ({ action: { endsWith: suffix } })) });
  if (filter.kind === "change") where.push({ NOT: { OR: READ_ACTION_SUFFIXES.map((suffix) => ({ action: { endsWith: suffix } })) } });
  if (filter.from) where.push({ at: { gte: schoolInstant(filter.from, 0, timeZone) } });
  if (filter.until) where.push({ at: { lt: schoolInstant(filter.until, 24 * 60, timeZone) } });
  if (filter.before) where.push({ OR: [{ at: { lt: filter.before.at } }, { at: filter.before.at, id: { lt: filter.before.id } }] });

  const entries = await prisma.auditEntry.findMany({
    where: { AND: where },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, actorId: true, action: true, pupilId: true, reason: true },
  });
  const page = entries.slice(0, AUDIT_PAGE_SIZE);
  const [actors, pupils] = await Promise.all([actorNames(schoolId, page), pupilNames(schoolId, page)]);
  const last = page.at(-1);
  return {
    rows: page.map((e) => ({
      id: e.id,
      at: e.at,
      actorName: e.actorId ? (actors.get(e.actorId) ?? "Onbekende gebruiker") : "Aanwezig (automatisch)",
      ...auditActionLabel(e.action),
      pupil: e.pupilId ? (pupils.get(e.pupilId) ?? null) : null,
      reason: e.reason,
    })),
    next: entries.length > AUDIT_PAGE_SIZE && last ? `${last.at.toISOString()}_${last.id}` : null,
  };
}

async function matchingPupils(schoolId: string, text: string): Promise<string[]> {
  const words = text.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const rows = await prisma.pupil.findMany({
    where: {
      schoolId,
      AND: words.map((word) => ({
        OR: [
          { firstName: { contains: word, mode: "insensitive" as const } },
          { infix: { contains: word, mode: "insensitive" as const } },
          { lastName: { contains: word, mode: "insensitive" as const } },
          { studentNumber: { startsWith: word } },
        ],
      })),
    },
    select: { id: true },
    take: 200,
  });
  return rows.map((r) => r.id);
}

/** Names of the people in these entries, through their membership of this school. */
async function actorNames(schoolId: string, entries: { actorId: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  if (ids.length === 0) return new Map();
  const members = await prisma.membership.findMany({ where: { schoolId, userId: { in: ids } }, select: { userId: true, user: { select: { name: true } } } });
  return new Map(members.map((m) => [m.userId, m.user.name]));
}

async function pupilNames(schoolId: string, entries: { pupilId: string | null }[]): Promise<Map<string, NonNullable<TAuditRow["pupil"]>>> {
  const ids = [...new Set(entries.flatMap((e) => (e.pupilId ? [e.pupilId] : [])))];
  if (ids.length === 0) return new Map();
  const pupils = await prisma.pupil.findMany({ where: { schoolId, id: { in: ids } }, select: { id: true, firstName: true, infix: true, lastName: true, studentNumber: true } });
  return new Map(pupils.map((p) => [p.id, { id: p.id, name: fullName(p), studentNumber: p.studentNumber }]));
}
