import "server-only";
import { appNow } from "@/calendar/app-clock";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";
import { deletePendingImport, findPendingImport } from "../../server/pending-imports";
import { PEOPLE_KIND_LABELS, type PeopleKind } from "../people-fields";
import type { PeoplePayload } from "../people-payload";
import type { PeoplePreview } from "../people-preview";
import { importDates } from "./import-dates";
import { saveImportMapping } from "./import-mappings";
import { planPeopleImport } from "./plan-people-import";

export const GONE_MESSAGE = "Deze import is er niet meer: hij is al bevestigd, geannuleerd of na een uur verlopen. Kies het bestand opnieuw.";

/**
 * Step two (decision 141): in one transaction, the pending import is taken (FOR UPDATE, so a double
 * click writes once), planned again against the data as it is now, written whole, audited, its mapping
 * remembered, and deleted. Any failure rolls everything back. The same file confirmed a second time
 * changes nothing and writes no audit entry.
 */
export async function confirmPeopleImport({ actor, kind, id, now = appNow() }: { actor: Actor; kind: PeopleKind; id: string; now?: Date }): Promise<{ message: string; changed: number; preview: PeoplePreview }> {
  return prisma.$transaction(async (tx) => {
    const pending = await findPendingImport<PeoplePayload>(tx, { actor, kind, id }, now);
    if (!pending) throw new AppError("NOT_FOUND", GONE_MESSAGE);
    const { table, mapping, endDate, complete } = pending.payload;
    const dates = importDates({ timeZone: actor.schoolTimeZone, now, endDate });
    const planned = await planPeopleImport(tx, { schoolId: actor.schoolId, kind, table, mapping, ...dates, complete });
    if (planned.preview.problem) throw new AppError("INVALID_INPUT", planned.preview.problem);
    const changed = await planned.apply(tx);
    await saveImportMapping(tx, { schoolId: actor.schoolId, kind, mapping });
    const { preview } = planned;
    if (changed > 0) {
      await recordAudit(tx, {
        actor, action: `import.${kind}`, entityType: "Import", entityId: id,
        details: { fileName: pending.fileName, added: preview.added.length, changed: preview.changed.length, ended: preview.ended.length, refused: preview.refused.length, endDate: dates.endDate },
      });
    }
    await deletePendingImport(tx, { actor, id });
    const message = changed === 0
      ? `${PEOPLE_KIND_LABELS[kind]}: er is niets veranderd; alles was al zo.`
      : `${PEOPLE_KIND_LABELS[kind]} geïmporteerd: ${preview.added.length} toegevoegd, ${preview.changed.length} gewijzigd, ${preview.ended.length} beëindigd${preview.refused.length > 0 ? `, ${preview.refused.length} regel(s) overgeslagen` : ""}.`;
    return { message, changed, preview };
  }, { timeout: 120_000, maxWait: 10_000 });
}
