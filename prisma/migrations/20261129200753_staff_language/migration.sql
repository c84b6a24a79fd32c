-- AlterTable
ALTER TABLE "Staff" ADD COLUMN "language" TEXT;
