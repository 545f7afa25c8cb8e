import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import type { PeopleKind } from "../people-fields";
import type { ColumnMapping } from "../recognise-columns";

/** The column mapping of the school's last confirmed import of this kind; empty when there was none. */
export async function findImportMapping(db: Prisma.TransactionClient, { schoolId, kind }: { schoolId: string; kind: PeopleKind }): Promise<ColumnMapping> {
  const row = await db.importMapping.findFirst({ where: { kind, schoolId }, select: { mapping: true } });
  const mapping = row?.mapping;
  if (!mapping || typeof mapping !== "object" || Array.isArray(mapping)) return {};
  return Object.fromEntries(Object.entries(mapping).filter(([, v]) => v === null || typeof v === "string")) as ColumnMapping;
}

/** Remembers a confirmed import's mapping for the next file of the kind (ImportMapping, per school and kind). */
export async function saveImportMapping(tx: Prisma.TransactionClient, { schoolId, kind, mapping }: { schoolId: string; kind: PeopleKind; mapping: ColumnMapping }): Promise<void> {
  await tx.importMapping.upsert({
    where: { schoolId_kind: { schoolId, kind } },
    create: { schoolId, kind, mapping },
    update: { mapping },
    select: { kind: true },
  });
}
