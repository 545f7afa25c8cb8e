-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('ABSENCE_LETTER', 'LATE_WARNING', 'DUO_NOTIFICATION');

-- CreateTable
CREATE TABLE "LetterTemplate" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "name" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "LetterTemplate_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "Letter" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "pupilId" UUID NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "signalId" UUID,
    "duoReportId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "RegistrationReminder" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "lessonId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "sentById" UUID NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailedTo" TEXT,
    "seenAt" TIMESTAMP(3),

    CONSTRAINT "RegistrationReminder_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LetterTemplate_schoolId_kind_key" ON "LetterTemplate"("schoolId", "kind");

-- CreateIndex
CREATE INDEX "Letter_schoolId_pupilId_createdAt_idx" ON "Letter"("schoolId", "pupilId", "createdAt");

-- CreateIndex
CREATE INDEX "RegistrationReminder_schoolId_staffId_sentAt_idx" ON "RegistrationReminder"("schoolId", "staffId", "sentAt");

-- CreateIndex
CREATE INDEX "RegistrationReminder_schoolId_lessonId_idx" ON "RegistrationReminder"("schoolId", "lessonId");

-- AddForeignKey
ALTER TABLE "LetterTemplate" ADD CONSTRAINT "LetterTemplate_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_schoolId_pupilId_fkey" FOREIGN KEY ("schoolId", "pupilId") REFERENCES "Pupil"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationReminder" ADD CONSTRAINT "RegistrationReminder_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationReminder" ADD CONSTRAINT "RegistrationReminder_schoolId_lessonId_fkey" FOREIGN KEY ("schoolId", "lessonId") REFERENCES "Lesson"("schoolId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
