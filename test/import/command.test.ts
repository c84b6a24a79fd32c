// `npm run import:django -- <old database> [--dry-run]` as the engineer runs it (src/import-django.ts).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { FAKE_TOKEN } from "../support/fake-telegram.js";
import { runCommand } from "../support/service-process.js";
import { querySql } from "../support/sql.js";
import { migratedDatabaseUrl, tempDir } from "../support/temp.js";
import { makeOldSqlite } from "./django-fixture.js";

const file = tempDir("cafe-django-command-");
const newDatabaseUrl = migratedDatabaseUrl();

describe("npm run import:django", () => {
  // Each run compiles the entry with tsx: seconds on a busy machine.
  it(
    "says how to call it and why it cannot read a database, reports a dry run without writing, imports, and says when there is nothing left",
    { timeout: 120_000 },
    async () => {
      const old = file("db.sqlite3");
      makeOldSqlite(old);
      const env = { TELEGRAM_BOT_TOKEN: FAKE_TOKEN, DATABASE_URL: await newDatabaseUrl() };
      const customers = async () => (await querySql(env.DATABASE_URL, `SELECT COUNT(*) AS n FROM "Customer"`))[0]?.n;

      expect(await runCommand("src/import-django.ts", [], env)).toMatchObject({
        code: 2,
        stderr: expect.stringContaining("Usage: npm run import:django --") as unknown,
      });
      expect(await runCommand("src/import-django.ts", [file("missing.sqlite3")], env)).toMatchObject({
        code: 1,
        stderr: expect.stringContaining("Cannot open") as unknown,
      });

      const unreachable = await runCommand("src/import-django.ts", ["postgresql://cyber:s3cret-pass@127.0.0.1:1/cyber"], env);
      expect(unreachable.code).toBe(1);
      expect(unreachable.stderr).toContain("The Django app's database: Cannot reach the database (PostgreSQL");
      expect(unreachable.stderr).not.toContain("s3cret-pass");
      expect(unreachable.stderr).not.toContain("DATABASE_URL");
      const notDjango = file("not-django.sqlite3");
      new Database(notDjango).close();
      expect(await runCommand("src/import-django.ts", [notDjango], env)).toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`${notDjango} is not the Django app's database: no such table: cyberapp_student`) as unknown,
      });

      const dryRun = await runCommand("src/import-django.ts", [old, "--dry-run"], env);
      expect(dryRun.code, dryRun.stderr).toBe(0);
      expect(dryRun.stdout).toContain("DRY RUN: nothing was written.");
      expect(dryRun.stdout).toContain("Customers (cyberapp_student): 8 rows; 8 to import");
      expect(Number(await customers())).toBe(0);

      const run = await runCommand("src/import-django.ts", [old], env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("Customers (cyberapp_student): 8 rows; 8 imported now, 0 imported before");
      expect(run.stdout).toContain("paid: 4, KES 711 = KES 710.10 + KES 0.90 rounded up: agrees");
      expect(run.stderr).toContain("payment: 5/5 written");
      expect(Number(await customers())).toBe(8);

      const again = await runCommand("src/import-django.ts", [old], env);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain("Nothing to import: every row was imported by an earlier run. Nothing was changed.");
      expect(Number(await customers())).toBe(8);
    },
  );
});
