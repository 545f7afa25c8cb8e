-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PUPIL';

-- AlterTable
ALTER TABLE "Pupil" ADD COLUMN     "guardiansMayViewChosenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "pupilsSeeOwnRegistrations" BOOLEAN NOT NULL DEFAULT false;
