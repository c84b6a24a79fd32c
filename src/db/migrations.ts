import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { migrationsDirs } from "./paths.js";
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from "./provider.js";
import { noFilters, withSchemaEngine } from "./schema-engine.js";

const LOCKFILE = "migration_lock.toml";
const EMPTY_DIFF = "-- This is an empty migration.";

async function loadMigrationsList(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockfilePath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: { path: lockfilePath, content: await readFile(lockfilePath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

type MigrationsList = Awaited<ReturnType<typeof loadMigrationsList>>;

interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** The rows of Prisma's `_prisma_migrations` table, or null when the database or the table does not exist yet. */
async function readAppliedMigrations(databaseUrl: string): Promise<AppliedMigration[] | null> {
  if (databaseProvider(databaseUrl) === "postgresql") {
    const { withPostgresConnection } = await import("./postgres.js");
    return withPostgresConnection(databaseUrl, async (client) => {
      const table = await client.query<{ name: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS name`);
      if (table.rows[0]?.name == null) return null;
      const rows = await client.query<AppliedMigration>(`SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`);
      return rows.rows;
    });
  }
  const file = sqliteFilePath(databaseUrl);
  if (file === ":memory:" || !existsSync(file)) return null;
  const db = new Database(file, { fileMustExist: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (table === undefined) return null;
    return db.prepare(`SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`).all() as AppliedMigration[];
  } finally {
    db.close();
  }
}

/**
 * Whether the database already has exactly these migrations applied, unchanged (Prisma's checksum is the
 * SHA-256 of migration.sql), and none failed: read with plain SQL, so that the schema engine (WebAssembly,
 * some 50 MB of memory once loaded) is loaded only when there is something to apply, or something it
 * should report.
 */
async function upToDate(databaseUrl: string, { migrationDirectories }: MigrationsList): Promise<boolean> {
  const rows = await readAppliedMigrations(databaseUrl);
  if (rows === null) return false;
  if (rows.some((row) => row.finished_at === null || row.rolled_back_at !== null)) return false;
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  return (
    applied.size === migrationDirectories.length &&
    migrationDirectories.every(({ path: name, migrationFile }) => applied.get(name) === createHash("sha256").update(migrationFile.content.value).digest("hex"))
  );
}

/** Applies every migration of the database's provider (migrationsDirs) not yet applied; returns the names it applied. */
export async function applyMigrations(databaseUrl: string, fromDir = migrationsDirs[databaseProvider(databaseUrl)]): Promise<string[]> {
  const migrationsList = await loadMigrationsList(fromDir);
  if (await upToDate(databaseUrl, migrationsList)) return [];
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL that would bring the database at `databaseUrl` to the schema (its provider's: schemaPaths), or
 * null when they already agree.
 */
export async function diffDatabaseToSchema(databaseUrl: string): Promise<string | null> {
  return withSchemaEngine(databaseUrl, async (engine, schema) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schema.path) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    const script = (result.stdout ?? "").trim();
    return result.exitCode === 0 || script === EMPTY_DIFF || script === "" ? null : script + "\n";
  });
}

const LOCKFILE_CONTENT = (provider: DatabaseProvider) =>
  `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;

/**
 * Writes <migrations folder of the scratch database's provider>/<timestamp>_<name>/migration.sql with what
 * the schema adds to the migrations so far, measured on a scratch database. Returns the folder, or null
 * when nothing changed.
 */
export async function createMigration(name: string, scratchDatabaseUrl: string, now = new Date()): Promise<string | null> {
  const provider = databaseProvider(scratchDatabaseUrl);
  const migrationsDir = migrationsDirs[provider];
  await applyMigrations(scratchDatabaseUrl);
  const script = await diffDatabaseToSchema(scratchDatabaseUrl);
  if (script === null) return null;
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "migration";
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(migrationsDir, `${stamp}_${slug}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), script);
  await writeFile(path.join(migrationsDir, LOCKFILE), LOCKFILE_CONTENT(provider), { flag: "wx" }).catch(() => {});
  return folder;
}
