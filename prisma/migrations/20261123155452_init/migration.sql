-- CreateEnum
CREATE TYPE "Region" AS ENUM ('NORTH', 'MIDDLE', 'SOUTH');

-- CreateEnum
CREATE TYPE "RulesProfile" AS ENUM ('DEFAULT', 'MAZL', 'TWENTE', 'PARKSTAD');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('TEACHER', 'MENTOR', 'COORDINATOR', 'LEADER', 'ADMIN', 'PARENT');

-- CreateEnum
CREATE TYPE "CalendarEventKind" AS ENUM ('HOLIDAY', 'FREE_DAY');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('PO', 'SO', 'VMBO', 'HAVO', 'VWO', 'MBO');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('CLASS', 'CLUSTER');

-- CreateEnum
CREATE TYPE "AdjustmentKind" AS ENUM ('EXEMPTION', 'ADDITION');

-- CreateEnum
CREATE TYPE "Observation" AS ENUM ('PRESENT', 'ABSENT', 'LATE', 'SENT_OUT');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'LATE_EXCUSED', 'LATE_UNEXCUSED', 'SICK', 'MEDICAL', 'LEAVE', 'SCHOOL_INITIATED', 'OTHER_EXCUSED', 'ABSENT_UNEXCUSED', 'ABSENT_UNKNOWN', 'UNREGISTERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RegistrationSource" AS ENUM ('TEACHER', 'GUARDIAN', 'PUPIL', 'LEAVE', 'FOLLOW_UP_CALL', 'COORDINATOR', 'SCHOOL');

-- CreateEnum
CREATE TYPE "AbsenceReportKind" AS ENUM ('SICK', 'MEDICAL', 'OTHER');

