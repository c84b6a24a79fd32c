import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffDatabaseToSchema } from "../../src/db/migrations.js";
import { migrationsDirs } from "../../src/db/paths.js";
import { sqliteFilePath } from "../../src/db/provider.js";
import { normaliseComputerName } from "../../src/domain/computers.js";
import { querySql, runSql } from "../support/sql.js";
import { describeSqlite, onPostgres, tempDatabaseUrl, tempDir } from "../support/temp.js";

const newDatabaseUrl = tempDatabaseUrl();
const scratch = tempDir("cafe-migrations-");
/** The migrations of the database the suite runs on. */
const migrationsDir = migrationsDirs[onPostgres ? "postgresql" : "sqlite"];

/** A database with the migrations before the one whose name ends with `suffix`; returns its URL and that migration's name. */
async function databaseBefore(suffix: string, label: string): Promise<{ url: string; dir: string; target: string }> {
  const all = readdirSync(migrationsDir)
    .filter((name) => /^\d{14}_/.test(name))
    .sort();
  const target = all.find((name) => name.endsWith(suffix));
  if (!target) throw new Error(`no migration ${suffix}`);
  const dir = scratch(label);
  mkdirSync(dir, { recursive: true });
  cpSync(`${migrationsDir}/migration_lock.toml`, `${dir}/migration_lock.toml`);
  for (const name of all.filter((name) => name < target)) cpSync(`${migrationsDir}/${name}`, `${dir}/${name}`, { recursive: true });
  const url = await newDatabaseUrl();
  await applyMigrations(url, dir);
  return { url, dir, target };
}

