import "server-only";
import { appNow } from "@/calendar/app-clock";
import type { Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";
import { findPendingImport, replacePendingImport } from "../../server/pending-imports";
import { PEOPLE_FIELDS, type PeopleKind } from "../people-fields";
import type { PeoplePayload } from "../people-payload";
import type { ColumnMapping } from "../recognise-columns";
import { GONE_MESSAGE } from "./confirm-people-import";
import { importDates } from "./import-dates";
import { planPeopleImport } from "./plan-people-import";

/**
 * The administrator corrects the column mapping (or the end date) of a pending import: the preview is
 * made again from the kept rows, without uploading the file again. Columns must be the file's own; one
 * column cannot hold two fields.
 */
export async function remapPeopleImport({ actor, kind, id, mapping, endDate, now = appNow() }: {
  actor: Actor; kind: PeopleKind; id: string; mapping: ColumnMapping; endDate?: string | null; now?: Date;
}): Promise<string> {
  const dates = importDates({ timeZone: actor.schoolTimeZone, now, endDate });
  return prisma.$transaction(async (tx) => {
    const pending = await findPendingImport<PeoplePayload>(tx, { actor, kind, id }, now);
    if (!pending) throw new AppError("NOT_FOUND", GONE_MESSAGE);
    const { table } = pending.payload;
    const columns: ColumnMapping = {};
    const used = new Map<string, string>();
    for (const field of PEOPLE_FIELDS[kind]) {
      const column = mapping[field.key] ?? null;
      if (column !== null && !table.headers.includes(column)) throw new AppError("INVALID_INPUT", `De kolom "${column.slice(0, 60)}" staat niet in het bestand.`, { [`kolom-${field.key}`]: ["Kies een kolom uit het bestand."] });
      if (column !== null && used.has(column)) {
        throw new AppError("INVALID_INPUT", `De kolom "${column.slice(0, 60)}" is gekozen voor ${used.get(column)} én ${field.label}. Kies voor elk veld een eigen kolom.`, { [`kolom-${field.key}`]: ["Deze kolom is al gekozen."] });
      }
      if (column !== null) used.set(column, field.label);
      columns[field.key] = column;
    }
    const { preview } = await planPeopleImport(tx, { schoolId: actor.schoolId, kind, table, mapping: columns, ...dates, complete: pending.payload.complete });
    const payload: PeoplePayload = { ...pending.payload, mapping: columns, endDate: dates.endDate, preview };
    await replacePendingImport(tx, { actor, id, payload: payload as never });
    return preview.problem ?? "Het voorbeeld is bijgewerkt met deze kolommen.";
  }, { timeout: 60_000 });
}
