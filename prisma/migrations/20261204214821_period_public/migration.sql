-- AlterTable
ALTER TABLE "Period" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "madePublicAt" TIMESTAMP(3);
