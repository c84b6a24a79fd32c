import { PrismaClient, type Prisma } from "../generated/prisma/client.js";
import { createAdapterFactory } from "./adapter.js";
import { databaseProvider } from "./provider.js";

// One Db type for both databases: the client generated from prisma/schema.prisma (SQLite's). PostgreSQL's
// client (src/generated/prisma-pg, from the derived schema) has the same models, fields and methods, but
// TypeScript sees two unrelated classes, and PostgreSQL's accepts more (isolation levels, case-insensitive
// filters). Typed as SQLite's, the code uses only what both accept; openDb casts PostgreSQL's client to it.
export type Db = PrismaClient;

export interface DbOptions {
  /** PostgreSQL: the most connections the pool opens (DATABASE_POOL_SIZE). */
  poolSize?: number;
}

/** The service's database client, connected. */
export async function openDb(databaseUrl: string, { poolSize }: DbOptions = {}): Promise<Db> {
  const adapter = await createAdapterFactory(databaseUrl, { service: true, poolSize });
  // "minimal", as Prisma chooses with NODE_ENV=production: the other formats take a stack trace on every
  // query, to point at the calling line should it fail (a few % of a callback's time).
  const errorFormat = "minimal";
  let db: Db;
  if (databaseProvider(databaseUrl) === "postgresql") {
    // Loaded only here: a SQLite service never loads PostgreSQL's client.
    const { PrismaClient: PostgresClient } = await import("../generated/prisma-pg/client.js");
    db = new PostgresClient({ adapter, errorFormat }) as unknown as Db;
  } else {
    db = new PrismaClient({ adapter, errorFormat });
  }
  await db.$connect();
  return db;
}

/** Throws DatabaseUnreachableError (one sentence) when the database at `databaseUrl` does not answer; a SQLite file always does. */
export async function checkDatabaseReachable(databaseUrl: string): Promise<void> {
  if (databaseProvider(databaseUrl) !== "postgresql") return;
  const { checkPostgresReachable } = await import("./postgres.js");
  await checkPostgresReachable(databaseUrl);
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

/** The client a `db.$transaction(async (tx) => …)` callback gets: every model, no transaction control. */
export type Tx = Prisma.TransactionClient;
