-- CreateIndex
CREATE INDEX "Payment_receipt_idx" ON "Payment"("receipt");

-- CreateIndex
CREATE INDEX "StkRequest_receipt_idx" ON "StkRequest"("receipt");
