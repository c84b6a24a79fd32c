-- CreateIndex
CREATE INDEX "MpesaCallback_status_id_idx" ON "MpesaCallback"("status", "id");
