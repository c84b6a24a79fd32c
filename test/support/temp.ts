import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";

/** A temporary folder removed after the test file; returns a function making paths in it. */
export function tempDir(prefix = "cafe-test-"): (name: string) => string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => path.join(dir, name);
}

/** A fresh, empty SQLite database URL in a temporary folder (for tests of the migrations themselves). */
export function tempDatabaseUrl(): () => string {
  const file = tempDir("cafe-db-");
  let n = 0;
  return () => `file:${file(`test-${++n}.db`)}`;
}

/** A fresh SQLite database URL with every migration applied: a copy of the run's migrated template. */
export function migratedDatabaseUrl(): () => string {
  const newDatabaseUrl = tempDatabaseUrl();
  return () => {
    const url = newDatabaseUrl();
    copyFileSync(inject("migratedTemplate"), url.slice("file:".length));
    return url;
  };
}
