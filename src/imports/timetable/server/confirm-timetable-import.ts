import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/audit/server/record-audit";
import type { Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";
import { deletePendingImport, findPendingImport } from "@/imports/server/pending-imports";
import { importRange } from "../import-range";
import { planTimetableImport, type TimetablePreview } from "../plan-timetable-import";
import type { TimetableFormat } from "../read-timetable-files";
import { loadTimetableContext } from "./load-timetable-context";
import { pendingKind, type PendingTimetable } from "./preview-timetable-import";
import { writeTimetablePlan } from "./write-timetable-plan";

/**
 * Writes a previewed timetable import, whole or not at all (decisions 141, 147): in one transaction it
 * takes the pending import (so a second click finds nothing), plans again against the school as it is
 * now, writes the plan in batches, records it in the audit log and deletes the pending import. Returns
 * what was done, in the preview's terms.
 */
export async function confirmTimetableImport({ actor, id, format }: { actor: Actor; id: string; format: TimetableFormat }): Promise<TimetablePreview> {
  return prisma.$transaction(async (tx) => {
    const pending = await findPendingImport<PendingTimetable>(tx, { actor, kind: pendingKind(format), id });
    if (!pending) throw new AppError("NOT_FOUND", "Deze import is al bevestigd, geannuleerd of verlopen. Kies het bestand opnieuw.");
    const { from, timetable } = pending.payload;
    const range = importRange(timetable.lessons.map((l) => l.date), from);
    await deletePendingImport(tx, { actor, id });
    if (!range) return pending.payload.preview;
    const context = await loadTimetableContext(tx, { schoolId: actor.schoolId, range });
    const plan = planTimetableImport(timetable, context, { from, range, newId: randomUUID });
    await writeTimetablePlan(tx, { schoolId: actor.schoolId, plan });
    const p = plan.preview;
    await recordAudit(tx, {
      actor, action: "timetable.import", entityType: "Lesson",
      details: { fileName: pending.fileName, format, from, range, lessons: p.lessons, entries: p.entries, newSubjects: p.newSubjects.length, newClusters: p.newClusters.length, memberships: p.memberships, refused: p.problems.length },
    });
    return p;
  }, { timeout: 10 * 60_000, maxWait: 30_000 });
}
