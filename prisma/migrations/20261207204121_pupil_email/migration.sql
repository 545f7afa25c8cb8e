-- AlterTable
ALTER TABLE "Pupil" ADD COLUMN     "email" TEXT;
