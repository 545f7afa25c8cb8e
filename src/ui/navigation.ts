import { can, type PermissionHolder, type Permission } from "@/auth/permissions";

type NavItem = { href: string; label: string; permission: Permission };

const ITEMS: readonly NavItem[] = [
  { href: "/docent", label: "Mijn lessen", permission: "lessons:view-own" },
  { href: "/mentor", label: "Mijn klassen", permission: "groups:view-own" },
  { href: "/verzuim", label: "Verzuim", permission: "daily-check:use" },
  { href: "/verzuim/signalen", label: "Signalen", permission: "signals:view" },
  { href: "/verzuim/leerling", label: "Leerlingen", permission: "case-file:view" },
  { href: "/verzuim/verlof", label: "Verlof", permission: "leave:decide" },
  { href: "/directie", label: "Overzicht", permission: "dashboard:view" },
  { href: "/beheer", label: "Beheer", permission: "school:configure" },
  { href: "/beheer/mensen", label: "Mensen", permission: "accounts:manage" },
  { href: "/ouder", label: "Mijn kinderen", permission: "children:view-own" },
  { href: "/leerling", label: "Mijn aanwezigheid", permission: "registrations:view-self" },
  { href: "/ouder/melden", label: "Afwezigheid melden", permission: "absence:report-own" },
  { href: "/ouder/verlof", label: "Verlof aanvragen", permission: "leave:request-own" },
];

/** `reportsForSomeone: false`: a pupil under 18, whose parents report and ask leave for them (decision 120): no links to those pages. */
export function navigationFor(actor: PermissionHolder, { reportsForSomeone = true }: { reportsForSomeone?: boolean } = {}): { href: string; label: string }[] {
  const forOthers = new Set<Permission>(["absence:report-own", "leave:request-own"]);
  const items = ITEMS.filter((item) => can(actor, item.permission) && (reportsForSomeone || !forOthers.has(item.permission)));
  // The coordinator reaches signals and pupils through the Verzuim tabs; others (mentors, leaders) need the links themselves.
  const hasAttendance = items.some((item) => item.href === "/verzuim");
  const inTabs = new Set(["/verzuim/signalen", "/verzuim/leerling", "/verzuim/verlof"]);
  return items.filter((item) => !(hasAttendance && inTabs.has(item.href))).map(({ href, label }) => ({ href, label }));
}
