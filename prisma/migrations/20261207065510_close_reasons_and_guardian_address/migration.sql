-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEntryKind" ADD VALUE 'SIGNAL_CLOSED';
ALTER TYPE "CaseEntryKind" ADD VALUE 'SIGNAL_REOPENED';

-- AlterTable
ALTER TABLE "CaseEntry" ADD COLUMN     "signalId" UUID;

-- AlterTable
ALTER TABLE "Guardian" ADD COLUMN     "city" TEXT,
ADD COLUMN     "postalCode" TEXT,
ADD COLUMN     "street" TEXT;

-- AlterTable
ALTER TABLE "Signal" ADD COLUMN     "closeNote" TEXT,
ADD COLUMN     "closeReason" TEXT,
ADD COLUMN     "stateBeforeClose" "SignalState";
