-- CreateTable
CREATE TABLE "PromptMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "stkRequestId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "messageId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SimulatedPush" (
    "checkoutRequestId" TEXT NOT NULL PRIMARY KEY,
    "merchantRequestId" TEXT NOT NULL,
    "msisdn" TEXT NOT NULL,
    "openMsisdn" TEXT,
    "amountKes" INTEGER NOT NULL,
    "resultCode" INTEGER NOT NULL,
    "resultDesc" TEXT NOT NULL,
    "behaviour" TEXT NOT NULL,
    "answerAt" DATETIME NOT NULL,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "PromptMessage_stkRequestId_chatId_messageId_key" ON "PromptMessage"("stkRequestId", "chatId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "SimulatedPush_openMsisdn_key" ON "SimulatedPush"("openMsisdn");

-- CreateIndex
CREATE INDEX "SimulatedPush_answeredAt_idx" ON "SimulatedPush"("answeredAt");
