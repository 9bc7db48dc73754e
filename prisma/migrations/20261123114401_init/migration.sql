-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'REVIEWER', 'UNIT_OFFICER', 'ANALYST');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PROVINCE', 'PROVINCIAL_AGENCY', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "LineageKind" AS ENUM ('CREATED', 'RENAMED', 'MERGED', 'SPLIT', 'ABOLISHED');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "NodeKind" AS ENUM ('CATEGORY', 'GROUP', 'CRITERION', 'INDICATOR');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('HALF_YEAR', 'YEAR');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitGroup" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UnitGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "type" TEXT NOT NULL,
    "parentId" TEXT,
    "groupId" TEXT,
    "validFrom" DATE NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitLineageEvent" (
    "id" TEXT NOT NULL,
    "kind" "LineageKind" NOT NULL,
    "date" DATE NOT NULL,
    "document" TEXT,
    "oldName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitLineageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitLineageLink" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "fromUnitId" TEXT,
    "toUnitId" TEXT,
    "partial" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "UnitLineageLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriteriaSet" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unitLevel" TEXT NOT NULL,
    "supplements" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CriteriaSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriteriaVersion" (
    "id" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "document" JSONB NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "criteriaCount" INTEGER NOT NULL,
    "basedOnId" TEXT,
    "codeMapping" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriteriaVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriteriaNode" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "NodeKind" NOT NULL,
    "path" TEXT NOT NULL,
    "parentCode" TEXT,
    "position" INTEGER NOT NULL,
    "number" INTEGER,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "ruleKind" TEXT,

    CONSTRAINT "CriteriaNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Period" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PeriodKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "submissionDue" DATE,
    "reviewDue" DATE,
    "status" "PeriodStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodAssignment" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "unitGroupId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,

    CONSTRAINT "PeriodAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "unitGroupId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "selfPoints" INTEGER,
    "reviewedPoints" INTEGER,
    "returnReason" TEXT,
    "reopenReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentEntry" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "nodeCode" TEXT NOT NULL,
    "input" JSONB,
    "selfPoints" INTEGER,
    "reviewedPoints" INTEGER,
    "explanation" TEXT,
    "reviewerComment" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "nodeCode" TEXT,
    "documentNumber" TEXT,
    "title" TEXT NOT NULL,
    "issuedOn" DATE,
    "url" TEXT,
    "storageKey" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentResult" (
    "assessmentId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "index" DECIMAL(6,4) NOT NULL,
    "band" TEXT,
    "rank" INTEGER,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentResult_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateTable
CREATE TABLE "ResultNode" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "nodeCode" TEXT NOT NULL,
    "kind" "NodeKind" NOT NULL,
    "points" INTEGER NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "level" INTEGER,
    "notRankedReason" JSONB,
    "rank" INTEGER,

    CONSTRAINT "ResultNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorKind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "UnitGroup_code_key" ON "UnitGroup"("code");

-- CreateIndex
CREATE INDEX "Unit_code_idx" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_groupId_idx" ON "Unit"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_validFrom_key" ON "Unit"("code", "validFrom");

-- CreateIndex
CREATE INDEX "UnitLineageEvent_date_idx" ON "UnitLineageEvent"("date");

-- CreateIndex
CREATE INDEX "UnitLineageLink_eventId_idx" ON "UnitLineageLink"("eventId");

-- CreateIndex
CREATE INDEX "UnitLineageLink_fromUnitId_idx" ON "UnitLineageLink"("fromUnitId");

-- CreateIndex
CREATE INDEX "UnitLineageLink_toUnitId_idx" ON "UnitLineageLink"("toUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaSet_code_key" ON "CriteriaSet"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaVersion_setId_version_key" ON "CriteriaVersion"("setId", "version");

-- CreateIndex
CREATE INDEX "CriteriaNode_versionId_kind_idx" ON "CriteriaNode"("versionId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaNode_versionId_code_key" ON "CriteriaNode"("versionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Period_code_key" ON "Period"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodAssignment_periodId_unitGroupId_versionId_key" ON "PeriodAssignment"("periodId", "unitGroupId", "versionId");

-- CreateIndex
CREATE INDEX "Assessment_periodId_unitGroupId_idx" ON "Assessment"("periodId", "unitGroupId");

-- CreateIndex
CREATE INDEX "Assessment_unitId_idx" ON "Assessment"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_periodId_unitId_versionId_key" ON "Assessment"("periodId", "unitId", "versionId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentEntry_assessmentId_nodeCode_key" ON "AssessmentEntry"("assessmentId", "nodeCode");

-- CreateIndex
CREATE INDEX "Evidence_assessmentId_nodeCode_idx" ON "Evidence"("assessmentId", "nodeCode");

-- CreateIndex
CREATE INDEX "ResultNode_nodeCode_idx" ON "ResultNode"("nodeCode");

-- CreateIndex
CREATE UNIQUE INDEX "ResultNode_assessmentId_nodeCode_key" ON "ResultNode"("assessmentId", "nodeCode");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "UnitGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineageLink" ADD CONSTRAINT "UnitLineageLink_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "UnitLineageEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineageLink" ADD CONSTRAINT "UnitLineageLink_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineageLink" ADD CONSTRAINT "UnitLineageLink_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaVersion" ADD CONSTRAINT "CriteriaVersion_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaVersion" ADD CONSTRAINT "CriteriaVersion_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "CriteriaVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaNode" ADD CONSTRAINT "CriteriaNode_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CriteriaVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodAssignment" ADD CONSTRAINT "PeriodAssignment_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodAssignment" ADD CONSTRAINT "PeriodAssignment_unitGroupId_fkey" FOREIGN KEY ("unitGroupId") REFERENCES "UnitGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodAssignment" ADD CONSTRAINT "PeriodAssignment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CriteriaVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CriteriaVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_unitGroupId_fkey" FOREIGN KEY ("unitGroupId") REFERENCES "UnitGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentEntry" ADD CONSTRAINT "AssessmentEntry_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentResult" ADD CONSTRAINT "AssessmentResult_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultNode" ADD CONSTRAINT "ResultNode_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
