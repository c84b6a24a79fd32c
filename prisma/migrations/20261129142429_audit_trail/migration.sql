-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "action" TEXT NOT NULL,
    "staffId" INTEGER,
    "subjectStaffId" INTEGER,
    "customerId" INTEGER,
    "sessionId" INTEGER,
    "paymentId" INTEGER,
    "amountKes" INTEGER,
    "details" TEXT,
    CONSTRAINT "AuditEntry_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_subjectStaffId_fkey" FOREIGN KEY ("subjectStaffId") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AuditEntry_staffId_id_idx" ON "AuditEntry"("staffId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_subjectStaffId_id_idx" ON "AuditEntry"("subjectStaffId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_customerId_id_idx" ON "AuditEntry"("customerId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");
