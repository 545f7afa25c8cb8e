import type { Role } from "@/db/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  TEACHER: "Docent",
  MENTOR: "Mentor",
  COORDINATOR: "Verzuimcoördinator",
  LEADER: "Schoolleiding",
  ADMIN: "Beheerder",
  PARENT: "Ouder/verzorger",
  PUPIL: "Leerling",
};

/**
 * The start page per role. A person with several roles lands on the first in
 * this order. Teaching comes before mentoring: a mentor takes a register many
 * times a day and looks at their class now and then (docs/decisions/002-start-pages.md).
 */
const START_PAGES: ReadonlyArray<readonly [Role, string]> = [
  ["COORDINATOR", "/verzuim"],
  ["LEADER", "/directie"],
  ["ADMIN", "/beheer"],
  ["TEACHER", "/docent"],
  ["MENTOR", "/mentor"],
  ["PARENT", "/ouder"],
  ["PUPIL", "/leerling"],
];

export function startPageFor(roles: readonly Role[]): string | null {
  for (const [role, page] of START_PAGES) {
    if (roles.includes(role)) return page;
  }
  return null;
}
