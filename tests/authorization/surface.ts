import type { Permission } from "@/auth/permissions";
import type { Role } from "@/db/generated/prisma/enums";

/**
 * Every page, API route and server action of the product, with who may use it.
 * The authorization suite (tests/integration/authorization-surface.test.ts)
 * discovers them from the code and fails on one that is missing here, and
 * checks each entry's roles against the permission table; the e2e matrix
 * (tests/e2e/authorization-matrix.spec.ts) opens every page and calls every
 * route as every role. A new page, route or action is entered here in the
 * same commit, with the roles it is meant for.
 *
 * `public`: open without a session, with the reason why that is safe.
 */
export type SurfaceEntry =
  | { permission: Permission; roles: Role[]; heading?: string }
  | { public: string };

const EVERY_ROLE: Role[] = ["TEACHER", "MENTOR", "COORDINATOR", "LEADER", "ADMIN", "PARENT", "PUPIL"];

export const PAGES: Record<string, SurfaceEntry> = {
  "/": { public: "redirects to the start page of the session's role, or to the log-in page" },
  "/inloggen": { public: "the log-in page" },
  "/uitnodiging": { public: "choosing one's password with an invitation link: a static shell; the token (256 random bits, single use, 72 hours, stored as a hash) travels in the fragment and is checked by the actions below" },
  "/registreren": { public: "the register's static shell, served for /docent/les/[id] (asked for directly: 404); it holds no data and loads the register from GET /api/lessons/[lessonId]/register" },
  "/docent": { permission: "lessons:view-own", roles: ["TEACHER", "MENTOR"], heading: "Mijn lessen" },
  "/docent/lessen": { permission: "lessons:view-any", roles: ["TEACHER", "MENTOR", "COORDINATOR"], heading: "Les van een collega" },
  "/mentor": { permission: "groups:view-own", roles: ["MENTOR"], heading: "Mijn klassen" },
  "/verzuim": { permission: "daily-check:use", roles: ["COORDINATOR"], heading: "Dagelijkse controle" },
  "/verzuim/signalen": { permission: "signals:view", roles: ["MENTOR", "COORDINATOR", "LEADER"], heading: "Signalen" },
  "/verzuim/leerling": { permission: "case-file:view", roles: ["MENTOR", "COORDINATOR", "LEADER"], heading: "Leerlingen" },
  "/verzuim/leerling/[pupilId]": { permission: "case-file:view", roles: ["MENTOR", "COORDINATOR", "LEADER"] },
  "/verzuim/leerling/[pupilId]/rooster": { permission: "schedule:view", roles: ["MENTOR", "COORDINATOR", "ADMIN"] },
  "/verzuim/meldingen": { permission: "duo-reports:manage", roles: ["COORDINATOR", "LEADER"], heading: "DUO-meldingen" },
  "/verzuim/meldingen/[id]": { permission: "duo-reports:manage", roles: ["COORDINATOR", "LEADER"] },
  "/verzuim/verlof": { permission: "leave:decide", roles: ["COORDINATOR", "LEADER"], heading: "Verlofaanvragen" },
  "/verzuim/verlof/[id]": { permission: "leave:decide", roles: ["COORDINATOR", "LEADER"] },
  "/verzuim/brieven": { permission: "letter-templates:edit", roles: ["COORDINATOR", "ADMIN"], heading: "Briefsjablonen" },
  "/directie": { permission: "dashboard:view", roles: ["COORDINATOR", "LEADER"], heading: "Overzicht aanwezigheid" },
  "/beheer": { permission: "school:configure", roles: ["ADMIN"], heading: "Beheer" },
  "/beheer/logboek": { permission: "audit-log:view", roles: ["ADMIN"], heading: "Logboek" },
  "/beheer/mensen": { permission: "accounts:manage", roles: ["ADMIN"], heading: "Mensen" },
  "/beheer/kalender": { permission: "school:configure", roles: ["ADMIN"], heading: "Kalender" },
  "/beheer/kalender/lestijden": { permission: "school:configure", roles: ["ADMIN"], heading: "Lestijden" },
  "/beheer/import/rooster": { permission: "school:configure", roles: ["ADMIN"], heading: "Rooster importeren" },
  "/beheer/import/mensen": { permission: "school:configure", roles: ["ADMIN"], heading: "Leerlingen, ouders en medewerkers importeren" },
  "/beheer/import/mensen/[id]": { permission: "school:configure", roles: ["ADMIN"] },
  "/ouder": { permission: "children:view-own", roles: ["PARENT"], heading: "Mijn kinderen" },
  "/leerling": { permission: "registrations:view-self", roles: ["PUPIL"], heading: "Mijn aanwezigheid" },
  "/ouder/melden": { permission: "absence:report-own", roles: ["PARENT", "PUPIL"], heading: "Afwezigheid melden" },
  "/ouder/verlof": { permission: "leave:request-own", roles: ["PARENT", "PUPIL"], heading: "Verlof" },
  "/account": { permission: "account:manage-own", roles: EVERY_ROLE, heading: "Mijn account" },
  "/account/tweestapsverificatie": { permission: "account:two-step", roles: EVERY_ROLE, heading: "Tweestapsverificatie" },
};

