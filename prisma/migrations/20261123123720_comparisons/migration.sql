-- CreateTable
CREATE TABLE "SavedComparison" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "ownerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedComparison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersistedOperation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersistedOperation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedComparison_ownerId_idx" ON "SavedComparison"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "PersistedOperation_name_key" ON "PersistedOperation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PersistedOperation_sha256_key" ON "PersistedOperation"("sha256");
