-- CreateTable
CREATE TABLE "Staff" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "telegramId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "idNumber" TEXT,
    "phone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UsageSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "activeCustomerId" INTEGER,
    "station" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "amountKes" INTEGER,
    "tariffId" INTEGER,
    "startedById" INTEGER NOT NULL,
    "endedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UsageSession_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Payment" (
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
    "recordedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Payment_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "UsageSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Payment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StkRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "paymentId" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'SENDING',
    "merchantRequestId" TEXT,
    "checkoutRequestId" TEXT,
    "phone" TEXT NOT NULL,
    "amountKes" INTEGER NOT NULL,
    "accountReference" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "resultCode" TEXT,
    "resultDesc" TEXT,
    "receipt" TEXT,
    "paidPhone" TEXT,
    "paidAmountKes" INTEGER,
    "transactionAt" DATETIME,
    "amountMismatch" BOOLEAN NOT NULL DEFAULT false,
    "requestedById" INTEGER NOT NULL,
    "chatId" BIGINT,
    "messageId" INTEGER,
    "queryAttempts" INTEGER NOT NULL DEFAULT 0,
    "nextQueryAt" DATETIME,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StkRequest_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StkRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MpesaCallback" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" TEXT NOT NULL,
    "sourceIp" TEXT,
    "checkoutRequestId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "error" TEXT,
    "appliedAt" DATETIME
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dedupeKey" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" DATETIME,
    "claimedBy" TEXT,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Tariff" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratePerHourKes" INTEGER NOT NULL,
    "minimumChargeKes" INTEGER NOT NULL,
    "rounding" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Tariff_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConversationState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Staff_telegramId_key" ON "Staff"("telegramId");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_idNumber_key" ON "Customer"("idNumber");

-- CreateIndex
CREATE INDEX "Customer_phone_idx" ON "Customer"("phone");

-- CreateIndex
CREATE INDEX "Customer_lastName_firstName_idx" ON "Customer"("lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "UsageSession_activeCustomerId_key" ON "UsageSession"("activeCustomerId");

-- CreateIndex
CREATE INDEX "UsageSession_endedAt_idx" ON "UsageSession"("endedAt");

-- CreateIndex
CREATE INDEX "UsageSession_customerId_startedAt_idx" ON "UsageSession"("customerId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_sessionId_key" ON "Payment"("sessionId");

-- CreateIndex
CREATE INDEX "Payment_state_createdAt_idx" ON "Payment"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_date_idx" ON "Payment"("date");

-- CreateIndex
CREATE INDEX "Payment_customerId_createdAt_idx" ON "Payment"("customerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StkRequest_merchantRequestId_key" ON "StkRequest"("merchantRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "StkRequest_checkoutRequestId_key" ON "StkRequest"("checkoutRequestId");

-- CreateIndex
CREATE INDEX "StkRequest_state_nextQueryAt_idx" ON "StkRequest"("state", "nextQueryAt");

-- CreateIndex
CREATE INDEX "StkRequest_state_createdAt_idx" ON "StkRequest"("state", "createdAt");

-- CreateIndex
CREATE INDEX "StkRequest_paymentId_idx" ON "StkRequest"("paymentId");

-- CreateIndex
CREATE INDEX "MpesaCallback_checkoutRequestId_idx" ON "MpesaCallback"("checkoutRequestId");

-- CreateIndex
CREATE INDEX "MpesaCallback_status_receivedAt_idx" ON "MpesaCallback"("status", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Tariff_createdAt_idx" ON "Tariff"("createdAt");
