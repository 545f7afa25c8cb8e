import { can, type PermissionHolder, type Permission } from "@/auth/permissions";

type NavItem = { href: string; label: string; permission: Permission };

const ITEMS: readonly NavItem[] = [
  { href: "/docent", label: "Mijn lessen", permission: "lessons:view-own" },
  { href: "/mentor", label: "Mijn klassen", permission: "groups:view-own" },
  { href: "/verzuim", label: "Verzuim", permission: "daily-check:use" },
  { href: "/verzuim/signalen", label: "Signalen", permission: "signals:view" },
  { href: "/directie", label: "Overzicht", permission: "dashboard:view" },
  { href: "/beheer", label: "Beheer", permission: "school:configure" },
  { href: "/ouder", label: "Mijn kinderen", permission: "children:view-own" },
];

export function navigationFor(actor: PermissionHolder): { href: string; label: string }[] {
  const items = ITEMS.filter((item) => can(actor, item.permission));
  // The coordinator reaches the signals through the Verzuim tabs; others (mentors, leaders) need the link itself.
  const hasAttendance = items.some((item) => item.href === "/verzuim");
  return items.filter((item) => !(hasAttendance && item.href === "/verzuim/signalen")).map(({ href, label }) => ({ href, label }));
}
