import "server-only";
import { appNow } from "@/calendar/app-clock";
import type { Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";
import { savePendingImport } from "../../server/pending-imports";
import type { PeopleKind } from "../people-fields";
import type { PeoplePayload } from "../people-payload";
import type { PeoplePreview } from "../people-preview";
import { readPeopleFile } from "../read-people-file";
import { recogniseColumns, type ColumnMapping } from "../recognise-columns";
import { importDates } from "./import-dates";
import { findImportMapping } from "./import-mappings";
import { planPeopleImport } from "./plan-people-import";

/**
 * Step one of a people import (decision 141): the file is checked and read in memory, compared with the
 * school's data, and kept as parsed rows with its preview in a pending import; nothing of the school's
 * data changes. The mapping is the one given, else the school's remembered one, else recognised from
 * the header names. `complete: false` (a partial list) ends nobody. A file that cannot be read is refused with one Dutch message (AppError).
 * Callable without HTTP (the benchmark, the tests).
 */
export async function previewPeopleImport({ actor, kind, fileName, bytes, mapping, endDate, complete = true, now = appNow() }: {
  actor: Actor; kind: PeopleKind; fileName: string; bytes: Uint8Array; mapping?: ColumnMapping; endDate?: string | null; complete?: boolean; now?: Date;
}): Promise<{ id: string; preview: PeoplePreview }> {
  const dates = importDates({ timeZone: actor.schoolTimeZone, now, endDate });
  const read = readPeopleFile(bytes, { fileName });
  if (!read.ok) throw new AppError("INVALID_INPUT", read.message, { file: ["Dit bestand kan niet worden ingelezen."] });
  const { table } = read;
  const columns = recogniseColumns(kind, table.headers, mapping ?? (await findImportMapping(prisma, { schoolId: actor.schoolId, kind })));
  const { preview } = await planPeopleImport(prisma, { schoolId: actor.schoolId, kind, table, mapping: columns, ...dates, complete });
  const payload: PeoplePayload = { kind, table, mapping: columns, endDate: dates.endDate, complete, encoding: table.encoding, preview };
  const id = await savePendingImport({ actor, kind, fileName, payload: payload as never }, now);
  return { id, preview };
}
