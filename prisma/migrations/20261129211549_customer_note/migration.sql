-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "note" TEXT;
