-- AlterTable
ALTER TABLE "StkRequest" ADD COLUMN "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "UsageSession" ADD COLUMN "idempotencyKey" TEXT;

-- CreateTable
CREATE TABLE "Invite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Customer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "idNumber" TEXT,
    "phone" TEXT,
    "searchKey" TEXT NOT NULL DEFAULT '',
    "idempotencyKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Customer" ("createdAt", "firstName", "id", "idNumber", "lastName", "phone", "updatedAt") SELECT "createdAt", "firstName", "id", "idNumber", "lastName", "phone", "updatedAt" FROM "Customer";
DROP TABLE "Customer";
ALTER TABLE "new_Customer" RENAME TO "Customer";
CREATE UNIQUE INDEX "Customer_idNumber_key" ON "Customer"("idNumber");
CREATE UNIQUE INDEX "Customer_idempotencyKey_key" ON "Customer"("idempotencyKey");
CREATE INDEX "Customer_phone_idx" ON "Customer"("phone");
CREATE INDEX "Customer_lastName_firstName_idx" ON "Customer"("lastName", "firstName");
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
    "sessionId" INTEGER,
    "idempotencyKey" TEXT,
    "recordedById" INTEGER NOT NULL,
    "settledById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Payment_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "UsageSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Payment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("amountKes", "balanceKes", "createdAt", "customerId", "date", "id", "method", "paidAt", "phone", "receipt", "recordedById", "sessionId", "state", "updatedAt") SELECT "amountKes", "balanceKes", "createdAt", "customerId", "date", "id", "method", "paidAt", "phone", "receipt", "recordedById", "sessionId", "state", "updatedAt" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE UNIQUE INDEX "Payment_sessionId_key" ON "Payment"("sessionId");
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");
CREATE INDEX "Payment_state_createdAt_idx" ON "Payment"("state", "createdAt");
CREATE INDEX "Payment_date_idx" ON "Payment"("date");
CREATE INDEX "Payment_customerId_createdAt_idx" ON "Payment"("customerId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Invite_code_key" ON "Invite"("code");

-- CreateIndex
CREATE UNIQUE INDEX "StkRequest_idempotencyKey_key" ON "StkRequest"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "UsageSession_idempotencyKey_key" ON "UsageSession"("idempotencyKey");
