// A second connection to a SQLite file, as a backup tool or the sqlite3 shell would open one. It lives
// in a worker thread: better-sqlite3 waits for a lock synchronously, so while the service's connection
// waits, nothing else on the test's thread runs, and the lock holder must be able to let go meanwhile.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

export interface OtherConnection {
  /** Runs SQL statements now. */
  run(sql: string): Promise<void>;
  /** Runs SQL statements after `ms` (while the test's thread may be stuck waiting for a lock); resolves once run. */
  runAfter(ms: number, sql: string): Promise<void>;
  /** Returns the first column of the first row of a query. */
  value(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

const driver = createRequire(import.meta.url).resolve("better-sqlite3");

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
// No busy timeout: this connection never waits, so a test sees at once whether it got its lock.
const db = new Database(workerData.file, { timeout: 0 });
parentPort.on("message", ({ id, op, sql, ms }) => {
  const answer = () => {
    try {
      const value = op === "value" ? db.prepare(sql).pluck().get() : (db.exec(sql), undefined);
      parentPort.postMessage({ id, value });
    } catch (error) {
      parentPort.postMessage({ id, error: error.code + ": " + error.message });
    }
  };
  if (op === "close") {
    db.close();
    parentPort.postMessage({ id });
  } else if (ms) setTimeout(answer, ms);
  else answer();
});
`;

export function openOtherConnection(file: string): OtherConnection {
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.on("message", ({ id, value, error }: { id: number; value?: unknown; error?: string }) => {
    const waiter = pending.get(id);
    pending.delete(id);
    if (error === undefined) waiter?.resolve(value);
    else waiter?.reject(new Error(error));
  });
  const send = (message: { op: string; sql?: string; ms?: number }) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  return {
    run: async (sql) => {
      await send({ op: "run", sql });
    },
    runAfter: async (ms, sql) => {
      await send({ op: "run", sql, ms });
    },
    value: (sql) => send({ op: "value", sql }),
    async close() {
      await send({ op: "close" });
      await worker.terminate();
    },
  };
}
