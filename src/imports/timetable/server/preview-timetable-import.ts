import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import type { Prisma } from "@/db/generated/prisma/client";
import { AppError } from "@/errors/app-error";
import { savePendingImport } from "@/imports/server/pending-imports";
import { importRange } from "../import-range";
import type { ImportedTimetable } from "../imported-timetable";
import { emptyPreview, planTimetableImport, type TimetablePreview } from "../plan-timetable-import";
import { readTimetableFiles, type TimetableFormat } from "../read-timetable-files";
import { loadTimetableContext } from "./load-timetable-context";
import { loadUntisContext } from "./load-untis-context";

/** What a pending timetable import keeps between preview and confirmation (decision 141): the read lessons, never the file. */
export interface PendingTimetable {
  from: string;
  timetable: ImportedTimetable;
  preview: TimetablePreview;
}

export const pendingKind = (format: TimetableFormat): "timetable-zermelo" | "timetable-untis" => (format === "zermelo" ? "timetable-zermelo" : "timetable-untis");

/**
 * Reads the uploaded timetable, plans it against the school as it is, and keeps it for confirmation:
 * nothing of the school changes here. Returns the preview and the pending import's id (null when there
 * is nothing on or after the chosen date to import). A file that cannot be read is refused as a whole
 * with a message naming it.
 */
export async function previewTimetableImport({ actor, format, files, from }: {
  actor: Actor; format: TimetableFormat; files: readonly { name: string; bytes: Uint8Array }[]; from: string;
}): Promise<{ id: string | null; preview: TimetablePreview }> {
  const { timeZone } = await prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { timeZone: true } });
  const untis = format === "untis" ? await loadUntisContext(prisma, { schoolId: actor.schoolId, from }) : null;
  const read = readTimetableFiles(files, { format, timeZone, untis });
  if (!read.ok) throw new AppError("INVALID_INPUT", read.message, read.fileErrors);
  const range = importRange(read.timetable.lessons.map((l) => l.date), from);
  if (!range) return { id: null, preview: emptyPreview(read.timetable, from) };
  const context = await loadTimetableContext(prisma, { schoolId: actor.schoolId, range });
  const { preview } = planTimetableImport(read.timetable, context, { from, range, newId: randomUUID });
  const payload: PendingTimetable = { from, timetable: read.timetable, preview };
  const id = await savePendingImport({
    actor, kind: pendingKind(format), fileName: files.map((f) => f.name).join(", "), payload: payload as unknown as Prisma.InputJsonValue,
  });
  return { id, preview };
}
