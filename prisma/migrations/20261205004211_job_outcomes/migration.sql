-- CreateTable
CREATE TABLE "JobOutcome" (
    "jobId" UUID NOT NULL,
    "queue" TEXT NOT NULL,
    "outcome" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobOutcome_pkey" PRIMARY KEY ("jobId")
);
