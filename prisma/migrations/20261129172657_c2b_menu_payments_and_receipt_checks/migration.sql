-- AlterTable
ALTER TABLE "SimulatedPush" ADD COLUMN "receipt" TEXT;

-- CreateTable
CREATE TABLE "MpesaNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    "sourceIp" TEXT,
    "key" TEXT,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "error" TEXT,
    "appliedAt" DATETIME
);

-- CreateTable
CREATE TABLE "MenuPayment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "receipt" TEXT NOT NULL,
    "amountKes" INTEGER NOT NULL,
    "transactionType" TEXT NOT NULL,
    "shortCode" TEXT NOT NULL,
    "accountNumber" TEXT,
    "payerPhone" TEXT,
    "payerName" TEXT,
    "paidAt" DATETIME NOT NULL,
    "simulated" BOOLEAN NOT NULL DEFAULT false,
    "paymentId" INTEGER,
    "placement" TEXT,
    "placedById" INTEGER,
    "placedAt" DATETIME,
    "unplacedReason" TEXT,
    "setAsideAt" DATETIME,
    "setAsideById" INTEGER,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MenuPayment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MenuPayment_placedById_fkey" FOREIGN KEY ("placedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MenuPayment_setAsideById_fkey" FOREIGN KEY ("setAsideById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReceiptCheck" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "receipt" TEXT NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "requestedById" INTEGER NOT NULL,
    "chatId" BIGINT,
    "messageId" INTEGER,
    "conversationId" TEXT,
    "originatorConversationId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "resultCode" TEXT,
    "resultDesc" TEXT,
    "createdAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    CONSTRAINT "ReceiptCheck_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceiptCheck_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SimulatedMenuPayment" (
    "receipt" TEXT NOT NULL PRIMARY KEY,
    "shortCode" TEXT NOT NULL,
    "commandId" TEXT NOT NULL,
    "amountKes" INTEGER NOT NULL,
    "msisdn" TEXT NOT NULL,
    "billRefNumber" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SimulatedC2bRegistration" (
    "shortCode" TEXT NOT NULL PRIMARY KEY,
    "responseType" TEXT NOT NULL,
    "confirmationUrl" TEXT NOT NULL,
    "validationUrl" TEXT NOT NULL,
    "registeredAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "MpesaNotice_status_id_idx" ON "MpesaNotice"("status", "id");

-- CreateIndex
CREATE INDEX "MpesaNotice_kind_key_idx" ON "MpesaNotice"("kind", "key");

-- CreateIndex
CREATE UNIQUE INDEX "MenuPayment_receipt_key" ON "MenuPayment"("receipt");

-- CreateIndex
CREATE UNIQUE INDEX "MenuPayment_paymentId_key" ON "MenuPayment"("paymentId");

-- CreateIndex
CREATE INDEX "MenuPayment_placedAt_idx" ON "MenuPayment"("placedAt");

-- CreateIndex
CREATE INDEX "MenuPayment_createdAt_idx" ON "MenuPayment"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReceiptCheck_conversationId_key" ON "ReceiptCheck"("conversationId");

-- CreateIndex
CREATE UNIQUE INDEX "ReceiptCheck_originatorConversationId_key" ON "ReceiptCheck"("originatorConversationId");

-- CreateIndex
CREATE INDEX "ReceiptCheck_receipt_idx" ON "ReceiptCheck"("receipt");

-- CreateIndex
CREATE INDEX "ReceiptCheck_state_createdAt_idx" ON "ReceiptCheck"("state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SimulatedPush_receipt_key" ON "SimulatedPush"("receipt");
