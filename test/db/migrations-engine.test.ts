// The schema engine (WebAssembly, some 50 MB once loaded) is loaded only when the database is not up to
// date with the migrations: an ordinary start reads `_prisma_migrations` with plain SQL and goes on.
import { appendFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { migrationsDirs } from "../../src/db/paths.js";
import { withSchemaEngine } from "../../src/db/schema-engine.js";
import { runSql } from "../support/sql.js";
import { migratedDatabaseUrl, onPostgres, tempDatabaseUrl, tempDir } from "../support/temp.js";

vi.mock("../../src/db/schema-engine.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/db/schema-engine.js")>();
  return { ...real, withSchemaEngine: vi.fn(real.withSchemaEngine) };
});

const migratedUrl = migratedDatabaseUrl();
const emptyUrl = tempDatabaseUrl();
const scratch = tempDir("cafe-migrations-engine-");
const migrationsDir = migrationsDirs[onPostgres ? "postgresql" : "sqlite"];
const firstMigration = readdirSync(migrationsDir)
  .filter((name) => /^\d{14}_/.test(name))
  .sort()[0]!;

/** A copy of prisma/migrations, to add to or change. */
function migrationsCopy(label: string): string {
  const dir = scratch(label);
  mkdirSync(dir, { recursive: true });
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

describe("applying the migrations", () => {
  afterEach(() => vi.mocked(withSchemaEngine).mockClear());

  it("to a database that has them all applied, unchanged: nothing to do, and the schema engine is not loaded", async () => {
    expect(await applyMigrations(await migratedUrl())).toEqual([]);
    expect(withSchemaEngine).not.toHaveBeenCalled();
  });

  it("to a new database: the engine applies them all", async () => {
    expect((await applyMigrations(await emptyUrl())).length).toBeGreaterThan(0);
    expect(withSchemaEngine).toHaveBeenCalledOnce();
  });

  it("with a new migration: the engine applies that one", async () => {
    const dir = migrationsCopy("new");
    mkdirSync(`${dir}/29991231000000_extra`);
    writeFileSync(`${dir}/29991231000000_extra/migration.sql`, `CREATE TABLE "Extra" ("id" INTEGER NOT NULL PRIMARY KEY);\n`);
    expect(await applyMigrations(await migratedUrl(), dir)).toEqual(["29991231000000_extra"]);
    expect(withSchemaEngine).toHaveBeenCalledOnce();
  });

  it("with an applied migration changed since, or one that failed: the engine has its say, as before", async () => {
    const dir = migrationsCopy("changed");
    appendFileSync(`${dir}/${firstMigration}/migration.sql`, "\n-- edited after it was applied\n");
    await applyMigrations(await migratedUrl(), dir).catch(() => {});
    expect(withSchemaEngine).toHaveBeenCalledOnce();

    const url = await migratedUrl();
    await runSql(url, `UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = '${firstMigration}'`);
    await applyMigrations(url).catch(() => {});
    expect(withSchemaEngine).toHaveBeenCalledTimes(2);
  });

  // Several instances started together on a new PostgreSQL database (SQLite: one process per file).
  it.runIf(onPostgres)("by three instances starting at once on a new database: each is applied once and none of them fails", async () => {
    const url = await emptyUrl();
    const results = await Promise.allSettled([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const applied = results.flatMap((result) => (result.status === "fulfilled" ? result.value : []));
    expect(applied.sort()).toEqual(
      readdirSync(migrationsDir)
        .filter((name) => /^\d{14}_/.test(name))
        .sort(),
    );
    expect(await applyMigrations(url)).toEqual([]);
  });
});
