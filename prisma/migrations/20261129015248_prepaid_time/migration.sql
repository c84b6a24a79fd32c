-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "amountKes" INTEGER NOT NULL,
    "balanceKes" INTEGER NOT NULL DEFAULT 0,
    "date" TEXT NOT NULL,
    "method" TEXT,
    "state" TEXT NOT NULL DEFAULT 'NOT_REQUESTED',
    "receipt" TEXT,
    "phone" TEXT,
    "paidAt" DATETIME,
    "currentStkRequestId" INTEGER,
    "sessionId" INTEGER,
    "prepaidSessionId" INTEGER,
    "idempotencyKey" TEXT,
    "recordedById" INTEGER NOT NULL,
    "settledById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Payment_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "UsageSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Payment_prepaidSessionId_fkey" FOREIGN KEY ("prepaidSessionId") REFERENCES "UsageSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Payment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("amountKes", "balanceKes", "createdAt", "currentStkRequestId", "customerId", "date", "id", "idempotencyKey", "method", "paidAt", "phone", "receipt", "recordedById", "sessionId", "settledById", "state", "updatedAt") SELECT "amountKes", "balanceKes", "createdAt", "currentStkRequestId", "customerId", "date", "id", "idempotencyKey", "method", "paidAt", "phone", "receipt", "recordedById", "sessionId", "settledById", "state", "updatedAt" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE UNIQUE INDEX "Payment_sessionId_key" ON "Payment"("sessionId");
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");
CREATE INDEX "Payment_state_createdAt_idx" ON "Payment"("state", "createdAt");
CREATE INDEX "Payment_date_idx" ON "Payment"("date");
CREATE INDEX "Payment_customerId_createdAt_idx" ON "Payment"("customerId", "createdAt");
CREATE INDEX "Payment_prepaidSessionId_idx" ON "Payment"("prepaidSessionId");
CREATE TABLE "new_UsageSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "activeCustomerId" INTEGER,
    "computerId" INTEGER,
    "activeComputerId" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "amountKes" INTEGER,
    "tariffId" INTEGER,
    "prepaidSeconds" INTEGER NOT NULL DEFAULT 0,
    "prepaidKes" INTEGER NOT NULL DEFAULT 0,
    "prepaidUntil" DATETIME,
    "idempotencyKey" TEXT,
    "startedById" INTEGER NOT NULL,
    "endedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UsageSession_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_computerId_fkey" FOREIGN KEY ("computerId") REFERENCES "Computer" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_UsageSession" ("activeComputerId", "activeCustomerId", "amountKes", "computerId", "createdAt", "customerId", "endedAt", "endedById", "id", "idempotencyKey", "startedAt", "startedById", "tariffId", "updatedAt") SELECT "activeComputerId", "activeCustomerId", "amountKes", "computerId", "createdAt", "customerId", "endedAt", "endedById", "id", "idempotencyKey", "startedAt", "startedById", "tariffId", "updatedAt" FROM "UsageSession";
DROP TABLE "UsageSession";
ALTER TABLE "new_UsageSession" RENAME TO "UsageSession";
CREATE UNIQUE INDEX "UsageSession_activeCustomerId_key" ON "UsageSession"("activeCustomerId");
CREATE UNIQUE INDEX "UsageSession_activeComputerId_key" ON "UsageSession"("activeComputerId");
CREATE UNIQUE INDEX "UsageSession_idempotencyKey_key" ON "UsageSession"("idempotencyKey");
CREATE INDEX "UsageSession_endedAt_idx" ON "UsageSession"("endedAt");
CREATE INDEX "UsageSession_prepaidUntil_idx" ON "UsageSession"("prepaidUntil");
CREATE INDEX "UsageSession_customerId_startedAt_idx" ON "UsageSession"("customerId", "startedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
