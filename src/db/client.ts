import { PrismaClient, type Prisma } from "../generated/prisma/client.js";
import { createAdapterFactory } from "./adapter.js";

export type Db = PrismaClient;

/** Connects to the database. SQLite files run in WAL mode so that readers never wait for a writer. */
export async function openDb(databaseUrl: string): Promise<Db> {
  const db = new PrismaClient({ adapter: createAdapterFactory(databaseUrl) });
  if (databaseUrl.startsWith("file:")) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  return db;
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
