// Prisma's better-sqlite3 adapter (7.10.0) prepares every statement afresh: `client.prepare(sql).bind(args)`,
// then `run()`, or `reader`, `columns()` and `raw().all()`. Parsing and planning the SQL is most of the
// adapter's time, and a prepared statement can run any number of times; but better-sqlite3 binds a statement
// once for good. So the adapter's client is replaced by one whose `prepare` hands out a cached statement of
// the same SQL text, and whose `bind` keeps the arguments for the one call that follows. Nothing else changes:
// the same statement runs with the same arguments, its errors are thrown where they were.
// test/db/statement-cache.test.ts fails if the adapter stops using the client this way.
import Database from "better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/**
 * How many prepared statements a connection keeps, the least recently used going first. Prisma's SQL
 * texts are a few hundred (one per query shape), more with the lengths of `IN (…)` lists; each costs a
 * few kilobytes.
 */
const CACHED_STATEMENTS = 500;

/** A statement with its arguments: what the adapter does with `prepare(sql).bind(args)`. */
class BoundStatement {
  readonly #statement: Database.Statement;
  readonly #args: unknown[];

  constructor(statement: Database.Statement, args: unknown[]) {
    this.#statement = statement;
    this.#args = args;
  }

  get reader(): boolean {
    return this.#statement.reader;
  }

  run(): Database.RunResult {
    return this.#statement.run(this.#args);
  }

  columns(): Database.ColumnDefinition[] {
    return this.#statement.columns();
  }

  raw(): { all(): unknown[] } {
    return { all: () => this.#statement.raw(true).all(this.#args) };
  }
}

/** The part of better-sqlite3's Database the adapter uses, with prepared statements kept by SQL text. */
class CachingClient {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  readonly #size: number;

  constructor(db: Database.Database, size: number) {
    this.#db = db;
    this.#size = size;
  }

  prepare(sql: string): { bind(args: unknown[]): BoundStatement } {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      if (this.#statements.size >= this.#size) this.#statements.delete(this.#statements.keys().next().value ?? "");
    } else {
      // Map keeps insertion order: moved to the end, it is the most recently used.
      this.#statements.delete(sql);
    }
    this.#statements.set(sql, statement);
    const prepared = statement;
    return { bind: (args) => new BoundStatement(prepared, args) };
  }

  exec(script: string): this {
    this.#db.exec(script);
    return this;
  }

  close(): this {
    this.#statements.clear();
    this.#db.close();
    return this;
  }
}

/**
 * Makes a connection of PrismaBetterSqlite3 reuse its prepared statements; returns its better-sqlite3
 * database (for pragmas). Throws when the connection is not what the pinned adapter version makes.
 */
export function cacheStatements(connection: SqlDriverAdapter, size = CACHED_STATEMENTS): Database.Database {
  const holder = connection as unknown as { client?: unknown };
  if (!(holder.client instanceof Database)) {
    throw new Error(`${connection.adapterName}: its connection has no better-sqlite3 client; the statement cache needs updating for this version`);
  }
  const db = holder.client;
  holder.client = new CachingClient(db, size);
  return db;
}
