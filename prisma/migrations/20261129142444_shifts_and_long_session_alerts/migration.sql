-- AlterTable
ALTER TABLE "UsageSession" ADD COLUMN "longAlertAt" DATETIME;

-- CreateTable
CREATE TABLE "Shift" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "staffId" INTEGER NOT NULL,
    "openStaffId" INTEGER,
    "floatKes" INTEGER NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "countedKes" INTEGER,
    "cashKes" INTEGER,
    "mpesaKes" INTEGER,
    "refundedKes" INTEGER,
    "idempotencyKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Shift_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Shift_openStaffId_key" ON "Shift"("openStaffId");

-- CreateIndex
CREATE UNIQUE INDEX "Shift_idempotencyKey_key" ON "Shift"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Shift_staffId_openedAt_idx" ON "Shift"("staffId", "openedAt");

-- CreateIndex
CREATE INDEX "Shift_openedAt_idx" ON "Shift"("openedAt");
