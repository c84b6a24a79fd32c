import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type Database from "better-sqlite3";
import { checkpointInBackground } from "./checkpoints.js";
import { databaseProvider, sqliteFilePath } from "./provider.js";
import { serializeConnection } from "./serialized-connection.js";
import { cacheStatements } from "./statement-cache.js";

/** How long a statement waits for a lock another connection holds (a backup, the sqlite3 shell) before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
/** SQLite's default: a checkpoint inside the COMMIT that takes the log past 1,000 pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1_000;

export interface AdapterOptions {
  /** SQLite: the service's own connection, in WAL mode with synchronous=NORMAL and its checkpoints in a worker thread (see README, "Database and migrations"). */
  service?: boolean;
  /** PostgreSQL: how many connections the pool may open (pg's default, 10, when not given). */
  poolSize?: number;
}

/**
 * The Prisma driver adapter for a DATABASE_URL. SQLite (`file:`): one connection per client with its
 * queries and transactions taking turns, its prepared statements kept. PostgreSQL: PrismaPg on a pool
 * of connections, loaded only then (src/db/postgres.ts).
 */
export async function createAdapterFactory(
  databaseUrl: string,
  { service = false, poolSize }: AdapterOptions = {},
): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (databaseProvider(databaseUrl) === "postgresql") {
    const { postgresAdapterFactory } = await import("./postgres.js");
    return postgresAdapterFactory(databaseUrl, poolSize);
  }
  const file = prepareSqliteFile(databaseUrl);
  const sqlite = new PrismaBetterSqlite3({ url: databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: sqlite.provider,
    adapterName: sqlite.adapterName,
    connect: async () => {
      const connection = await sqlite.connect();
      const db = cacheStatements(connection);
      if (service && file !== null) configureServiceConnection(connection, db, file);
      return serializeConnection(connection);
    },
    connectToShadowDb: async () => {
      const connection = await sqlite.connectToShadowDb();
      cacheStatements(connection);
      return serializeConnection(connection);
    },
  };
}

/**
 * WAL mode, so that readers never wait for a writer; synchronous=NORMAL, so that a commit does not wait
 * for the disk (durable against a crash of the process; a power loss can undo the last transactions);
 * checkpoints in a worker thread, stopped when the connection is disposed.
 */
function configureServiceConnection(connection: SqlDriverAdapter, db: Database.Database, file: string): void {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("wal_autocheckpoint = 0");
  const checkpoints = checkpointInBackground(file, () => {
    // Without the worker, SQLite's own checkpoints keep the log from growing without end.
    if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  });
  const dispose = connection.dispose.bind(connection);
  connection.dispose = async () => {
    await checkpoints.stop();
    await dispose();
  };
}

/** The absolute path of a `file:` URL's SQLite file, its folder created; null for `:memory:`. */
export function prepareSqliteFile(databaseUrl: string): string | null {
  const file = sqliteFilePath(databaseUrl);
  if (file === ":memory:") return null;
  const absolute = path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  return absolute;
}
