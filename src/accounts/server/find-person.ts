import "server-only";
import type { Actor } from "@/auth/load-actor";
import type { Prisma } from "@/db/generated/prisma/client";
import type { Role } from "@/db/generated/prisma/enums";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";

export type SchoolPerson = { userId: string; name: string; email: string; roles: Role[]; active: boolean; started: boolean };

/** A person of the actor's school, or NOT_FOUND: a person of another school is answered as unknown. */
export async function findSchoolPerson(tx: Prisma.TransactionClient, actor: Actor, userId: string): Promise<SchoolPerson> {
  const membership = await tx.membership.findFirst({
    where: { userId, ...inSchool(actor) },
    select: { roles: true, active: true, user: { select: { id: true, name: true, email: true, passwordHash: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "Deze persoon hoort niet bij jouw school.");
  const { user } = membership;
  return { userId: user.id, name: user.name, email: user.email, roles: membership.roles, active: membership.active, started: user.passwordHash !== null };
}
