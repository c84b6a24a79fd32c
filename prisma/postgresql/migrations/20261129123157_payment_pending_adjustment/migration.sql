-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "pendingAdjustmentId" INTEGER;

-- A payment with a lower amount waiting for a manager's answer names it.
UPDATE "Payment" SET "pendingAdjustmentId" = (
    SELECT MAX("id") FROM "AmountAdjustment" WHERE "AmountAdjustment"."paymentId" = "Payment"."id" AND "AmountAdjustment"."state" = 'PENDING'
);
