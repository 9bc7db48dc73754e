-- Provinces as tenants: a period's, group's or set's code names one row within its province (and
-- among the national rows, provinceId NULL), no longer across the deployment, so two provinces may
-- both have a period "2023". NULLS NOT DISTINCT (PostgreSQL 15) by hand: Prisma's schema cannot say
-- it, and without it two national rows could share a code. The unique index leads with provinceId,
-- so it serves the province filters the dropped indexes did.

-- DropIndex
DROP INDEX "CriteriaSet_code_key";
DROP INDEX "CriteriaSet_provinceId_idx";
DROP INDEX "Period_code_key";
DROP INDEX "Period_provinceId_idx";
DROP INDEX "UnitGroup_code_key";
DROP INDEX "UnitGroup_provinceId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaSet_provinceId_code_key" ON "CriteriaSet"("provinceId", "code") NULLS NOT DISTINCT;
CREATE UNIQUE INDEX "Period_provinceId_code_key" ON "Period"("provinceId", "code") NULLS NOT DISTINCT;
CREATE UNIQUE INDEX "UnitGroup_provinceId_code_key" ON "UnitGroup"("provinceId", "code") NULLS NOT DISTINCT;
