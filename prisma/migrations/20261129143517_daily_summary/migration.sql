-- CreateTable
CREATE TABLE "DailySummary" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "queuedAt" DATETIME NOT NULL
);
