import { z } from "zod";
import type { PrismaClient } from "@/db/generated/prisma/client";
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";

export const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254),
  password: z.string().min(1, "Vul je wachtwoord in.").max(200),
});
export type TCredentials = z.infer<typeof ZCredentialsSchema>;

export type AuthenticatedUser = { id: string; name: string; email: string; schoolId: string };

// A real argon2id hash of a random password, so that an unknown e-mail address
// costs as much time as a wrong password and log-in timing reveals nothing.
let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

/**
 * SECURITY-CRITICAL: the only place that decides whether a log-in succeeds.
 * Returns null for every kind of failure (unknown user, wrong password,
 * deactivated user, no active membership) so the caller cannot tell them apart.
 */
export async function authenticate(
  credentials: unknown,
  { prisma }: { prisma: PrismaClient },
): Promise<AuthenticatedUser | null> {
  const parsed = ZCredentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      passwordHash: true,
      active: true,
      memberships: { where: { active: true }, select: { schoolId: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  if (!user || !passwordOk || !user.active) return null;
  const membership = user.memberships[0];
  if (!membership) return null;

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  return { id: user.id, name: user.name, email: user.email, schoolId: membership.schoolId };
}
