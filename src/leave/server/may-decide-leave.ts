import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";

/**
 * Who decides leave (decision 125): the school leader always; the attendance
 * coordinator only where the school's administrator allowed it (Beheer). Both
 * hold `leave:decide` and see the requests; this is the school's own setting
 * on top of the permission.
 */
export async function mayDecideLeave(actor: Actor): Promise<boolean> {
  if (actor.roles.includes("LEADER")) return true;
  if (!actor.roles.includes("COORDINATOR")) return false;
  const school = await prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { coordinatorDecidesLeave: true } });
  return school.coordinatorDecidesLeave;
}

export async function assertMayDecideLeave(actor: Actor): Promise<void> {
  if (!(await mayDecideLeave(actor))) {
    throw new AppError("FORBIDDEN", "Op deze school beslist de schoolleider over verlof. De beheerder kan de verzuimcoördinator dat ook laten doen (Beheer).");
  }
}
