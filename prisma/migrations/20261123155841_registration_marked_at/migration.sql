-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "lastMarkedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "RegistrationChange" ADD COLUMN     "markedAt" TIMESTAMP(3);
