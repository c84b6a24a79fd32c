-- AlterTable
ALTER TABLE "UsageSession" ADD COLUMN     "refundShiftId" INTEGER;

-- CreateIndex
CREATE INDEX "UsageSession_refundShiftId_idx" ON "UsageSession"("refundShiftId");

-- CreateIndex
CREATE INDEX "UsageSession_refundedAt_idx" ON "UsageSession"("refundedAt");

-- Refunds recorded before: the drawer of the refunding person's shift open then (the rule until now),
-- so a shift open across the upgrade keeps its figures.
UPDATE "UsageSession" SET "refundShiftId" = (
    SELECT "Shift"."id" FROM "Shift"
    WHERE "Shift"."staffId" = "UsageSession"."refundedById"
      AND "Shift"."openedAt" < "UsageSession"."refundedAt"
      AND ("Shift"."closedAt" IS NULL OR "Shift"."closedAt" >= "UsageSession"."refundedAt")
    ORDER BY "Shift"."id" LIMIT 1
) WHERE "refundedAt" IS NOT NULL;
