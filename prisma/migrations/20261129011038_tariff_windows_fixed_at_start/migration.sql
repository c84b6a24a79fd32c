-- CreateTable
CREATE TABLE "TariffWindow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tariffId" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "ratePerHourKes" INTEGER NOT NULL,
    CONSTRAINT "TariffWindow_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tariff" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratePerHourKes" INTEGER NOT NULL,
    "minimumChargeKes" INTEGER NOT NULL,
    "rounding" TEXT NOT NULL,
    "fromSettings" BOOLEAN NOT NULL DEFAULT false,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Tariff_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Tariff" ("createdAt", "createdById", "id", "minimumChargeKes", "ratePerHourKes", "rounding") SELECT "createdAt", "createdById", "id", "minimumChargeKes", "ratePerHourKes", "rounding" FROM "Tariff";
DROP TABLE "Tariff";
ALTER TABLE "new_Tariff" RENAME TO "Tariff";
CREATE INDEX "Tariff_createdAt_idx" ON "Tariff"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TariffWindow_tariffId_idx" ON "TariffWindow"("tariffId");

-- Sessions running now were to be charged with the tariff in force when they end: from here on they
-- keep the one in force at this upgrade. With no tariff saved, tariffId stays null: the settings apply.
UPDATE "UsageSession" SET "tariffId" = (SELECT MAX("id") FROM "Tariff") WHERE "endedAt" IS NULL;
