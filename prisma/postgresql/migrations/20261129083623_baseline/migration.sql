-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('OPERATOR', 'MANAGER');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('MPESA', 'CASH');

-- CreateEnum
CREATE TYPE "PaymentState" AS ENUM ('NOT_REQUESTED', 'PENDING', 'PAID', 'FAILED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "StkState" AS ENUM ('SENDING', 'PENDING', 'PAID', 'FAILED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "CallbackStatus" AS ENUM ('RECEIVED', 'APPLIED', 'DUPLICATE', 'UNMATCHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'DEAD');

-- CreateEnum
CREATE TYPE "Rounding" AS ENUM ('HALF_UP', 'UP', 'DOWN');

-- CreateEnum
CREATE TYPE "AdjustmentState" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- CreateTable
CREATE TABLE "Staff" (
    "id" SERIAL NOT NULL,
    "telegramId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "createdById" INTEGER,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" SERIAL NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "idNumber" TEXT,
    "phone" TEXT,
    "searchKey" TEXT NOT NULL DEFAULT '',
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageSession" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "activeCustomerId" INTEGER,
    "computerId" INTEGER,
    "activeComputerId" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "amountKes" INTEGER,
    "tariffId" INTEGER,
    "prepaidSeconds" INTEGER NOT NULL DEFAULT 0,
    "prepaidKes" INTEGER NOT NULL DEFAULT 0,
    "prepaidUntil" TIMESTAMP(3),
    "idempotencyKey" TEXT,
    "startedById" INTEGER NOT NULL,
    "endedById" INTEGER,
    "voidedAt" TIMESTAMP(3),
    "voidedById" INTEGER,
    "voidReason" TEXT,
    "refundedAt" TIMESTAMP(3),
    "refundedById" INTEGER,
    "refundKes" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsageSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Computer" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "groupId" INTEGER,
    "outOfOrder" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Computer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComputerGroup" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "tariffId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComputerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "amountKes" INTEGER NOT NULL,
    "balanceKes" INTEGER NOT NULL DEFAULT 0,
    "date" TEXT NOT NULL,
    "method" "PaymentMethod",
    "state" "PaymentState" NOT NULL DEFAULT 'NOT_REQUESTED',
    "receipt" TEXT,
    "phone" TEXT,
    "paidAt" TIMESTAMP(3),
    "currentStkRequestId" INTEGER,
    "sessionId" INTEGER,
    "prepaidSessionId" INTEGER,
    "idempotencyKey" TEXT,
    "recordedById" INTEGER NOT NULL,
    "settledById" INTEGER,
    "originalAmountKes" INTEGER,
    "adjustReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StkRequest" (
    "id" SERIAL NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "idempotencyKey" TEXT,
    "state" "StkState" NOT NULL DEFAULT 'SENDING',
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
    "transactionAt" TIMESTAMP(3),
    "amountMismatch" BOOLEAN NOT NULL DEFAULT false,
    "simulated" BOOLEAN NOT NULL DEFAULT false,
    "requestedById" INTEGER NOT NULL,
    "chatId" BIGINT,
    "messageId" INTEGER,
    "queryAttempts" INTEGER NOT NULL DEFAULT 0,
    "nextQueryAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptMessage" (
    "id" SERIAL NOT NULL,
    "stkRequestId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "messageId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PromptMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MpesaCallback" (
    "id" SERIAL NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" TEXT NOT NULL,
    "sourceIp" TEXT,
    "checkoutRequestId" TEXT,
    "status" "CallbackStatus" NOT NULL DEFAULT 'RECEIVED',
    "error" TEXT,
    "appliedAt" TIMESTAMP(3),
    "alertCheckedAt" TIMESTAMP(3),

    CONSTRAINT "MpesaCallback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "claimedBy" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "coalesced" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tariff" (
    "id" SERIAL NOT NULL,
    "ratePerHourKes" INTEGER NOT NULL,
    "minimumChargeKes" INTEGER NOT NULL,
    "rounding" "Rounding" NOT NULL,
    "fromSettings" BOOLEAN NOT NULL DEFAULT false,
    "groupId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TariffWindow" (
    "id" SERIAL NOT NULL,
    "tariffId" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "ratePerHourKes" INTEGER NOT NULL,

    CONSTRAINT "TariffWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationState_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "TelegramUpdate" (
    "updateId" BIGINT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TelegramUpdate_pkey" PRIMARY KEY ("updateId")
);

-- CreateTable
CREATE TABLE "SimulatedPush" (
    "checkoutRequestId" TEXT NOT NULL,
    "merchantRequestId" TEXT NOT NULL,
    "msisdn" TEXT NOT NULL,
    "openMsisdn" TEXT,
    "amountKes" INTEGER NOT NULL,
    "resultCode" INTEGER NOT NULL,
    "resultDesc" TEXT NOT NULL,
    "behaviour" TEXT NOT NULL,
    "answerAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SimulatedPush_pkey" PRIMARY KEY ("checkoutRequestId")
);

-- CreateTable
CREATE TABLE "AmountAdjustment" (
    "id" SERIAL NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "fromKes" INTEGER NOT NULL,
    "toKes" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "state" "AdjustmentState" NOT NULL DEFAULT 'PENDING',
    "requestedById" INTEGER NOT NULL,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "chatId" BIGINT,
    "messageId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AmountAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Staff_telegramId_key" ON "Staff"("telegramId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_code_key" ON "Invite"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_idNumber_key" ON "Customer"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_idempotencyKey_key" ON "Customer"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Customer_phone_idx" ON "Customer"("phone");

-- CreateIndex
CREATE INDEX "Customer_lastName_firstName_idx" ON "Customer"("lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "UsageSession_activeCustomerId_key" ON "UsageSession"("activeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "UsageSession_activeComputerId_key" ON "UsageSession"("activeComputerId");

-- CreateIndex
CREATE UNIQUE INDEX "UsageSession_idempotencyKey_key" ON "UsageSession"("idempotencyKey");

-- CreateIndex
CREATE INDEX "UsageSession_endedAt_idx" ON "UsageSession"("endedAt");

-- CreateIndex
CREATE INDEX "UsageSession_prepaidUntil_idx" ON "UsageSession"("prepaidUntil");

-- CreateIndex
CREATE INDEX "UsageSession_customerId_startedAt_idx" ON "UsageSession"("customerId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Computer_name_key" ON "Computer"("name");

-- CreateIndex
CREATE INDEX "Computer_retiredAt_idx" ON "Computer"("retiredAt");

-- CreateIndex
CREATE UNIQUE INDEX "ComputerGroup_key_key" ON "ComputerGroup"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ComputerGroup_tariffId_key" ON "ComputerGroup"("tariffId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_sessionId_key" ON "Payment"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Payment_state_createdAt_idx" ON "Payment"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_date_idx" ON "Payment"("date");

-- CreateIndex
CREATE INDEX "Payment_customerId_createdAt_idx" ON "Payment"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_prepaidSessionId_idx" ON "Payment"("prepaidSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "StkRequest_idempotencyKey_key" ON "StkRequest"("idempotencyKey");

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
CREATE UNIQUE INDEX "PromptMessage_stkRequestId_chatId_messageId_key" ON "PromptMessage"("stkRequestId", "chatId", "messageId");

-- CreateIndex
CREATE INDEX "MpesaCallback_checkoutRequestId_idx" ON "MpesaCallback"("checkoutRequestId");

-- CreateIndex
CREATE INDEX "MpesaCallback_status_receivedAt_idx" ON "MpesaCallback"("status", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_chatId_id_idx" ON "OutboxMessage"("status", "chatId", "id");

-- CreateIndex
CREATE INDEX "Tariff_createdAt_idx" ON "Tariff"("createdAt");

-- CreateIndex
CREATE INDEX "TariffWindow_tariffId_idx" ON "TariffWindow"("tariffId");

-- CreateIndex
CREATE INDEX "TelegramUpdate_receivedAt_idx" ON "TelegramUpdate"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SimulatedPush_openMsisdn_key" ON "SimulatedPush"("openMsisdn");

-- CreateIndex
CREATE INDEX "SimulatedPush_answeredAt_idx" ON "SimulatedPush"("answeredAt");

-- CreateIndex
CREATE INDEX "AmountAdjustment_paymentId_state_idx" ON "AmountAdjustment"("paymentId", "state");

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageSession" ADD CONSTRAINT "UsageSession_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageSession" ADD CONSTRAINT "UsageSession_computerId_fkey" FOREIGN KEY ("computerId") REFERENCES "Computer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageSession" ADD CONSTRAINT "UsageSession_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageSession" ADD CONSTRAINT "UsageSession_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageSession" ADD CONSTRAINT "UsageSession_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageSession" ADD CONSTRAINT "UsageSession_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageSession" ADD CONSTRAINT "UsageSession_refundedById_fkey" FOREIGN KEY ("refundedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Computer" ADD CONSTRAINT "Computer_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ComputerGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComputerGroup" ADD CONSTRAINT "ComputerGroup_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "UsageSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_prepaidSessionId_fkey" FOREIGN KEY ("prepaidSessionId") REFERENCES "UsageSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StkRequest" ADD CONSTRAINT "StkRequest_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StkRequest" ADD CONSTRAINT "StkRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tariff" ADD CONSTRAINT "Tariff_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tariff" ADD CONSTRAINT "Tariff_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ComputerGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TariffWindow" ADD CONSTRAINT "TariffWindow_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmountAdjustment" ADD CONSTRAINT "AmountAdjustment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmountAdjustment" ADD CONSTRAINT "AmountAdjustment_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmountAdjustment" ADD CONSTRAINT "AmountAdjustment_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;
