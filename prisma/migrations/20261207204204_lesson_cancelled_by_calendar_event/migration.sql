-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "cancelledByEventId" UUID;
