import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffDatabaseToSchema } from "../../src/db/migrations.js";
import { sqliteFilePath } from "../../src/db/adapter.js";
import { migrationsDir } from "../../src/db/paths.js";
import { tempDatabaseUrl, tempDir } from "../support/temp.js";

const newDatabaseUrl = tempDatabaseUrl();
const scratch = tempDir("cafe-migrations-");

function tables(databaseUrl: string): string[] {
  const db = new Database(sqliteFilePath(databaseUrl), { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
}

describe("migrations", () => {
  it("build a fresh database that matches the schema exactly (no drift)", async () => {
    const url = newDatabaseUrl();
    const applied = await applyMigrations(url);
    expect(applied.length).toBeGreaterThan(0);
    expect(tables(url)).toEqual(
      expect.arrayContaining(["Staff", "Customer", "UsageSession", "Payment", "StkRequest", "MpesaCallback", "OutboxMessage", "Tariff", "ConversationState", "_prisma_migrations"]),
    );
    expect(await diffDatabaseToSchema(url)).toBeNull();
  });

  it("report drift when the database and the schema disagree", async () => {
    const url = newDatabaseUrl();
    await applyMigrations(url);
    const db = new Database(sqliteFilePath(url));
    db.exec('DROP INDEX "StkRequest_checkoutRequestId_key"');
    db.close();
    expect(await diffDatabaseToSchema(url)).toContain('CREATE UNIQUE INDEX "StkRequest_checkoutRequestId_key"');
  });

  it("apply nothing the second time", async () => {
    const url = newDatabaseUrl();
    await applyMigrations(url);
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("on an existing database apply only what is new and keep the data", async () => {
    const dir = scratch("migrations");
    cpSync(migrationsDir, dir, { recursive: true });
    const url = newDatabaseUrl();
    const first = await applyMigrations(url, dir);

    const db = new Database(sqliteFilePath(url));
    db.prepare(`INSERT INTO "Customer" ("firstName", "lastName", "updatedAt") VALUES ('Jane', 'Wanjiku', CURRENT_TIMESTAMP)`).run();
    db.close();

    mkdirSync(`${dir}/99990101000000_add_customer_note`);
    writeFileSync(`${dir}/99990101000000_add_customer_note/migration.sql`, 'ALTER TABLE "Customer" ADD COLUMN "note" TEXT;\n');
    const second = await applyMigrations(url, dir);
    expect(second).toEqual(["99990101000000_add_customer_note"]);
    expect(first).not.toContain("99990101000000_add_customer_note");

    const after = new Database(sqliteFilePath(url), { readonly: true });
    expect(after.prepare(`SELECT "firstName", "note" FROM "Customer"`).all()).toEqual([{ firstName: "Jane", note: null }]);
    const names = (after.prepare("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name").all() as { migration_name: string }[]).map((r) => r.migration_name);
    after.close();
    expect(names).toEqual([...first, "99990101000000_add_customer_note"].sort());
  });
});
