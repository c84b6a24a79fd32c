-- AlterTable
ALTER TABLE "Payment" ADD COLUMN "currentStkRequestId" INTEGER;

-- Backfill (added by hand to the generated migration): a payment with prompts already sent is spoken
-- for by its latest one, as the code assumed until now; without it, an answer to a prompt in flight
-- at the upgrade could never move its payment.
UPDATE "Payment" SET "currentStkRequestId" = (SELECT MAX("id") FROM "StkRequest" WHERE "StkRequest"."paymentId" = "Payment"."id");
