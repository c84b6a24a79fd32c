-- CreateIndex
CREATE INDEX "Payment_state_paidAt_idx" ON "Payment"("state", "paidAt");
