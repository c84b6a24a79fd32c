// PostgreSQL (DATABASE_URL=postgresql://… or postgres://…): Prisma's pg adapter on a pool of
// connections. Imported only when PostgreSQL is selected, so that a SQLite service never loads pg.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { DatabaseUnreachableError } from "./provider.js";

/** How long start-up waits for the server to accept a connection before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 10_000;

export function postgresAdapterFactory(databaseUrl: string, poolSize: number | undefined): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg({ connectionString: databaseUrl, ...(poolSize === undefined ? {} : { max: poolSize }) });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => readCharAsText(await factory.connect()),
    connectToShadowDb: async () => readCharAsText(await factory.connectToShadowDb()),
  };
}

/** PostgreSQL's one-byte catalog type `"char"` (e.g. pg_class.relkind), which the schema engine reads. */
const CHAR_OID = 18;
const TEXT_OID = 25;

type PerformIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;

/**
 * Prisma's pg adapter (7.10.0) refuses result columns of type `"char"` (UnsupportedNativeDataType), and
 * the schema engine's reading of PostgreSQL's catalog (drift check, new migration) returns some: they are
 * read as the one-letter text they are. The adapter runs every query through its `performIO` method, on
 * the pool and on a transaction's connection alike; it is wrapped on each. Throws when the adapter no
 * longer has that method (test/db/migrations.test.ts then fails too).
 */
function readCharAsText<T extends SqlDriverAdapter | Transaction>(queryable: T): T {
  const holder = queryable as unknown as { performIO?: PerformIO };
  const performIO = holder.performIO;
  if (typeof performIO !== "function") throw new Error(`${queryable.adapterName}: no performIO method; src/db/postgres.ts needs updating for this version`);
  holder.performIO = async (query) => {
    const result = await performIO.call(queryable, query);
    for (const field of result.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
  if ("startTransaction" in queryable) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (isolationLevel) => readCharAsText(await startTransaction(isolationLevel));
  }
  return queryable;
}

/** Runs `use` with one plain connection (no Prisma), closed after. */
export async function withPostgresConnection<T>(databaseUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new DatabaseUnreachableError(databaseUrl, reasonOf(error));
  }
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Throws DatabaseUnreachableError unless the server accepts a connection and answers a query. */
export async function checkPostgresReachable(databaseUrl: string): Promise<void> {
  await withPostgresConnection(databaseUrl, (client) => client.query("SELECT 1"));
}

const SOCKET_ERRORS: Record<string, string> = {
  ECONNREFUSED: "nothing accepts connections at that address",
  ENOTFOUND: "the host name is unknown",
  EAI_AGAIN: "the host name cannot be looked up",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "the host cannot be reached",
  ECONNRESET: "the server closed the connection",
};

/** Why a connection failed, in words that never include the URL (and so never its password). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return "the connection failed";
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  const socket = SOCKET_ERRORS[code];
  if (socket !== undefined) return socket;
  // The server's own refusals (SQLSTATE codes): wrong password, no such role or database.
  if (/^[0-9A-Z]{5}$/.test(code)) return error.message;
  if (/timeout/i.test(error.message)) return "the connection timed out";
  return "the connection failed";
}

/** `url` with its database name replaced by `database`. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
