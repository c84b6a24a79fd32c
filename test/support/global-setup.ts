// Runs once before all test files: migrates one template database, which every test that needs a fresh
// database copies (migratedDatabaseUrl in temp.ts) instead of running the migrations again. The suite
// runs on SQLite (a template file, copied), or with TEST_DATABASE=postgresql (`npm run test:pg`) on a
// throwaway PostgreSQL cluster started here and stopped at the end (a template database, each test's
// database created from it with CREATE DATABASE … TEMPLATE).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/db/migrations.js";
import { withDatabaseName, withPostgresConnection } from "../../src/db/postgres.js";
import { startThrowawayPostgres } from "../../src/db/throwaway-postgres.js";

export type TestDatabase =
  /** `template`: a SQLite file with every migration applied; copy it, never open it. */
  | { provider: "sqlite"; template: string }
  /** `adminUrl`: the cluster's superuser; `template`: the name of a database with every migration applied, never connected to. */
  | { provider: "postgresql"; adminUrl: string; template: string };

declare module "vitest" {
  export interface ProvidedContext {
    database: TestDatabase;
  }
}

const POSTGRES_TEMPLATE = "cafe_template";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE === "postgresql") {
    const cluster = await startThrowawayPostgres();
    try {
      await withPostgresConnection(cluster.url, (client) => client.query(`CREATE DATABASE "${POSTGRES_TEMPLATE}"`));
      await applyMigrations(withDatabaseName(cluster.url, POSTGRES_TEMPLATE));
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    project.provide("database", { provider: "postgresql", adminUrl: cluster.url, template: POSTGRES_TEMPLATE });
    return () => cluster.stop();
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "cafe-template-"));
  const template = path.join(dir, "migrated.db");
  await applyMigrations(`file:${template}`);
  project.provide("database", { provider: "sqlite", template });
  return async () => rmSync(dir, { recursive: true, force: true });
}
