import type { Role } from "@/db/generated/prisma/enums";

/** The roles an administrator gives staff; PARENT comes only from the pupil data (guardian invitations). */
export const STAFF_ROLES = ["TEACHER", "MENTOR", "COORDINATOR", "LEADER", "ADMIN"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export { ROLE_LABELS } from "@/auth/roles";

/** The function title of a Staff record made for these roles (the most responsible one names it). */
export function functionTitleFor(roles: readonly Role[]): string {
  if (roles.includes("LEADER")) return "schoolleiding";
  if (roles.includes("COORDINATOR")) return "verzuimcoördinator";
  if (roles.includes("MENTOR")) return "mentor";
  if (roles.includes("TEACHER")) return "docent";
  return "beheerder";
}
