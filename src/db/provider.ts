import path from "node:path";

/** Which database a DATABASE_URL names: a SQLite file (`file:`) or a PostgreSQL server (`postgresql://`, `postgres://`). */
export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(databaseUrl: string): DatabaseProvider {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(`Unsupported DATABASE_URL scheme: ${databaseUrl.replace(/:.*/s, "")}`);
}

/**
 * The database as start-up names it, never with its password: the SQLite file's absolute path, or
 * PostgreSQL's host:port/database.
 */
export function describeDatabase(databaseUrl: string): string {
  if (databaseProvider(databaseUrl) === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    return `SQLite ${file === ":memory:" ? file : path.resolve(file)}`;
  }
  const url = new URL(databaseUrl);
  // As the pg driver reads it: the host may be a socket folder given as ?host=, the database defaults to the user's name.
  const host = url.hostname || url.searchParams.get("host") || "localhost";
  const database = decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username) || "postgres";
  return `PostgreSQL ${host}:${url.port || "5432"}/${database}`;
}

/** `file:./data/cafe.db` → `./data/cafe.db` (query parameters dropped). */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.slice("file:".length).split("?")[0] ?? "";
}

/** The database at DATABASE_URL does not answer: the message is one sentence for the person starting the service. */
export class DatabaseUnreachableError extends Error {
  constructor(databaseUrl: string, reason: string) {
    super(`Cannot reach the database (${describeDatabase(databaseUrl)}): ${reason}. Check DATABASE_URL and that the database server is running.`);
    this.name = "DatabaseUnreachableError";
  }
}
