-- AlterTable
ALTER TABLE "CriteriaSet" ADD COLUMN     "effortsRevision" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "CriterionEffort" (
    "setId" TEXT NOT NULL,
    "nodeCode" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,

    CONSTRAINT "CriterionEffort_pkey" PRIMARY KEY ("setId","nodeCode")
);

-- AddForeignKey
ALTER TABLE "CriterionEffort" ADD CONSTRAINT "CriterionEffort_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionEffort" ADD CONSTRAINT "CriterionEffort_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
