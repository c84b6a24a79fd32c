// Plain SQL on a test's database, beside the service's client, on SQLite or PostgreSQL alike.
import Database from "better-sqlite3";
import { withPostgresConnection } from "../../src/db/postgres.js";
import { databaseProvider, sqliteFilePath } from "../../src/db/provider.js";

/** Runs `statements` (several, separated by semicolons) on the database at `databaseUrl`. */
export async function runSql(databaseUrl: string, statements: string): Promise<void> {
  if (databaseProvider(databaseUrl) === "postgresql") {
    await withPostgresConnection(databaseUrl, (client) => client.query(statements));
    return;
  }
  const db = new Database(sqliteFilePath(databaseUrl));
  try {
    db.exec(statements);
  } finally {
    db.close();
  }
}

/** The rows of one query on the database at `databaseUrl`. */
export async function querySql<T = Record<string, unknown>>(databaseUrl: string, query: string): Promise<T[]> {
  if (databaseProvider(databaseUrl) === "postgresql") {
    return withPostgresConnection(databaseUrl, async (client) => (await client.query(query)).rows as T[]);
  }
  const db = new Database(sqliteFilePath(databaseUrl), { readonly: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}
