import type {
  AbsenceReportKind,
  AppointmentType,
  AbsenceReportState,
  AdjustmentCategory,
  AdjustmentKind,
  AttendanceStatus,
  CalendarEventKind,
  GroupKind,
  LeaveState,
  LeaveType,
  Observation,
  Region,
  RegistrationSource,
  Role,
  RulesProfile,
  Sector,
} from "@/db/generated/prisma/enums";

// Plain rows, one interface per table, with the Prisma field names. Dates
// (`@db.Date`) are "YYYY-MM-DD" strings, instants are ISO strings in UTC: the
// generator's output is JSON, so a run can be hashed and compared byte for byte.
// Tenant rows leave `schoolId` out: it is the school's id, added by the writer.

export interface SchoolRow {
  id: string; name: string; brin: string; locationCode: string; city: string; phone: string; email: string;
  region: Region; timeZone: string; rulesProfile: RulesProfile; teacherCorrectionDays: number;
}
export interface SchoolYearRow { id: string; name: string; startDate: string; endDate: string }
export interface CalendarEventRow { id: string; schoolYearId: string; kind: CalendarEventKind; name: string; startDate: string; endDate: string }
export interface BellScheduleRow { id: string; name: string }
export interface BellPeriodRow { id: string; bellScheduleId: string; number: number; startMinutes: number; endMinutes: number }
export interface BellScheduleUseRow { id: string; schoolYearId: string; bellScheduleId: string; weekday: number | null; date: string | null }
export interface SubjectRow { id: string; code: string; name: string }
export interface StaffRow {
  id: string; userId: string; code: string; firstName: string; lastName: string; functionTitle: string;
  email: string; phone: string; active: boolean;
}
export interface GroupRow { id: string; schoolYearId: string; name: string; kind: GroupKind; sector: Sector | null; yearLevel: number | null }
export interface GroupMemberRow { groupId: string; pupilId: string; validFrom: string | null; validUntil: string | null }
export interface GroupMentorRow { groupId: string; staffId: string }
export interface PupilRow {
  id: string; userId: string | null; studentNumber: string; firstName: string; infix: string | null; lastName: string;
  birthDate: string; bsn: string | null; educationNumber: string | null; sector: Sector; yearLevel: number;
  startkwalificatie: boolean; guardiansMayView: boolean; phone: string | null; enrolledFrom: string; enrolledUntil: string | null;
}
export interface GuardianRow {
  id: string; userId: string | null; name: string; email: string | null; phone: string | null;
  /** The postal address (build-addresses.ts); null where the school does not know it. */
  street: string | null; postalCode: string | null; city: string | null;
}
export interface PupilGuardianRow { pupilId: string; guardianId: string; relation: string; primaryContact: boolean }
export interface TimetableEntryRow {
  id: string; schoolYearId: string; groupId: string; subjectId: string; staffId: string | null;
  weekday: number; period: number; room: string | null; validFrom: string; validUntil: string | null;
}
export interface LessonRow {
  id: string; date: string; period: number; startMinutes: number; endMinutes: number; groupId: string; subjectId: string;
  staffId: string | null; room: string | null; timetableEntryId: string | null; cancelled: boolean; cancelReason: string | null;
  registeredAt: string | null; registeredById: string | null;
}
export interface ScheduleAdjustmentRow {
  id: string; pupilId: string; kind: AdjustmentKind; category: AdjustmentCategory; timetableEntryId: string | null; lessonId: string | null;
  subjectId: string | null; weekdays: number[]; periods: number[];
  validFrom: string; validUntil: string | null; reason: string; createdById: string | null; createdAt: string;
}
export interface AbsenceReportRow {
  id: string; pupilId: string; kind: AbsenceReportKind; startDate: string; startMinutes: number | null;
  endDate: string | null; endMinutes: number | null; note: string | null; state: AbsenceReportState;
  reportedById: string; reportedVia: RegistrationSource; recoveredAt: string | null; createdAt: string;
  /** A medical appointment's kind and slot (the report's minutes are the slot with the travel time). */
  appointmentType?: AppointmentType | null; appointmentStartMinutes?: number | null; appointmentEndMinutes?: number | null;
}
export interface LeaveRequestRow {
  id: string; pupilId: string; type: LeaveType; startDate: string; endDate: string; startMinutes: number | null;
  endMinutes: number | null; reason: string; state: LeaveState; requestedById: string; decidedById: string | null;
  decidedAt: string | null; decisionNote: string | null; createdAt: string;
  schoolDays: number; referredAt: string | null; schoolAdvice: string | null;
}
export interface RegistrationRow {
  id: string; lessonId: string; pupilId: string; date: string; observed: Observation | null; observedLateMinutes: number | null;
  observedById: string | null; observedAt: string | null; status: AttendanceStatus; reason: string | null; lateMinutes: number;
  statusSource: RegistrationSource | null; statusSetById: string | null; statusSetAt: string | null;
  absenceReportId: string | null; leaveRequestId: string | null; version: number; createdAt: string; updatedAt: string;
}
export interface RegistrationChangeRow {
  id: string; registrationId: string; changedAt: string; changedById: string | null; source: RegistrationSource;
  fromObserved: Observation | null; toObserved: Observation | null; fromStatus: AttendanceStatus | null; toStatus: AttendanceStatus | null;
  fromReason: string | null; toReason: string | null; fromLateMinutes: number | null; toLateMinutes: number | null; note: string | null;
}
/** A log-in. The password hash is the writer's business: the generator only says the user exists. */
export interface UserRow { id: string; email: string; name: string }
export interface MembershipRow { id: string; userId: string; roles: Role[] }

export type DemoRole = "docent" | "mentor" | "verzuim" | "directie" | "beheer" | "ouder" | "leerling";
export interface DemoLogin { role: DemoRole; email: string; school: string }

/** The people and rows a test or a demo tour needs to find again. */
export interface DemoStory {
  demoTeacherStaffId: string;
  demoMentorStaffId: string;
  stoppedPupilId: string;
  adultPupilId: string;
  longSickPupilId: string;
  frequentSickPupilId: string;
  truantPupilIds: string[];
  luxuryPupilIds: string[];
  parentChildIds: string[];
  sickTodayPupilId: string;
  /** The demo teacher's first lesson today, when today is a school day. */
  firstLessonTodayId: string | null;
  unregisteredLessonIds: string[];
  previousSchoolDay: string | null;
}

export interface DemoSchoolData {
  school: SchoolRow;
  schoolYear: SchoolYearRow;
  calendarEvents: CalendarEventRow[];
  bellSchedules: BellScheduleRow[];
  bellPeriods: BellPeriodRow[];
  bellScheduleUses: BellScheduleUseRow[];
  subjects: SubjectRow[];
  staff: StaffRow[];
  groups: GroupRow[];
  groupMembers: GroupMemberRow[];
  groupMentors: GroupMentorRow[];
  pupils: PupilRow[];
  guardians: GuardianRow[];
  pupilGuardians: PupilGuardianRow[];
  timetableEntries: TimetableEntryRow[];
  lessons: LessonRow[];
  adjustments: ScheduleAdjustmentRow[];
  absenceReports: AbsenceReportRow[];
  leaveRequests: LeaveRequestRow[];
  registrations: RegistrationRow[];
  registrationChanges: RegistrationChangeRow[];
  users: UserRow[];
  memberships: MembershipRow[];
  logins: DemoLogin[];
  story: DemoStory;
}
