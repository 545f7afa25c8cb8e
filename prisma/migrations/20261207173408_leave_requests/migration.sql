-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LetterKind" ADD VALUE 'LEAVE_DECISION';
ALTER TYPE "LetterKind" ADD VALUE 'LEAVE_REFERRAL';

-- AlterTable
ALTER TABLE "LeaveRequest" ADD COLUMN     "decisionLetterId" UUID,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "officerDecidedOn" DATE,
ADD COLUMN     "officerName" TEXT,
ADD COLUMN     "referralLetterId" UUID,
ADD COLUMN     "referredAt" TIMESTAMP(3),
ADD COLUMN     "schoolAdvice" TEXT,
ADD COLUMN     "schoolDays" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "coordinatorDecidesLeave" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "leaveNoticeWeeks" INTEGER NOT NULL DEFAULT 8;

-- CreateIndex
CREATE UNIQUE INDEX "LeaveRequest_schoolId_idempotencyKey_key" ON "LeaveRequest"("schoolId", "idempotencyKey");
