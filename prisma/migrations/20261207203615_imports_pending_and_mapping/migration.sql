-- CreateTable
CREATE TABLE "PendingImport" (
    "schoolId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "PendingImport_pkey" PRIMARY KEY ("schoolId","id")
);

-- CreateTable
CREATE TABLE "ImportMapping" (
    "schoolId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("schoolId","kind")
);

-- CreateIndex
CREATE INDEX "PendingImport_schoolId_expiresAt_idx" ON "PendingImport"("schoolId", "expiresAt");

-- AddForeignKey
ALTER TABLE "PendingImport" ADD CONSTRAINT "PendingImport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportMapping" ADD CONSTRAINT "ImportMapping_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (decision 115).
SELECT aanwezig_protect_tenant_table('PendingImport');
SELECT aanwezig_protect_tenant_table('ImportMapping');
