import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "../load-actor";
import { DB_NOW } from "../session-limits";

/**
 * "Uitloggen op alle apparaten": every session of the signed-in person ends,
 * in every school and on every device, this one included. The user row says
 * from when sessions count (docs/decisions/100-server-side-sessions.md).
 */
export async function endAllSessions({ actor }: { actor: Actor; input: unknown }): Promise<string> {
  // The user row is global (not tenant data): one person, their sessions in every school.
  await prisma.$executeRawUnsafe(`UPDATE "User" SET "sessionsValidAfter" = ${DB_NOW} WHERE "id" = $1::uuid`, actor.userId);
  return "Je bent op alle apparaten uitgelogd.";
}
