import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, inject } from "vitest";

/** The database the suite runs on (TEST_DATABASE, see global-setup.ts). */
const database = inject("database");

/** True when the suite runs on PostgreSQL. */
export const onPostgres = database.provider === "postgresql";

/** For tests of SQLite itself (its file, its one connection, its pragmas, its migration history): skipped on PostgreSQL, which has none of these. */
export const describeSqlite = describe.skipIf(onPostgres);

/** A temporary folder removed after the test file; returns a function making paths in it. */
export function tempDir(prefix = "cafe-test-"): (name: string) => string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => path.join(dir, name);
}

/**
 * PostgreSQL databases made by `create` (given a new name), dropped after the test file; returns a
 * function making one and giving its URL.
 */
function postgresDatabases(adminUrl: string, create: (name: string) => string): () => Promise<string> {
  const names: string[] = [];
  // Imported only here: a suite on SQLite loads no PostgreSQL driver (test/db/provider.test.ts counts on it).
  const postgres = import("../../src/db/postgres.js");
  afterAll(async () => {
    if (names.length === 0) return;
    const { withPostgresConnection } = await postgres;
    await withPostgresConnection(adminUrl, async (client) => {
      // FORCE: a connection a test left open does not keep its database.
      for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  });
  return async () => {
    const name = `cafe_test_${randomUUID().replaceAll("-", "")}`;
    const { withDatabaseName, withPostgresConnection } = await postgres;
    await withPostgresConnection(adminUrl, (client) => client.query(create(name)));
    names.push(name);
    return withDatabaseName(adminUrl, name);
  };
}

/** A fresh, empty database URL: a SQLite file in a temporary folder, or a new PostgreSQL database (for tests of the migrations themselves). */
export function tempDatabaseUrl(): () => Promise<string> {
  if (database.provider === "postgresql") return postgresDatabases(database.adminUrl, (name) => `CREATE DATABASE "${name}"`);
  const file = tempDir("cafe-db-");
  let n = 0;
  return async () => `file:${file(`test-${++n}.db`)}`;
}

/** A fresh database URL with every migration applied: a copy of the run's migrated template. */
export function migratedDatabaseUrl(): () => Promise<string> {
  if (database.provider === "postgresql") {
    const { template } = database;
    return postgresDatabases(database.adminUrl, (name) => `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  }
  const { template } = database;
  const newDatabaseUrl = tempDatabaseUrl();
  return async () => {
    const url = await newDatabaseUrl();
    copyFileSync(template, url.slice("file:".length));
    return url;
  };
}