export const ROUTES: Record<string, SurfaceEntry> = {
  "GET /api/auth/[...nextauth]": { public: "next-auth: log-in form, CSRF token, session" },
  "POST /api/auth/[...nextauth]": { public: "next-auth: log-in and log-out" },
  "GET /api/health": { public: "liveness probe: answers {\"status\":\"ok\"} and reads nothing (decision 162)" },
  "GET /api/ready": { public: "readiness probe: whether the database and the signals queue answer, as ok or a one-word failure; no data, no addresses (decision 162)" },
  "GET /api/metrics": { public: "Prometheus metrics without personal data, for a bearer token (METRICS_TOKEN) or, without one, this machine only: src/observability/metrics-access.ts (decision 162)" },
  "GET /api/lessons/[lessonId]/register": { permission: "register:mark", roles: ["TEACHER", "MENTOR", "COORDINATOR"] },
  "POST /api/lessons/[lessonId]/marks": { permission: "register:mark", roles: ["TEACHER", "MENTOR", "COORDINATOR"] },
  "GET /api/letters/[id]/pdf": { permission: "case-file:view", roles: ["MENTOR", "COORDINATOR", "LEADER"] },
  "GET /api/duo-reports/[id]/[format]": { permission: "duo-reports:manage", roles: ["COORDINATOR", "LEADER"] },
  "POST /api/imports/people": { permission: "school:configure", roles: ["ADMIN"] },
  "POST /api/leave-requests": { permission: "leave:request-own", roles: ["PARENT", "PUPIL"] },
  "POST /api/imports/timetable": { permission: "school:configure", roles: ["ADMIN"] },
  "GET /api/leave-attachments/[id]": { permission: "leave:decide", roles: ["COORDINATOR", "LEADER"] },
  "GET /api/own-leave-attachments/[id]": { permission: "leave:request-own", roles: ["PARENT", "PUPIL"] },
};

const CASE_FILE_WRITERS: Role[] = ["MENTOR", "COORDINATOR"];
const DUO: SurfaceEntry = { permission: "duo-reports:manage", roles: ["COORDINATOR", "LEADER"] };

