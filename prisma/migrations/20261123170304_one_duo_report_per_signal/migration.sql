-- CreateIndex
CREATE UNIQUE INDEX "DuoReport_schoolId_signalId_key" ON "DuoReport"("schoolId", "signalId");
