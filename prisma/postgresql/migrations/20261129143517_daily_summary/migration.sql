-- CreateTable
CREATE TABLE "DailySummary" (
    "date" TEXT NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DailySummary_pkey" PRIMARY KEY ("date")
);
