import { PrismaClient, type Prisma } from "../generated/prisma/client.js";
import { createAdapterFactory } from "./adapter.js";

export type Db = PrismaClient;

/** The service's database client, connected. */
export async function openDb(databaseUrl: string): Promise<Db> {
  // "minimal", as Prisma chooses with NODE_ENV=production: the other formats take a stack trace on every
  // query, to point at the calling line should it fail (a few % of a callback's time).
  const db = new PrismaClient({ adapter: createAdapterFactory(databaseUrl, { service: true }), errorFormat: "minimal" });
  await db.$connect();
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
