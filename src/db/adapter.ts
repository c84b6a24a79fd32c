import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

/**
 * The Prisma driver adapter for a DATABASE_URL. SQLite (`file:`) today; PostgreSQL gets its
 * branch here (PrismaPg) when it arrives.
 */
export function createAdapterFactory(databaseUrl: string): PrismaBetterSqlite3 {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`Unsupported DATABASE_URL scheme: ${databaseUrl.split(":")[0]}`);
  }
  const file = sqliteFilePath(databaseUrl);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return new PrismaBetterSqlite3({ url: databaseUrl });
}

/** `file:./data/cafe.db` → `./data/cafe.db` (query parameters dropped). */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.slice("file:".length).split("?")[0] ?? "";
}
