-- Per-pupil schedule changes (decision 154): why (category), and filters beyond one timetable entry.

-- CreateEnum
CREATE TYPE "AdjustmentCategory" AS ENUM ('REDUCED_SCHEDULE', 'EXEMPTION', 'INTERNSHIP', 'ADDITION');

-- AlterTable: existing rows get the category their kind implies.
ALTER TABLE "ScheduleAdjustment" ADD COLUMN     "category" "AdjustmentCategory",
ADD COLUMN     "periods" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "subjectId" UUID,
ADD COLUMN     "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
UPDATE "ScheduleAdjustment" SET "category" = CASE WHEN "kind" = 'ADDITION' THEN 'ADDITION'::"AdjustmentCategory" ELSE 'EXEMPTION'::"AdjustmentCategory" END;
ALTER TABLE "ScheduleAdjustment" ALTER COLUMN "category" SET NOT NULL;

-- What the model cannot say (Prisma ignores CHECK constraints): an addition names a lesson or a timetable
-- entry (else it would add every lesson of the school), only additions are "extra", and the filter lists
-- are never NULL (an empty list means "any"), so the one SQL predicate need not guard them.
ALTER TABLE "ScheduleAdjustment" ADD CONSTRAINT "ScheduleAdjustment_addition_target_check"
  CHECK ("kind" = 'EXEMPTION' OR "lessonId" IS NOT NULL OR "timetableEntryId" IS NOT NULL);
ALTER TABLE "ScheduleAdjustment" ADD CONSTRAINT "ScheduleAdjustment_category_check"
  CHECK (("kind" = 'ADDITION') = ("category" = 'ADDITION'));
ALTER TABLE "ScheduleAdjustment" ADD CONSTRAINT "ScheduleAdjustment_filters_check"
  CHECK ("weekdays" IS NOT NULL AND "periods" IS NOT NULL AND "weekdays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]
    AND ("validUntil" IS NULL OR "validUntil" >= "validFrom"));

-- AddForeignKey
ALTER TABLE "ScheduleAdjustment" ADD CONSTRAINT "ScheduleAdjustment_schoolId_subjectId_fkey" FOREIGN KEY ("schoolId", "subjectId") REFERENCES "Subject"("schoolId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
