-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ComputerGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "tariffId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComputerGroup_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ComputerGroup" ("createdAt", "id", "key", "name") SELECT "createdAt", "id", "key", "name" FROM "ComputerGroup";
DROP TABLE "ComputerGroup";
ALTER TABLE "new_ComputerGroup" RENAME TO "ComputerGroup";
CREATE UNIQUE INDEX "ComputerGroup_key_key" ON "ComputerGroup"("key");
CREATE UNIQUE INDEX "ComputerGroup_tariffId_key" ON "ComputerGroup"("tariffId");
CREATE TABLE "new_Tariff" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratePerHourKes" INTEGER NOT NULL,
    "minimumChargeKes" INTEGER NOT NULL,
    "rounding" TEXT NOT NULL,
    "fromSettings" BOOLEAN NOT NULL DEFAULT false,
    "groupId" INTEGER,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Tariff_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Tariff_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ComputerGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Tariff" ("createdAt", "createdById", "fromSettings", "id", "minimumChargeKes", "ratePerHourKes", "rounding") SELECT "createdAt", "createdById", "fromSettings", "id", "minimumChargeKes", "ratePerHourKes", "rounding" FROM "Tariff";
DROP TABLE "Tariff";
ALTER TABLE "new_Tariff" RENAME TO "Tariff";
CREATE INDEX "Tariff_createdAt_idx" ON "Tariff"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
