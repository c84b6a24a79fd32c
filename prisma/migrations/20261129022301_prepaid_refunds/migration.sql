-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "voidedAt" DATETIME,
    "voidedById" INTEGER,
    "voidReason" TEXT,
    "refundedAt" DATETIME,
    "refundedById" INTEGER,
    "refundKes" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UsageSession_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_computerId_fkey" FOREIGN KEY ("computerId") REFERENCES "Computer" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_refundedById_fkey" FOREIGN KEY ("refundedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_UsageSession" ("activeComputerId", "activeCustomerId", "amountKes", "computerId", "createdAt", "customerId", "endedAt", "endedById", "id", "idempotencyKey", "prepaidKes", "prepaidSeconds", "prepaidUntil", "startedAt", "startedById", "tariffId", "updatedAt", "voidReason", "voidedAt", "voidedById") SELECT "activeComputerId", "activeCustomerId", "amountKes", "computerId", "createdAt", "customerId", "endedAt", "endedById", "id", "idempotencyKey", "prepaidKes", "prepaidSeconds", "prepaidUntil", "startedAt", "startedById", "tariffId", "updatedAt", "voidReason", "voidedAt", "voidedById" FROM "UsageSession";
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
