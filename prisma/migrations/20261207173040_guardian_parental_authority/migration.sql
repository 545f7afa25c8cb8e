-- AlterTable
ALTER TABLE "PupilGuardian" ADD COLUMN     "parentalAuthority" BOOLEAN NOT NULL DEFAULT true;
