-- AlterTable
ALTER TABLE "SavedComparison" ADD COLUMN     "provinceId" TEXT;

-- CreateIndex
CREATE INDEX "SavedComparison_provinceId_idx" ON "SavedComparison"("provinceId");

-- Comparisons saved before: their saver's province, as a new one gets it.
UPDATE "SavedComparison" AS s SET "provinceId" = u."provinceId" FROM "User" AS u WHERE u.id = s."ownerId";
