-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateTable
CREATE TABLE "ImprovementPlan" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "targetPeriodId" TEXT NOT NULL,
    "basePeriodId" TEXT,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT,
    "returnReason" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImprovementPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTarget" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "nodeCode" TEXT NOT NULL,
    "basePoints" INTEGER NOT NULL,
    "targetPoints" INTEGER NOT NULL,
    "targetValue" DECIMAL(14,4),
    "owner" TEXT NOT NULL,
    "dueOn" DATE,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImprovementPlan_targetPeriodId_idx" ON "ImprovementPlan"("targetPeriodId");

-- CreateIndex
CREATE UNIQUE INDEX "ImprovementPlan_unitId_targetPeriodId_key" ON "ImprovementPlan"("unitId", "targetPeriodId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTarget_planId_setId_nodeCode_key" ON "PlanTarget"("planId", "setId", "nodeCode");

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_targetPeriodId_fkey" FOREIGN KEY ("targetPeriodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_basePeriodId_fkey" FOREIGN KEY ("basePeriodId") REFERENCES "Period"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTarget" ADD CONSTRAINT "PlanTarget_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTarget" ADD CONSTRAINT "PlanTarget_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
