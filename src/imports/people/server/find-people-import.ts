import "server-only";
import type { Actor } from "@/auth/load-actor";
import { appNow } from "@/calendar/app-clock";
import { prisma } from "@/db/client";
import { findPendingImport } from "../../server/pending-imports";
import { PEOPLE_KINDS, type PeopleKind } from "../people-fields";
import type { PeoplePayload } from "../people-payload";

/** A pending people import of this administrator for the preview page, of whichever people kind; null when gone. */
export async function findPeopleImport({ actor, id }: { actor: Actor; id: string }): Promise<{ id: string; fileName: string; kind: PeopleKind; payload: PeoplePayload } | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  for (const kind of PEOPLE_KINDS) {
    const found = await prisma.$transaction((tx) => findPendingImport<PeoplePayload>(tx, { actor, kind, id }, appNow()));
    if (found) return { ...found, kind };
  }
  return null;
}
