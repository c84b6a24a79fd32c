// One SQLite file serves one service process: its transactions take turns on the one connection
// inside that process (serialized-connection.ts), which a second process would not wait for. The
// claim is an exclusive lock on a small SQLite file next to the database, held for as long as the
// process lives: the operating system drops it when the process ends, however it ends, so a crash
// leaves nothing behind to clear up. A PostgreSQL database serves several processes: nothing to claim.
import Database from "better-sqlite3";
import { prepareSqliteFile } from "./adapter.js";
import { databaseProvider } from "./provider.js";

export class DatabaseInUseError extends Error {
  constructor(readonly file: string) {
    super(`Another process is using the database file ${file}: one SQLite file serves one running service, so stop the other one first.`);
    this.name = "DatabaseInUseError";
  }
}

export interface DatabaseClaim {
  release(): void;
}

/** Claims the SQLite file of `databaseUrl` for this process; throws DatabaseInUseError when another process has it. */
export function claimDatabaseFile(databaseUrl: string): DatabaseClaim {
  const file = databaseProvider(databaseUrl) === "sqlite" ? prepareSqliteFile(databaseUrl) : null;
  if (file === null) return { release: () => {} };
  const lock = new Database(`${file}-lock`, { timeout: 0 });
  try {
    // In exclusive locking mode SQLite keeps the lock of its first write transaction until the
    // connection closes.
    lock.pragma("locking_mode = EXCLUSIVE");
    lock.exec("BEGIN EXCLUSIVE; COMMIT");
  } catch (error) {
    lock.close();
    if (error instanceof Error && "code" in error && error.code === "SQLITE_BUSY") throw new DatabaseInUseError(file);
    throw error;
  }
  return { release: () => lock.close() };
}
