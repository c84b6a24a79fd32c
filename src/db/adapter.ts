import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { serializeConnection } from "./serialized-connection.js";
import { cacheStatements } from "./statement-cache.js";

/** How long a statement waits for a lock another connection holds (a backup, the sqlite3 shell) before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * The Prisma driver adapter for a DATABASE_URL. SQLite (`file:`) today, one connection per client
 * with its queries and transactions taking turns; PostgreSQL gets its branch here (PrismaPg) when
 * it arrives.
 */
export function createAdapterFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`Unsupported DATABASE_URL scheme: ${databaseUrl.replace(/:.*/s, "")}`);
  }
  prepareSqliteFile(databaseUrl);
  const sqlite = new PrismaBetterSqlite3({ url: databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: sqlite.provider,
    adapterName: sqlite.adapterName,
    connect: async () => serializeConnection(withCachedStatements(await sqlite.connect())),
    connectToShadowDb: async () => serializeConnection(withCachedStatements(await sqlite.connectToShadowDb())),
  };
}

function withCachedStatements(connection: SqlDriverAdapter): SqlDriverAdapter {
  cacheStatements(connection);
  return connection;
}

/** The absolute path of a `file:` URL's SQLite file, its folder created; null for `:memory:`. */
export function prepareSqliteFile(databaseUrl: string): string | null {
  const file = sqliteFilePath(databaseUrl);
  if (file === ":memory:") return null;
  const absolute = path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  return absolute;
}

/** `file:./data/cafe.db` → `./data/cafe.db` (query parameters dropped). */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.slice("file:".length).split("?")[0] ?? "";
}
