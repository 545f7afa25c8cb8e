import type { Role } from "@/db/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  TEACHER: "Docent",
  MENTOR: "Mentor",
  COORDINATOR: "Verzuimcoördinator",
  LEADER: "Schoolleiding",
  ADMIN: "Beheerder",
  PARENT: "Ouder/verzorger",
};

/** The start page per role. A person with several roles lands on the first in this order. */
const START_PAGES: ReadonlyArray<readonly [Role, string]> = [
  ["COORDINATOR", "/verzuim"],
  ["LEADER", "/directie"],
  ["ADMIN", "/beheer"],
  ["MENTOR", "/mentor"],
  ["TEACHER", "/docent"],
  ["PARENT", "/ouder"],
];

export function startPageFor(roles: readonly Role[]): string | null {
  for (const [role, page] of START_PAGES) {
    if (roles.includes(role)) return page;
  }
  return null;
}
