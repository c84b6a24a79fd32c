-- AlterTable
ALTER TABLE "MpesaCallback" ADD COLUMN "resultState" TEXT;
