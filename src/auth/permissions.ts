import type { Role } from "@/db/generated/prisma/enums";

/**
 * Permissions are data: what each role may do. The UI asks `can` to hide what
 * a person cannot use; the server wrapper asks it to refuse. Record scope (a
 * parent's own children, a mentor's own groups) is applied by the use cases on
 * top of these.
 */
export const PERMISSIONS = [
  "lessons:view-own", // a teacher's own timetable
  "lessons:view-any", // open any lesson of the school (substitute)
  "register:mark", // mark pupils in a lesson
  "register:correct-any", // change marks of any past lesson (the coordinator)
  "groups:view-own", // a mentor's own groups and their attendance
  "attendance:view-school", // attendance of every pupil
  "daily-check:use", // the coordinator's morning check
  "signals:view", // signals (mentors: own groups only)
  "signals:manage",
  "duo-reports:manage",
  "case-file:view", // a pupil's case file (mentors: own groups only)
  "case-file:write", // conversations, agreements, referrals (mentors: own groups only)
  "letters:send", // make a letter from a template (mentors: own groups only)
  "letter-templates:edit",
  "leave:decide",
  "dashboard:view",
  "school:configure", // calendar, bell schedules, rules profile, groups
  "schedule:view", // a pupil's individual schedule changes (mentors: own groups only)
  "schedule:adjust", // add, edit, end and remove a pupil's schedule changes: opbouwrooster, vrijstelling, stage
  "children:view-own", // a parent's own children
  "absence:report-own", // report a child sick / medical
  "leave:request-own",
  "registrations:view-self", // a pupil's own registrations (under 18 only where the school allows it)
  "guardian-view:choose", // a pupil of 18+ decides whether their parents still see their registrations
  "account:manage-own", // one's own account: log out on every device, move to another school of one's own // one's own account: log out on every device
  "account:two-step", // one's own two-step log-in: set it up, new recovery codes, switch it off
  "audit-log:view", // who read or changed which pupil's data (the administrator, for the privacy officer)
  "accounts:reset-two-step", // reset the second step of a person of the school who lost phone and recovery codes
  "accounts:manage", // invite staff and guardians, give roles, deactivate, send a new password link (Beheer → Mensen)
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  TEACHER: ["lessons:view-own", "lessons:view-any", "register:mark", "account:manage-own", "account:two-step"],
  MENTOR: ["lessons:view-own", "lessons:view-any", "register:mark", "groups:view-own", "signals:view", "case-file:view", "case-file:write", "letters:send", "schedule:view", "account:manage-own", "account:two-step"],
  COORDINATOR: [
    "attendance:view-school",
    "daily-check:use",
    "signals:view",
    "signals:manage",
    "duo-reports:manage",
  "case-file:view", // a pupil's case file (mentors: own groups only)
  "case-file:write", // conversations, agreements, referrals (mentors: own groups only)
  "letters:send", // make a letter from a template (mentors: own groups only)
  "letter-templates:edit",
    "leave:decide",
    "dashboard:view",
    "lessons:view-any",
    "register:mark",
    "register:correct-any",
    "schedule:view",
    "schedule:adjust",
    "account:manage-own",
    "account:two-step",
  ],
  LEADER: ["attendance:view-school", "signals:view", "duo-reports:manage", "case-file:view", "leave:decide", "dashboard:view", "account:manage-own", "account:two-step"],
  ADMIN: ["school:configure", "schedule:view", "schedule:adjust", "letter-templates:edit", "audit-log:view", "accounts:reset-two-step", "accounts:manage", "account:manage-own", "account:two-step"],
  PARENT: ["children:view-own", "absence:report-own", "leave:request-own", "account:manage-own", "account:two-step"],
  // Reporting and the choice are for themselves and from 18 only: the use cases check the age (decision 120).
  PUPIL: ["registrations:view-self", "guardian-view:choose", "absence:report-own", "leave:request-own", "account:manage-own", "account:two-step"],
};

/** `mustEnrolTwoStep`: a role requires the two-step log-in and it is not set up yet (src/auth/load-actor.ts). */
export type PermissionHolder = { readonly roles: readonly Role[]; readonly mustEnrolTwoStep?: boolean };

/** The only permission of a session that must set up the two-step log-in first (docs/decisions/116-two-step-login.md). */
export const TWO_STEP_ENROLMENT_PERMISSION: Permission = "account:two-step";

export function can(actor: PermissionHolder | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.mustEnrolTwoStep && permission !== TWO_STEP_ENROLMENT_PERMISSION) return false;
  return actor.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
