-- CreateTable
CREATE TABLE "Computer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "groupId" INTEGER,
    "outOfOrder" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Computer_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ComputerGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComputerGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Backfill (added by hand to the generated migration): the free-text station of the sessions so far
-- becomes the café's list of computers. Each station, written the way src/domain/computers.ts writes
-- a name (upper case; runs of letters and runs of digits joined by one hyphen: "PC 4", "PC4" and
-- "PC-4" are all PC-4), becomes a Computer listed since its first session, and its sessions link to
-- it. A bare number stays a computer of that name: the café's prefix is not guessed here.
CREATE TABLE "_StationName" ("station" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);
WITH RECURSIVE "walk" ("station", "pos", "name", "kind") AS (
    SELECT DISTINCT "station", 1, '', 'separator' FROM "UsageSession" WHERE "station" IS NOT NULL
    UNION ALL
    SELECT "station", "pos" + 1,
        "name" || CASE
            WHEN instr(' ._#-', substr("station", "pos", 1)) > 0 THEN ''
            WHEN "name" <> '' AND "kind" <> (CASE WHEN substr("station", "pos", 1) BETWEEN '0' AND '9' THEN 'digit' ELSE 'letter' END)
                THEN '-' || upper(substr("station", "pos", 1))
            ELSE upper(substr("station", "pos", 1))
        END,
        CASE
            WHEN instr(' ._#-', substr("station", "pos", 1)) > 0 THEN 'separator'
            WHEN substr("station", "pos", 1) BETWEEN '0' AND '9' THEN 'digit'
            ELSE 'letter'
        END
    FROM "walk" WHERE "pos" <= length("station")
)
INSERT INTO "_StationName" ("station", "name")
SELECT "station", "name" FROM "walk" WHERE "pos" = length("station") + 1 AND "name" <> '';
INSERT INTO "Computer" ("name", "createdAt", "updatedAt")
SELECT "_StationName"."name", MIN("UsageSession"."startedAt"), MIN("UsageSession"."startedAt")
FROM "_StationName" JOIN "UsageSession" ON "UsageSession"."station" = "_StationName"."station"
GROUP BY "_StationName"."name" ORDER BY "_StationName"."name";
ALTER TABLE "UsageSession" ADD COLUMN "computerId" INTEGER;
ALTER TABLE "UsageSession" ADD COLUMN "activeComputerId" INTEGER;
UPDATE "UsageSession" SET "computerId" = (
    SELECT "Computer"."id" FROM "_StationName" JOIN "Computer" ON "Computer"."name" = "_StationName"."name"
    WHERE "_StationName"."station" = "UsageSession"."station"
);
-- One running session per computer from now on. Where two were running on one computer (nothing
-- stopped it until now), the earlier holds the computer; the other keeps its link and can be ended.
UPDATE "UsageSession" SET "activeComputerId" = "computerId"
WHERE "endedAt" IS NULL AND "computerId" IS NOT NULL AND "id" = (
    SELECT MIN("other"."id") FROM "UsageSession" AS "other"
    WHERE "other"."endedAt" IS NULL AND "other"."computerId" = "UsageSession"."computerId"
);
DROP TABLE "_StationName";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_UsageSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "activeCustomerId" INTEGER,
    "computerId" INTEGER,
    "activeComputerId" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "amountKes" INTEGER,
    "tariffId" INTEGER,
    "idempotencyKey" TEXT,
    "startedById" INTEGER NOT NULL,
    "endedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UsageSession_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_computerId_fkey" FOREIGN KEY ("computerId") REFERENCES "Computer" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "Staff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UsageSession_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "Staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_UsageSession" ("activeComputerId", "activeCustomerId", "amountKes", "computerId", "createdAt", "customerId", "endedAt", "endedById", "id", "idempotencyKey", "startedAt", "startedById", "tariffId", "updatedAt") SELECT "activeComputerId", "activeCustomerId", "amountKes", "computerId", "createdAt", "customerId", "endedAt", "endedById", "id", "idempotencyKey", "startedAt", "startedById", "tariffId", "updatedAt" FROM "UsageSession";
DROP TABLE "UsageSession";
ALTER TABLE "new_UsageSession" RENAME TO "UsageSession";
CREATE UNIQUE INDEX "UsageSession_activeCustomerId_key" ON "UsageSession"("activeCustomerId");
CREATE UNIQUE INDEX "UsageSession_activeComputerId_key" ON "UsageSession"("activeComputerId");
CREATE UNIQUE INDEX "UsageSession_idempotencyKey_key" ON "UsageSession"("idempotencyKey");
CREATE INDEX "UsageSession_endedAt_idx" ON "UsageSession"("endedAt");
CREATE INDEX "UsageSession_customerId_startedAt_idx" ON "UsageSession"("customerId", "startedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Computer_name_key" ON "Computer"("name");

-- CreateIndex
CREATE INDEX "Computer_retiredAt_idx" ON "Computer"("retiredAt");

-- CreateIndex
CREATE UNIQUE INDEX "ComputerGroup_key_key" ON "ComputerGroup"("key");
