import type { Permission } from "./permissions";

/**
 * The permission each signed-in page asks of `requirePagePermission`, by its
 * address. Used after logging in, to send a person to the page they asked for
 * only when they may open it (otherwise to their start page instead of a
 * "Geen toegang"). The pages themselves still enforce it; a test checks that
 * this table and every page's own call agree (tests/integration/page-permissions.test.ts).
 */
const PAGES: ReadonlyArray<readonly [RegExp, Permission]> = [
  [/^\/docent$/, "lessons:view-own"],
  [/^\/docent\/lessen$/, "lessons:view-any"],
  // The register (a rewrite to /registreren); the API behind it asks register:mark.
  [/^\/docent\/les\/[^/]+$/, "register:mark"],
  [/^\/mentor$/, "groups:view-own"],
  [/^\/directie$/, "dashboard:view"],
  [/^\/ouder$/, "children:view-own"],
  [/^\/leerling$/, "registrations:view-self"],
  [/^\/ouder\/melden$/, "absence:report-own"],
  [/^\/ouder\/verlof$/, "leave:request-own"],
  [/^\/beheer$/, "school:configure"],
  [/^\/beheer\/logboek$/, "audit-log:view"],
  [/^\/beheer\/mensen$/, "accounts:manage"],
  [/^\/beheer\/kalender$/, "school:configure"],
  [/^\/beheer\/kalender\/lestijden$/, "school:configure"],
  [/^\/beheer\/import\/rooster$/, "school:configure"],
  [/^\/beheer\/import\/mensen$/, "school:configure"],
  [/^\/beheer\/import\/mensen\/[^/]+$/, "school:configure"],
  [/^\/account$/, "account:manage-own"],
  [/^\/account\/tweestapsverificatie$/, "account:two-step"],
  [/^\/verzuim$/, "daily-check:use"],
  [/^\/verzuim\/signalen$/, "signals:view"],
  [/^\/verzuim\/leerling$/, "case-file:view"],
  [/^\/verzuim\/leerling\/[^/]+$/, "case-file:view"],
  [/^\/verzuim\/leerling\/[^/]+\/rooster$/, "schedule:view"],
  [/^\/verzuim\/meldingen$/, "duo-reports:manage"],
  [/^\/verzuim\/meldingen\/[^/]+$/, "duo-reports:manage"],
  [/^\/verzuim\/brieven$/, "letter-templates:edit"],
  [/^\/verzuim\/verlof$/, "leave:decide"],
  [/^\/verzuim\/verlof\/[^/]+$/, "leave:decide"],
];

/** The permission that the page at `pathname` requires; null when it is no signed-in page. */
export function pagePermissionFor(pathname: string): Permission | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return PAGES.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}