async function tables(databaseUrl: string): Promise<string[]> {
  const rows = await querySql<{ name: string }>(
    databaseUrl,
    onPostgres
      ? "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY name"
      : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  return rows.map((row) => row.name);
}

describe(`migrations (${onPostgres ? "PostgreSQL" : "SQLite"})`, () => {
  it("build a fresh database that matches the schema exactly (no drift)", async () => {
    const url = await newDatabaseUrl();
    const applied = await applyMigrations(url);
    expect(applied.length).toBeGreaterThan(0);
    expect(await tables(url)).toEqual(
      expect.arrayContaining([
        "Staff",
        "Customer",
        "UsageSession",
        "Payment",
        "StkRequest",
        "MpesaCallback",
        "OutboxMessage",
        "Tariff",
        "ConversationState",
        "_prisma_migrations",
      ]),
    );
    expect(await diffDatabaseToSchema(url)).toBeNull();
  });

  it("report drift when the database and the schema disagree", async () => {
    const url = await newDatabaseUrl();
    await applyMigrations(url);
    await runSql(url, 'DROP INDEX "StkRequest_checkoutRequestId_key"');
    expect(await diffDatabaseToSchema(url)).toContain('CREATE UNIQUE INDEX "StkRequest_checkoutRequestId_key"');
  });

  it("apply nothing the second time", async () => {
    const url = await newDatabaseUrl();
    await applyMigrations(url);
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("on an existing database apply only what is new and keep the data", async () => {
    const dir = scratch("migrations");
    cpSync(migrationsDir, dir, { recursive: true });
    const url = await newDatabaseUrl();
    const first = await applyMigrations(url, dir);

    await runSql(url, `INSERT INTO "Customer" ("firstName", "lastName", "updatedAt") VALUES ('Jane', 'Wanjiku', CURRENT_TIMESTAMP)`);

    mkdirSync(`${dir}/99990101000000_add_customer_nickname`);
    writeFileSync(`${dir}/99990101000000_add_customer_nickname/migration.sql`, 'ALTER TABLE "Customer" ADD COLUMN "nickname" TEXT;\n');
    const second = await applyMigrations(url, dir);
    expect(second).toEqual(["99990101000000_add_customer_nickname"]);
    expect(first).not.toContain("99990101000000_add_customer_nickname");

    expect(await querySql(url, `SELECT "firstName", "nickname" FROM "Customer"`)).toEqual([{ firstName: "Jane", nickname: null }]);
    const names = (await querySql<{ migration_name: string }>(url, "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name")).map(
      (r) => r.migration_name,
    );
    expect(names).toEqual([...first, "99990101000000_add_customer_nickname"].sort());
  });
  it("name the lower amount waiting for a manager on its payment when adding Payment.pendingAdjustmentId", async () => {
    const { url, dir, target } = await databaseBefore("_payment_pending_adjustment", "migrations-before-pending-adjustment");
    await runSql(
      url,
      `INSERT INTO "Staff" ("id", "telegramId", "name", "role", "updatedAt") VALUES (1, 5001, 'Otieno', 'OPERATOR', CURRENT_TIMESTAMP);
      INSERT INTO "Customer" ("id", "firstName", "lastName", "updatedAt") VALUES (1, 'Jane', 'Wanjiku', CURRENT_TIMESTAMP);
      INSERT INTO "Payment" ("id", "customerId", "amountKes", "date", "recordedById", "updatedAt") VALUES
        (1, 1, 120, '2026-11-28', 1, CURRENT_TIMESTAMP),
        (2, 1, 120, '2026-11-28', 1, CURRENT_TIMESTAMP),
        (3, 1, 120, '2026-11-28', 1, CURRENT_TIMESTAMP);
      INSERT INTO "AmountAdjustment" ("id", "paymentId", "fromKes", "toKes", "reason", "state", "requestedById", "createdAt") VALUES
        (4, 1, 120, 20, 'PC fault', 'REFUSED', 1, CURRENT_TIMESTAMP),
        (5, 1, 120, 30, 'PC fault', 'PENDING', 1, CURRENT_TIMESTAMP),
        (6, 2, 120, 100, 'Slow PC', 'APPROVED', 1, CURRENT_TIMESTAMP);`,
    );
    cpSync(`${migrationsDir}/${target}`, `${dir}/${target}`, { recursive: true });
    expect(await applyMigrations(url, dir)).toEqual([target]);
    expect(await querySql(url, `SELECT "id", "pendingAdjustmentId" FROM "Payment" ORDER BY "id"`)).toEqual([
      { id: 1, pendingAdjustmentId: 5 },
      { id: 2, pendingAdjustmentId: null },
      { id: 3, pendingAdjustmentId: null },
    ]);
  });
});

// SQLite's migrations go back to the first version of the schema, and some of them move data: these
// tests upgrade databases of those versions. PostgreSQL's migrations start from one baseline of the
// schema as it was when PostgreSQL arrived, so there is no older PostgreSQL database to upgrade.
describeSqlite("SQLite's migrations from older versions", () => {
  it("make a payment's latest prompt its current one when adding Payment.currentStkRequestId", async () => {
    const { url, dir, target } = await databaseBefore("_payment_current_prompt", "migrations-before-current-prompt");

    const db = new Database(sqliteFilePath(url));
    db.exec(`
      INSERT INTO "Staff" ("id", "telegramId", "name", "role", "updatedAt") VALUES (1, 5001, 'Otieno', 'OPERATOR', CURRENT_TIMESTAMP);
      INSERT INTO "Customer" ("id", "firstName", "lastName", "updatedAt") VALUES (1, 'Jane', 'Wanjiku', CURRENT_TIMESTAMP);
      INSERT INTO "Payment" ("id", "customerId", "amountKes", "date", "state", "recordedById", "updatedAt") VALUES
        (1, 1, 120, '2026-11-28', 'PENDING', 1, CURRENT_TIMESTAMP),
        (2, 1, 50, '2026-11-28', 'NOT_REQUESTED', 1, CURRENT_TIMESTAMP);
      INSERT INTO "StkRequest" ("id", "paymentId", "state", "phone", "amountKes", "accountReference", "description", "requestedById", "updatedAt") VALUES
        (7, 1, 'UNKNOWN', '254712345678', 120, 'Session 1', 'Cafe session', 1, CURRENT_TIMESTAMP),
        (9, 1, 'PENDING', '254722000111', 120, 'Session 1', 'Cafe session', 1, CURRENT_TIMESTAMP);
    `);
    db.close();

    cpSync(`${migrationsDir}/${target}`, `${dir}/${target}`, { recursive: true });
    expect(await applyMigrations(url, dir)).toEqual([target]);
    const after = new Database(sqliteFilePath(url), { readonly: true });
    expect(after.prepare(`SELECT "id", "currentStkRequestId" FROM "Payment" ORDER BY "id"`).all()).toEqual([
      { id: 1, currentStkRequestId: 9 },
      { id: 2, currentStkRequestId: null },
    ]);
    after.close();
  });

  it("turn the sessions' free-text stations into computers, one running session holding each", async () => {
    const { url, dir, target } = await databaseBefore("_computers", "migrations-before-computers");
    // Stations as /new stored them until now (upper-cased, typed freely).
    const stations = ["PC-4", "PC 4", "PC4", "15", "LAB A 3", "GAMING.2", "KOMPYUTA Ñ 2"];
    const db = new Database(sqliteFilePath(url));
    db.exec(`
      INSERT INTO "Staff" ("id", "telegramId", "name", "role", "updatedAt") VALUES (1, 5001, 'Otieno', 'OPERATOR', CURRENT_TIMESTAMP);
      INSERT INTO "Customer" ("id", "firstName", "lastName", "updatedAt") VALUES
        (1, 'Olive', 'Wanjiku', CURRENT_TIMESTAMP), (2, 'Faith', 'Njeri', CURRENT_TIMESTAMP), (3, 'Jane', 'Otieno', CURRENT_TIMESTAMP);
    `);
    const insert = db.prepare(
      `INSERT INTO "UsageSession" ("id", "customerId", "activeCustomerId", "station", "startedAt", "endedAt", "startedById", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP)`,
    );
    const ended = "2026-11-20T10:00:00.000+00:00";
    insert.run(1, 3, null, "PC 4", "2026-11-20T09:00:00.000+00:00", ended);
    // Two customers running on one computer at once: the defect this migration ends.
    insert.run(2, 1, 1, "PC-4", "2026-11-28T06:00:00.000+00:00", null);
    insert.run(3, 2, 2, "PC4", "2026-11-28T06:30:00.000+00:00", null);
    stations.slice(3).forEach((station, i) => insert.run(10 + i, 3, null, station, "2026-11-21T09:00:00.000+00:00", ended));
    insert.run(20, 3, 3, null, "2026-11-28T07:00:00.000+00:00", null);
    db.close();

    cpSync(`${migrationsDir}/${target}`, `${dir}/${target}`, { recursive: true });
    expect(await applyMigrations(url, dir)).toEqual([target]);
    const after = new Database(sqliteFilePath(url), { readonly: true });
    const computers = after.prepare(`SELECT "id", "name", "createdAt", "retiredAt", "outOfOrder", "groupId" FROM "Computer" ORDER BY "name"`).all() as {
      id: number;
      name: string;
      createdAt: string;
    }[];
    // The SQL writes each station exactly as the domain function does.
    expect(computers.map((c) => c.name)).toEqual([...new Set(stations.map((s) => (normaliseComputerName(s) as { name: string }).name))].sort());
    expect(computers.map((c) => c.name)).toEqual(["15", "GAMING-2", "KOMPYUTA-Ñ-2", "LAB-A-3", "PC-4"]);
    const pc4 = computers.find((c) => c.name === "PC-4")!;
    expect(pc4).toMatchObject({ createdAt: "2026-11-20T09:00:00.000+00:00", retiredAt: null, outOfOrder: 0, groupId: null });
    const sessions = after
      .prepare(`SELECT "id", "computerId", "activeComputerId", "activeCustomerId" FROM "UsageSession" WHERE "id" < 10 OR "id" = 20 ORDER BY "id"`)
      .all();
    expect(sessions).toEqual([
      { id: 1, computerId: pc4.id, activeComputerId: null, activeCustomerId: null },
      { id: 2, computerId: pc4.id, activeComputerId: pc4.id, activeCustomerId: 1 },
      { id: 3, computerId: pc4.id, activeComputerId: null, activeCustomerId: 2 },
      { id: 20, computerId: null, activeComputerId: null, activeCustomerId: 3 },
    ]);
    expect(after.prepare(`SELECT COUNT(*) AS n FROM "UsageSession" WHERE "computerId" IS NULL`).get()).toEqual({ n: 1 });
    after.close();
  });

  it("fix the tariff in force to the sessions running when tariffs become fixed at a session's start", async () => {
    const { url, dir, target } = await databaseBefore("_tariff_windows_fixed_at_start", "migrations-before-tariff-at-start");

    const db = new Database(sqliteFilePath(url));
    db.exec(`
      INSERT INTO "Staff" ("id", "telegramId", "name", "role", "updatedAt") VALUES (1, 5001, 'Mary', 'MANAGER', CURRENT_TIMESTAMP);
      INSERT INTO "Customer" ("id", "firstName", "lastName", "updatedAt") VALUES (1, 'Jane', 'Wanjiku', CURRENT_TIMESTAMP), (2, 'Peter', 'Kamau', CURRENT_TIMESTAMP);
      INSERT INTO "Tariff" ("id", "ratePerHourKes", "minimumChargeKes", "rounding", "createdById") VALUES (1, 100, 1, 'HALF_UP', 1), (2, 120, 10, 'UP', 1);
      INSERT INTO "UsageSession" ("id", "customerId", "activeCustomerId", "startedById", "endedAt", "amountKes", "tariffId", "updatedAt") VALUES
        (1, 1, NULL, 1, CURRENT_TIMESTAMP, 50, 1, CURRENT_TIMESTAMP),
        (2, 2, 2, 1, NULL, NULL, NULL, CURRENT_TIMESTAMP);
    `);
    db.close();

    cpSync(`${migrationsDir}/${target}`, `${dir}/${target}`, { recursive: true });
    expect(await applyMigrations(url, dir)).toEqual([target]);
    const after = new Database(sqliteFilePath(url), { readonly: true });
    expect(after.prepare(`SELECT "id", "tariffId" FROM "UsageSession" ORDER BY "id"`).all()).toEqual([
      { id: 1, tariffId: 1 },
      { id: 2, tariffId: 2 },
    ]);
    expect(after.prepare(`SELECT "id", "fromSettings" FROM "Tariff" ORDER BY "id"`).all()).toEqual([
      { id: 1, fromSettings: 0 },
      { id: 2, fromSettings: 0 },
    ]);
    after.close();
  });
});
