-- AlterTable
ALTER TABLE "Tariff" ADD COLUMN "replaces" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Tariff_replaces_key" ON "Tariff"("replaces");
