// Runs once before all test files: migrates one template SQLite file, which every test that needs a
// fresh database copies (migratedDatabaseUrl in temp.ts) instead of running the migrations again.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/db/migrations.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A SQLite file with every migration applied; copy it, never open it. */
    migratedTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cafe-template-"));
  const template = path.join(dir, "migrated.db");
  await applyMigrations(`file:${template}`);
  project.provide("migratedTemplate", template);
  return () => rmSync(dir, { recursive: true, force: true });
}