export const ACTIONS: Record<string, SurfaceEntry> = {
  "src/absence-reports/actions.ts#reportSickAction": { permission: "absence:report-own", roles: ["PARENT", "PUPIL"] },
  "src/absence-reports/actions.ts#reportAppointmentAction": { permission: "absence:report-own", roles: ["PARENT", "PUPIL"] },
  "src/absence-reports/actions.ts#reportRecoveredAction": { permission: "absence:report-own", roles: ["PARENT", "PUPIL"] },
  "src/auth/actions.ts#endAllSessionsAction": { permission: "account:manage-own", roles: EVERY_ROLE },
  "src/auth/actions.ts#switchSchoolAction": { permission: "account:manage-own", roles: EVERY_ROLE },
  "src/auth/mfa/actions.ts#setUpTwoStepAction": { permission: "account:two-step", roles: EVERY_ROLE },
  "src/auth/mfa/actions.ts#newRecoveryCodesAction": { permission: "account:two-step", roles: EVERY_ROLE },
  "src/auth/mfa/actions.ts#switchOffTwoStepAction": { permission: "account:two-step", roles: EVERY_ROLE },
  "src/auth/mfa/actions.ts#resetTwoStepAction": { permission: "accounts:reset-two-step", roles: ["ADMIN"] },
  "src/accounts/actions.ts#inviteStaffAction": { permission: "accounts:manage", roles: ["ADMIN"] },
  "src/schedule/actions.ts#saveScheduleChangeAction": { permission: "schedule:adjust", roles: ["COORDINATOR", "ADMIN"] },
  "src/schedule/actions.ts#endScheduleChangeAction": { permission: "schedule:adjust", roles: ["COORDINATOR", "ADMIN"] },
  "src/schedule/actions.ts#removeScheduleChangeAction": { permission: "schedule:adjust", roles: ["COORDINATOR", "ADMIN"] },
  "src/accounts/actions.ts#setPersonRolesAction": { permission: "accounts:manage", roles: ["ADMIN"] },
  "src/accounts/actions.ts#deactivatePersonAction": { permission: "accounts:manage", roles: ["ADMIN"] },
  "src/accounts/actions.ts#reactivatePersonAction": { permission: "accounts:manage", roles: ["ADMIN"] },
  "src/accounts/actions.ts#sendPasswordLinkAction": { permission: "accounts:manage", roles: ["ADMIN"] },
  "src/accounts/actions.ts#inviteGuardiansAction": { permission: "accounts:manage", roles: ["ADMIN"] },
  "src/accounts/invitation-actions.ts#viewInvitationAction": { public: "answers only the state of the link whose 256-bit token it is given (valid: name, address and school of that link's person)" },
  "src/accounts/invitation-actions.ts#acceptInvitationAction": { public: "sets a password only with an open single-use invitation token; origin, NUL and input checked like every form (run-public-form-action.ts)" },
  "src/case-file/actions.ts#addConversationAction": { permission: "case-file:write", roles: CASE_FILE_WRITERS },
  "src/case-file/actions.ts#addAgreementAction": { permission: "case-file:write", roles: CASE_FILE_WRITERS },
  "src/case-file/actions.ts#addReferralAction": { permission: "case-file:write", roles: CASE_FILE_WRITERS },
  "src/case-file/actions.ts#addNoteAction": { permission: "case-file:write", roles: CASE_FILE_WRITERS },
  "src/daily-check/actions.ts#sendReminderAction": { permission: "daily-check:use", roles: ["COORDINATOR"] },
  "src/daily-check/actions.ts#resolveAbsenceAction": { permission: "daily-check:use", roles: ["COORDINATOR"] },
  "src/duo-reports/actions.ts#createDuoDraftAction": DUO,
  "src/duo-reports/actions.ts#createDuoDraftFormAction": DUO,
  "src/duo-reports/actions.ts#saveDuoReportAction": DUO,
  "src/duo-reports/actions.ts#reopenDuoReportAction": DUO,
  "src/duo-reports/actions.ts#markDuoReportSubmittedAction": DUO,
  "src/duo-reports/actions.ts#recordDuoStatusAction": DUO,
  "src/duo-reports/actions.ts#confirmDuoEndDateAction": DUO,
  "src/imports/people/actions.ts#confirmPeopleImportAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/imports/people/actions.ts#cancelPeopleImportAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/imports/people/actions.ts#remapPeopleImportAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/letters/actions.ts#saveLetterTemplateAction": { permission: "letter-templates:edit", roles: ["COORDINATOR", "ADMIN"] },
  "src/letters/actions.ts#createLetterAction": { permission: "letters:send", roles: CASE_FILE_WRITERS },
  "src/pupil-account/actions.ts#chooseGuardianViewAction": { permission: "guardian-view:choose", roles: ["PUPIL"] },
  "src/pupil-account/actions.ts#setPupilViewSettingAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/imports/timetable/actions.ts#confirmTimetableImportAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/imports/timetable/actions.ts#cancelTimetableImportAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/leave/actions.ts#decideLeaveAction": { permission: "leave:decide", roles: ["COORDINATOR", "LEADER"] },
  "src/leave/actions.ts#recordOfficerDecisionAction": { permission: "leave:decide", roles: ["COORDINATOR", "LEADER"] },
  "src/leave/actions.ts#withdrawLeaveAction": { permission: "leave:request-own", roles: ["PARENT", "PUPIL"] },
  "src/leave/actions.ts#updateLeaveSettingsAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-settings/actions.ts#updateRulesProfileAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-calendar/actions.ts#saveCalendarEventAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-calendar/actions.ts#removeCalendarEventAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-calendar/actions.ts#createNextSchoolYearAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-calendar/actions.ts#saveBellPeriodAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-calendar/actions.ts#addBellScheduleAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-calendar/actions.ts#setWeekdaySchedulesAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-calendar/actions.ts#addScheduleDateAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-calendar/actions.ts#removeScheduleDateAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-settings/actions.ts#updateCorrectionDaysAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-settings/actions.ts#updateRetentionYearsAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/school-settings/actions.ts#updateReportLimitsAction": { permission: "school:configure", roles: ["ADMIN"] },
  "src/signal-queue/actions.ts#updateSignalStateAction": { permission: "signals:manage", roles: ["COORDINATOR"] },
  "src/signal-queue/actions.ts#closeSignalAction": { permission: "signals:manage", roles: ["COORDINATOR"] },
  "src/signal-queue/actions.ts#reopenSignalAction": { permission: "signals:manage", roles: ["COORDINATOR"] },
};
