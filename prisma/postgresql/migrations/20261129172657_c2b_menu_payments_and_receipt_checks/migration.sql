-- CreateEnum
CREATE TYPE "MpesaNoticeKind" AS ENUM ('CONFIRMATION', 'STATUS_RESULT', 'STATUS_TIMEOUT');

-- CreateEnum
CREATE TYPE "MenuPaymentPlacement" AS ENUM ('REFERENCE', 'AMOUNT_AND_PHONE', 'STAFF', 'RECEIPT_CHECK');

-- CreateEnum
CREATE TYPE "ReceiptCheckState" AS ENUM ('PENDING', 'CONFIRMED', 'MISMATCH', 'NOT_FOUND', 'FAILED');

-- AlterTable
ALTER TABLE "SimulatedPush" ADD COLUMN     "receipt" TEXT;

-- CreateTable
CREATE TABLE "MpesaNotice" (
    "id" SERIAL NOT NULL,
    "kind" "MpesaNoticeKind" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "body" TEXT NOT NULL,
    "sourceIp" TEXT,
    "key" TEXT,
    "status" "CallbackStatus" NOT NULL DEFAULT 'RECEIVED',
    "error" TEXT,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "MpesaNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MenuPayment" (
    "id" SERIAL NOT NULL,
    "receipt" TEXT NOT NULL,
    "amountKes" INTEGER NOT NULL,
    "transactionType" TEXT NOT NULL,
    "shortCode" TEXT NOT NULL,
    "accountNumber" TEXT,
    "payerPhone" TEXT,
    "payerName" TEXT,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "simulated" BOOLEAN NOT NULL DEFAULT false,
    "paymentId" INTEGER,
    "placement" "MenuPaymentPlacement",
    "placedById" INTEGER,
    "placedAt" TIMESTAMP(3),
    "unplacedReason" TEXT,
    "setAsideAt" TIMESTAMP(3),
    "setAsideById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MenuPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceiptCheck" (
    "id" SERIAL NOT NULL,
    "receipt" TEXT NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "requestedById" INTEGER NOT NULL,
    "chatId" BIGINT,
    "messageId" INTEGER,
    "conversationId" TEXT,
    "originatorConversationId" TEXT,
    "state" "ReceiptCheckState" NOT NULL DEFAULT 'PENDING',
    "resultCode" TEXT,
    "resultDesc" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ReceiptCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimulatedMenuPayment" (
    "receipt" TEXT NOT NULL,
    "shortCode" TEXT NOT NULL,
    "commandId" TEXT NOT NULL,
    "amountKes" INTEGER NOT NULL,
    "msisdn" TEXT NOT NULL,
    "billRefNumber" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SimulatedMenuPayment_pkey" PRIMARY KEY ("receipt")
);

-- CreateTable
CREATE TABLE "SimulatedC2bRegistration" (
    "shortCode" TEXT NOT NULL,
    "responseType" TEXT NOT NULL,
    "confirmationUrl" TEXT NOT NULL,
    "validationUrl" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SimulatedC2bRegistration_pkey" PRIMARY KEY ("shortCode")
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

-- AddForeignKey
ALTER TABLE "MenuPayment" ADD CONSTRAINT "MenuPayment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenuPayment" ADD CONSTRAINT "MenuPayment_placedById_fkey" FOREIGN KEY ("placedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenuPayment" ADD CONSTRAINT "MenuPayment_setAsideById_fkey" FOREIGN KEY ("setAsideById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptCheck" ADD CONSTRAINT "ReceiptCheck_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptCheck" ADD CONSTRAINT "ReceiptCheck_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