-- CreateEnum
CREATE TYPE "AbsenceReportState" AS ENUM ('ACTIVE', 'RECOVERED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "LeaveType" AS ENUM ('HOLIDAY_LEAVE', 'SPECIAL_CIRCUMSTANCES', 'RELIGIOUS', 'OTHER');

-- CreateEnum
CREATE TYPE "LeaveState" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED', 'REFERRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SignalState" AS ENUM ('NEW', 'IN_PROGRESS', 'REPORTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "DuoAbsenceKind" AS ENUM ('RELATIVE_16H', 'RELATIVE_16H_18PLUS', 'LONG_TERM_RELATIVE', 'LUXURY', 'OTHER', 'RMC_18PLUS');

-- CreateEnum
CREATE TYPE "DuoReportState" AS ENUM ('DRAFT', 'READY', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "DuoStatus" AS ENUM ('REGISTERED', 'IN_PROGRESS', 'CLOSED', 'ACKNOWLEDGED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CaseEntryKind" AS ENUM ('CONVERSATION', 'AGREEMENT', 'REFERRAL', 'LETTER', 'NOTE');

-- CreateTable
CREATE TABLE "School" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "locationCode" TEXT NOT NULL DEFAULT '00',
    "city" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "region" "Region" NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "rulesProfile" "RulesProfile" NOT NULL DEFAULT 'DEFAULT',
    "rulesSettings" JSONB NOT NULL DEFAULT '{}',
    "teacherCorrectionDays" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "platformOperator" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolYear" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,

    CONSTRAINT "SchoolYear_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "CalendarEvent" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "kind" "CalendarEventKind" NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,

    CONSTRAINT "CalendarEvent_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "BellSchedule" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "BellSchedule_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "BellPeriod" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "bellScheduleId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startMinutes" INTEGER NOT NULL,
    "endMinutes" INTEGER NOT NULL,

    CONSTRAINT "BellPeriod_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "BellScheduleUse" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "bellScheduleId" UUID NOT NULL,
    "weekday" INTEGER,
    "date" DATE,

    CONSTRAINT "BellScheduleUse_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "Staff" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID,
    "code" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "functionTitle" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Staff_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "Pupil" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID,
    "studentNumber" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "infix" TEXT,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "bsn" TEXT,
    "educationNumber" TEXT,
    "sector" "Sector" NOT NULL,
    "yearLevel" INTEGER NOT NULL,
    "startkwalificatie" BOOLEAN NOT NULL DEFAULT false,
    "guardiansMayView" BOOLEAN NOT NULL DEFAULT true,
    "phone" TEXT,
    "enrolledFrom" DATE NOT NULL,
    "enrolledUntil" DATE,

    CONSTRAINT "Pupil_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "Guardian" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,

    CONSTRAINT "Guardian_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "PupilGuardian" (
    "schoolId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "guardianId" UUID NOT NULL,
    "relation" TEXT NOT NULL,
    "primaryContact" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PupilGuardian_pkey" PRIMARY KEY ("schoolId","pupilId","guardianId")
);

-- CreateTable
CREATE TABLE "Group" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "GroupKind" NOT NULL DEFAULT 'CLASS',
    "sector" "Sector",
    "yearLevel" INTEGER,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "schoolId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("schoolId","groupId","pupilId")
);

-- CreateTable
CREATE TABLE "GroupMentor" (
    "schoolId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "staffId" UUID NOT NULL,

    CONSTRAINT "GroupMentor_pkey" PRIMARY KEY ("schoolId","groupId","staffId")
);

-- CreateTable
CREATE TABLE "Subject" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Subject_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "TimetableEntry" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "schoolYearId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "staffId" UUID,
    "weekday" INTEGER NOT NULL,
    "period" INTEGER NOT NULL,
    "room" TEXT,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "TimetableEntry_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "period" INTEGER NOT NULL,
    "startMinutes" INTEGER NOT NULL,
    "endMinutes" INTEGER NOT NULL,
    "groupId" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "staffId" UUID,
    "room" TEXT,
    "timetableEntryId" UUID,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "cancelReason" TEXT,
    "registeredAt" TIMESTAMP(3),
    "registeredById" UUID,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "ScheduleAdjustment" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "kind" "AdjustmentKind" NOT NULL,
    "timetableEntryId" UUID,
    "lessonId" UUID,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleAdjustment_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "lessonId" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "observed" "Observation",
    "observedLateMinutes" INTEGER,
    "observedById" UUID,
    "observedAt" TIMESTAMP(3),
    "status" "AttendanceStatus" NOT NULL DEFAULT 'UNREGISTERED',
    "reason" TEXT,
    "lateMinutes" INTEGER NOT NULL DEFAULT 0,
    "statusSource" "RegistrationSource",
    "statusSetById" UUID,
    "statusSetAt" TIMESTAMP(3),
    "absenceReportId" UUID,
    "leaveRequestId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "RegistrationChange" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" UUID,
    "source" "RegistrationSource" NOT NULL,
    "idempotencyKey" TEXT,
    "fromObserved" "Observation",
    "toObserved" "Observation",
    "fromStatus" "AttendanceStatus",
    "toStatus" "AttendanceStatus",
    "fromReason" TEXT,
    "toReason" TEXT,
    "fromLateMinutes" INTEGER,
    "toLateMinutes" INTEGER,
    "note" TEXT,

    CONSTRAINT "RegistrationChange_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "AbsenceReport" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "kind" "AbsenceReportKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "startMinutes" INTEGER,
    "endDate" DATE,
    "endMinutes" INTEGER,
    "note" TEXT,
    "state" "AbsenceReportState" NOT NULL DEFAULT 'ACTIVE',
    "reportedById" UUID NOT NULL,
    "reportedVia" "RegistrationSource" NOT NULL,
    "recoveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AbsenceReport_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "LeaveRequest" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "type" "LeaveType" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "startMinutes" INTEGER,
    "endMinutes" INTEGER,
    "reason" TEXT NOT NULL,
    "state" "LeaveState" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" UUID NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaveRequest_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "LeaveAttachment" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "leaveRequestId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaveAttachment_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "Signal" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "identity" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL,
    "repeat" BOOLEAN NOT NULL DEFAULT false,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "hours" DECIMAL(8,2),
    "reachedOn" DATE NOT NULL,
    "dueBy" DATE,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "level" INTEGER,
    "count" INTEGER,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "state" "SignalState" NOT NULL DEFAULT 'NEW',
    "ownerId" UUID,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "evaluatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Signal_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "DuoReport" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "signalId" UUID,
    "previousReportId" UUID,
    "absenceKind" "DuoAbsenceKind" NOT NULL,
    "beginDate" DATE NOT NULL,
    "endDate" DATE,
    "specification" JSONB NOT NULL,
    "allLessonsMissed" BOOLEAN NOT NULL,
    "suspectedReason" TEXT,
    "actionsTaken" TEXT,
    "municipalityActionWanted" BOOLEAN,
    "municipalityActionExplanation" TEXT,
    "reporterName" TEXT NOT NULL,
    "reporterFunction" TEXT NOT NULL,
    "reporterPhone" TEXT,
    "reporterEmail" TEXT,
    "contactPhone" TEXT,
    "differentAddress" TEXT,
    "state" "DuoReportState" NOT NULL DEFAULT 'DRAFT',
    "duoStatus" "DuoStatus",
    "closingReason" TEXT,
    "endDateUpdateNeeded" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DuoReport_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "DuoReportEvent" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" UUID,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "DuoReportEvent_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "CaseEntry" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "kind" "CaseEntryKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "participants" TEXT,
    "referralTo" TEXT,
    "followUpOn" DATE,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEntry_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "pupilId" UUID,
    "reason" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "School_brin_key" ON "School"("brin");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_schoolId_userId_key" ON "Membership"("schoolId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolYear_schoolId_startDate_key" ON "SchoolYear"("schoolId", "startDate");

-- CreateIndex
CREATE INDEX "CalendarEvent_schoolId_startDate_idx" ON "CalendarEvent"("schoolId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "BellSchedule_schoolId_name_key" ON "BellSchedule"("schoolId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "BellPeriod_schoolId_bellScheduleId_number_key" ON "BellPeriod"("schoolId", "bellScheduleId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "BellScheduleUse_schoolId_schoolYearId_weekday_date_key" ON "BellScheduleUse"("schoolId", "schoolYearId", "weekday", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_schoolId_code_key" ON "Staff"("schoolId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_schoolId_userId_key" ON "Staff"("schoolId", "userId");

-- CreateIndex
CREATE INDEX "Pupil_schoolId_lastName_idx" ON "Pupil"("schoolId", "lastName");

-- CreateIndex
CREATE UNIQUE INDEX "Pupil_schoolId_studentNumber_key" ON "Pupil"("schoolId", "studentNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Pupil_schoolId_userId_key" ON "Pupil"("schoolId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Guardian_schoolId_userId_key" ON "Guardian"("schoolId", "userId");

-- CreateIndex
CREATE INDEX "PupilGuardian_schoolId_guardianId_idx" ON "PupilGuardian"("schoolId", "guardianId");

-- CreateIndex
CREATE UNIQUE INDEX "Group_schoolId_schoolYearId_name_key" ON "Group"("schoolId", "schoolYearId", "name");

-- CreateIndex
CREATE INDEX "GroupMember_schoolId_pupilId_idx" ON "GroupMember"("schoolId", "pupilId");

-- CreateIndex
CREATE INDEX "GroupMentor_schoolId_staffId_idx" ON "GroupMentor"("schoolId", "staffId");

-- CreateIndex
CREATE UNIQUE INDEX "Subject_schoolId_code_key" ON "Subject"("schoolId", "code");

-- CreateIndex
CREATE INDEX "TimetableEntry_schoolId_groupId_idx" ON "TimetableEntry"("schoolId", "groupId");

-- CreateIndex
CREATE INDEX "Lesson_schoolId_date_period_idx" ON "Lesson"("schoolId", "date", "period");

-- CreateIndex
CREATE INDEX "Lesson_schoolId_staffId_date_idx" ON "Lesson"("schoolId", "staffId", "date");

-- CreateIndex
CREATE INDEX "Lesson_schoolId_groupId_date_idx" ON "Lesson"("schoolId", "groupId", "date");

-- CreateIndex
CREATE INDEX "ScheduleAdjustment_schoolId_pupilId_idx" ON "ScheduleAdjustment"("schoolId", "pupilId");

-- CreateIndex
CREATE INDEX "ScheduleAdjustment_schoolId_timetableEntryId_idx" ON "ScheduleAdjustment"("schoolId", "timetableEntryId");

-- CreateIndex
CREATE INDEX "Registration_schoolId_pupilId_date_idx" ON "Registration"("schoolId", "pupilId", "date");

-- CreateIndex
CREATE INDEX "Registration_schoolId_date_status_idx" ON "Registration"("schoolId", "date", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_schoolId_lessonId_pupilId_key" ON "Registration"("schoolId", "lessonId", "pupilId");

-- CreateIndex
CREATE INDEX "RegistrationChange_schoolId_registrationId_changedAt_idx" ON "RegistrationChange"("schoolId", "registrationId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationChange_schoolId_idempotencyKey_key" ON "RegistrationChange"("schoolId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "AbsenceReport_schoolId_pupilId_startDate_idx" ON "AbsenceReport"("schoolId", "pupilId", "startDate");

-- CreateIndex
CREATE INDEX "AbsenceReport_schoolId_createdAt_idx" ON "AbsenceReport"("schoolId", "createdAt");

-- CreateIndex
CREATE INDEX "LeaveRequest_schoolId_pupilId_startDate_idx" ON "LeaveRequest"("schoolId", "pupilId", "startDate");

-- CreateIndex
CREATE INDEX "LeaveRequest_schoolId_state_idx" ON "LeaveRequest"("schoolId", "state");

-- CreateIndex
CREATE INDEX "LeaveAttachment_schoolId_leaveRequestId_idx" ON "LeaveAttachment"("schoolId", "leaveRequestId");

-- CreateIndex
CREATE INDEX "Signal_schoolId_state_dueBy_idx" ON "Signal"("schoolId", "state", "dueBy");

-- CreateIndex
CREATE UNIQUE INDEX "Signal_schoolId_pupilId_identity_key" ON "Signal"("schoolId", "pupilId", "identity");

-- CreateIndex
CREATE INDEX "DuoReport_schoolId_pupilId_idx" ON "DuoReport"("schoolId", "pupilId");

-- CreateIndex
CREATE INDEX "DuoReport_schoolId_state_idx" ON "DuoReport"("schoolId", "state");

-- CreateIndex
CREATE INDEX "DuoReportEvent_schoolId_reportId_at_idx" ON "DuoReportEvent"("schoolId", "reportId", "at");

-- CreateIndex
CREATE INDEX "CaseEntry_schoolId_pupilId_occurredOn_idx" ON "CaseEntry"("schoolId", "pupilId", "occurredOn");

-- CreateIndex
CREATE INDEX "AuditEntry_schoolId_at_idx" ON "AuditEntry"("schoolId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_schoolId_pupilId_at_idx" ON "AuditEntry"("schoolId", "pupilId", "at");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolYear" ADD CONSTRAINT "SchoolYear_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarEvent" ADD CONSTRAINT "CalendarEvent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarEvent" ADD CONSTRAINT "CalendarEvent_schoolId_schoolYearId_fkey" FOREIGN KEY ("schoolId", "schoolYearId") REFERENCES "SchoolYear"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BellSchedule" ADD CONSTRAINT "BellSchedule_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BellPeriod" ADD CONSTRAINT "BellPeriod_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BellPeriod" ADD CONSTRAINT "BellPeriod_schoolId_bellScheduleId_fkey" FOREIGN KEY ("schoolId", "bellScheduleId") REFERENCES "BellSchedule"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BellScheduleUse" ADD CONSTRAINT "BellScheduleUse_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BellScheduleUse" ADD CONSTRAINT "BellScheduleUse_schoolId_schoolYearId_fkey" FOREIGN KEY ("schoolId", "schoolYearId") REFERENCES "SchoolYear"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BellScheduleUse" ADD CONSTRAINT "BellScheduleUse_schoolId_bellScheduleId_fkey" FOREIGN KEY ("schoolId", "bellScheduleId") REFERENCES "BellSchedule"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Staff" ADD CONSTRAINT "Staff_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pupil" ADD CONSTRAINT "Pupil_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guardian" ADD CONSTRAINT "Guardian_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilGuardian" ADD CONSTRAINT "PupilGuardian_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilGuardian" ADD CONSTRAINT "PupilGuardian_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PupilGuardian" ADD CONSTRAINT "PupilGuardian_schoolId_guardianId_fkey" FOREIGN KEY ("schoolId", "guardianId") REFERENCES "Guardian"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_schoolId_schoolYearId_fkey" FOREIGN KEY ("schoolId", "schoolYearId") REFERENCES "SchoolYear"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_schoolId_groupId_fkey" FOREIGN KEY ("schoolId", "groupId") REFERENCES "Group"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMentor" ADD CONSTRAINT "GroupMentor_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMentor" ADD CONSTRAINT "GroupMentor_schoolId_groupId_fkey" FOREIGN KEY ("schoolId", "groupId") REFERENCES "Group"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMentor" ADD CONSTRAINT "GroupMentor_schoolId_staffId_fkey" FOREIGN KEY ("schoolId", "staffId") REFERENCES "Staff"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subject" ADD CONSTRAINT "Subject_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableEntry" ADD CONSTRAINT "TimetableEntry_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableEntry" ADD CONSTRAINT "TimetableEntry_schoolId_schoolYearId_fkey" FOREIGN KEY ("schoolId", "schoolYearId") REFERENCES "SchoolYear"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableEntry" ADD CONSTRAINT "TimetableEntry_schoolId_groupId_fkey" FOREIGN KEY ("schoolId", "groupId") REFERENCES "Group"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableEntry" ADD CONSTRAINT "TimetableEntry_schoolId_subjectId_fkey" FOREIGN KEY ("schoolId", "subjectId") REFERENCES "Subject"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableEntry" ADD CONSTRAINT "TimetableEntry_schoolId_staffId_fkey" FOREIGN KEY ("schoolId", "staffId") REFERENCES "Staff"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_schoolId_groupId_fkey" FOREIGN KEY ("schoolId", "groupId") REFERENCES "Group"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_schoolId_subjectId_fkey" FOREIGN KEY ("schoolId", "subjectId") REFERENCES "Subject"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_schoolId_staffId_fkey" FOREIGN KEY ("schoolId", "staffId") REFERENCES "Staff"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_schoolId_timetableEntryId_fkey" FOREIGN KEY ("schoolId", "timetableEntryId") REFERENCES "TimetableEntry"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleAdjustment" ADD CONSTRAINT "ScheduleAdjustment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleAdjustment" ADD CONSTRAINT "ScheduleAdjustment_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleAdjustment" ADD CONSTRAINT "ScheduleAdjustment_schoolId_timetableEntryId_fkey" FOREIGN KEY ("schoolId", "timetableEntryId") REFERENCES "TimetableEntry"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleAdjustment" ADD CONSTRAINT "ScheduleAdjustment_schoolId_lessonId_fkey" FOREIGN KEY ("schoolId", "lessonId") REFERENCES "Lesson"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_schoolId_lessonId_fkey" FOREIGN KEY ("schoolId", "lessonId") REFERENCES "Lesson"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_schoolId_absenceReportId_fkey" FOREIGN KEY ("schoolId", "absenceReportId") REFERENCES "AbsenceReport"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_schoolId_leaveRequestId_fkey" FOREIGN KEY ("schoolId", "leaveRequestId") REFERENCES "LeaveRequest"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationChange" ADD CONSTRAINT "RegistrationChange_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationChange" ADD CONSTRAINT "RegistrationChange_schoolId_registrationId_fkey" FOREIGN KEY ("schoolId", "registrationId") REFERENCES "Registration"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceReport" ADD CONSTRAINT "AbsenceReport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbsenceReport" ADD CONSTRAINT "AbsenceReport_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveAttachment" ADD CONSTRAINT "LeaveAttachment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveAttachment" ADD CONSTRAINT "LeaveAttachment_schoolId_leaveRequestId_fkey" FOREIGN KEY ("schoolId", "leaveRequestId") REFERENCES "LeaveRequest"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuoReport" ADD CONSTRAINT "DuoReport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuoReport" ADD CONSTRAINT "DuoReport_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuoReport" ADD CONSTRAINT "DuoReport_schoolId_signalId_fkey" FOREIGN KEY ("schoolId", "signalId") REFERENCES "Signal"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuoReportEvent" ADD CONSTRAINT "DuoReportEvent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuoReportEvent" ADD CONSTRAINT "DuoReportEvent_schoolId_reportId_fkey" FOREIGN KEY ("schoolId", "reportId") REFERENCES "DuoReport"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntry" ADD CONSTRAINT "CaseEntry_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEntry" ADD CONSTRAINT "CaseEntry_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
