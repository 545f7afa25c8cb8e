-- AlterTable
ALTER TABLE "School" ADD COLUMN     "retentionYears" INTEGER NOT NULL DEFAULT 5;
