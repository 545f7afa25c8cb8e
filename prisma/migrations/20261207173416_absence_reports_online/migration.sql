-- CreateEnum
CREATE TYPE "AppointmentType" AS ENUM ('GP', 'DENTIST', 'ORTHODONTIST', 'HOSPITAL', 'OTHER');

-- AlterTable
ALTER TABLE "AbsenceReport" ADD COLUMN     "appointmentEndMinutes" INTEGER,
ADD COLUMN     "appointmentStartMinutes" INTEGER,
ADD COLUMN     "appointmentType" "AppointmentType",
ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "appointmentTravelMinutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "reportDaysAhead" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "reportKinds" "AbsenceReportKind"[] DEFAULT ARRAY['SICK', 'MEDICAL']::"AbsenceReportKind"[],
ADD COLUMN     "reportTodayUntilMinutes" INTEGER NOT NULL DEFAULT 720;

-- CreateIndex
CREATE UNIQUE INDEX "AbsenceReport_schoolId_idempotencyKey_key" ON "AbsenceReport"("schoolId", "idempotencyKey");
