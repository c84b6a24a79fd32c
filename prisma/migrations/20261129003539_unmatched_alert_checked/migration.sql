-- AlterTable
ALTER TABLE "MpesaCallback" ADD COLUMN "alertCheckedAt" DATETIME;
