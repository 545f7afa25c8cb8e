import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import { type Actor, loadActor } from "./load-actor";

export type { Actor } from "./load-actor";

/**
 * SECURITY-CRITICAL: who is asking, and in which school. The school comes from
 * the signed session token; roles are read from the database on every request,
 * so a revoked membership or a deactivated user takes effect at once.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string; schoolId?: string } | null;
  if (!session?.userId || !session.schoolId) return null;
  return loadActor({ userId: session.userId, schoolId: session.schoolId });
});
