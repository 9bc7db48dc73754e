-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "provinceId" TEXT;

-- AlterTable
ALTER TABLE "CriteriaSet" ADD COLUMN     "provinceId" TEXT;

-- AlterTable
ALTER TABLE "Period" ADD COLUMN     "provinceId" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "provinceId" TEXT;

-- AlterTable
ALTER TABLE "UnitGroup" ADD COLUMN     "provinceId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "provinceId" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_provinceId_at_idx" ON "AuditLog"("provinceId", "at");

-- CreateIndex
CREATE INDEX "CriteriaSet_provinceId_idx" ON "CriteriaSet"("provinceId");

-- CreateIndex
CREATE INDEX "Period_provinceId_idx" ON "Period"("provinceId");

-- CreateIndex
CREATE INDEX "Unit_provinceId_idx" ON "Unit"("provinceId");

-- CreateIndex
CREATE INDEX "UnitGroup_provinceId_idx" ON "UnitGroup"("provinceId");

-- CreateIndex
CREATE INDEX "User_provinceId_idx" ON "User"("provinceId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitGroup" ADD CONSTRAINT "UnitGroup_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaSet" ADD CONSTRAINT "CriteriaSet_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Period" ADD CONSTRAINT "Period_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Provinces as tenants. A unit belongs to the province at the root of its tree: the trigger below
-- sets "provinceId" from the parent on every insert and every change of parent (a province is its
-- own), whoever writes — the API, the CLI's imports, the seeds' COPY (parents are written before
-- their children). A body's semicolons are written \073 (see the change_notifications migration).
CREATE FUNCTION "chiso_unit_province"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."parentId" IS NULL THEN
    NEW."provinceId" := NEW."id"\073
  ELSE
    SELECT p."provinceId" INTO NEW."provinceId" FROM "Unit" p WHERE p."id" = NEW."parentId"\073
  END IF\073
  RETURN NEW\073
END
';

CREATE TRIGGER "Unit_province" BEFORE INSERT OR UPDATE OF "parentId" ON "Unit"
  FOR EACH ROW EXECUTE FUNCTION "chiso_unit_province"();

-- Existing units: the root of each one's tree.
WITH RECURSIVE tree AS (
  SELECT "id", "id" AS province FROM "Unit" WHERE "parentId" IS NULL
  UNION ALL
  SELECT u."id", t.province FROM "Unit" u JOIN tree t ON u."parentId" = t."id"
)
UPDATE "Unit" SET "provinceId" = tree.province FROM tree WHERE "Unit"."id" = tree."id";

-- Everything else of an install with one province (every install before this change) is that
-- province's: its groups, periods, the provincial supplements among its sets (the ministry's sets
-- stay national) and its people — but its admins, who could change everything until now, stay
-- national so that nothing they did is refused. With several provinces nothing is guessed.
UPDATE "UnitGroup" SET "provinceId" = (SELECT min("provinceId") FROM "Unit")
  WHERE (SELECT count(DISTINCT "provinceId") FROM "Unit") = 1;
UPDATE "Period" SET "provinceId" = (SELECT min("provinceId") FROM "Unit")
  WHERE (SELECT count(DISTINCT "provinceId") FROM "Unit") = 1;
UPDATE "CriteriaSet" SET "provinceId" = (SELECT min("provinceId") FROM "Unit")
  WHERE "supplements" IS NOT NULL AND (SELECT count(DISTINCT "provinceId") FROM "Unit") = 1;
UPDATE "User" SET "provinceId" = (SELECT min("provinceId") FROM "Unit")
  WHERE "role" <> 'ADMIN' AND (SELECT count(DISTINCT "provinceId") FROM "Unit") = 1;

-- The audit trail: each person's rows are their province's.
UPDATE "AuditLog" a SET "provinceId" = u."provinceId" FROM "User" u
  WHERE a."actorKind" = 'user' AND a."actorId" = u."id";
