// The one SQLite connection that every request of the service shares. Prisma's better-sqlite3 adapter
// makes its interactive transactions wait for each other, but not the plain queries of other requests:
// those ran inside whatever transaction was open and were undone with it, after their callers had been
// told they succeeded. And a COMMIT that failed left the transaction open on the connection, to swallow
// every write after it (prisma/orm#29933). Here a transaction owns the connection from its BEGIN to its
// COMMIT or ROLLBACK, and every query from outside it waits its turn.
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/** Hands something to one holder at a time, in the order they asked. */
class Turns {
  #previous: Promise<void> = Promise.resolve();

  /** Resolves, once every earlier turn has ended, with the function that ends this one. */
  take(): Promise<() => void> {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const started = this.#previous.then(() => end);
    this.#previous = ended;
    return started;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const end = await this.take();
    try {
      return await work();
    } finally {
      end();
    }
  }
}

/** A transaction holding the connection's turn until it commits or rolls back. */
class OwnedTransaction implements Transaction {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  // Prisma then calls commit() and rollback() instead of sending COMMIT and ROLLBACK itself, so that
  // a failed COMMIT is handled here.
  readonly options = { usePhantomQuery: true };
  readonly #connection: SqlDriverAdapter;
  #endTurn: (() => void) | null;

  constructor(connection: SqlDriverAdapter, endTurn: () => void) {
    this.provider = connection.provider;
    this.adapterName = connection.adapterName;
    this.#connection = connection;
    this.#endTurn = endTurn;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#open().queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#open().executeRaw(query);
  }

  async commit(): Promise<void> {
    const connection = this.#open();
    try {
      await connection.executeRaw(statement("COMMIT"));
    } catch (error) {
      // SQLite keeps a transaction open when its COMMIT fails (SQLITE_BUSY, a deferred constraint):
      // end it here, or the writes that follow would run inside it. The ROLLBACK fails only when
      // SQLite has already rolled back on its own (after an I/O error), which is the same outcome.
      await connection.executeRaw(statement("ROLLBACK")).catch(() => {});
      throw error;
    } finally {
      this.#close();
    }
  }

  async rollback(): Promise<void> {
    if (this.#endTurn === null) return;
    try {
      await this.#connection.executeRaw(statement("ROLLBACK"));
    } finally {
      this.#close();
    }
  }

  /** The connection, as long as this transaction holds it (a late query of a timed-out one must not run in the next turn). */
  #open(): SqlDriverAdapter {
    if (this.#endTurn === null) throw new DriverAdapterError({ kind: "TransactionAlreadyClosed", cause: "the transaction has already ended" });
    return this.#connection;
  }

  #close(): void {
    this.#endTurn?.();
    this.#endTurn = null;
  }
}

class SerializedConnection implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly #connection: SqlDriverAdapter;
  readonly #turns = new Turns();

  constructor(connection: SqlDriverAdapter) {
    this.provider = connection.provider;
    this.adapterName = connection.adapterName;
    this.#connection = connection;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#turns.run(() => this.#connection.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#turns.run(() => this.#connection.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#turns.run(() => this.#connection.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel !== undefined && isolationLevel !== "SERIALIZABLE") {
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    }
    const endTurn = await this.#turns.take();
    try {
      // IMMEDIATE takes the write lock at once, waiting out (busy timeout) another connection that
      // holds it. A plain BEGIN takes it at the first write, and SQLite refuses at once, without
      // waiting, a transaction that has read first.
      await this.#connection.executeRaw(statement("BEGIN IMMEDIATE"));
    } catch (error) {
      endTurn();
      throw error;
    }
    return new OwnedTransaction(this.#connection, endTurn);
  }

  dispose(): Promise<void> {
    return this.#turns.run(() => this.#connection.dispose());
  }
}

/** The connection with every query outside a transaction waiting until the open transaction has ended. */
export function serializeConnection(connection: SqlDriverAdapter): SqlDriverAdapter {
  return new SerializedConnection(connection);
}
