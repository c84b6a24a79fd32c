// Checkpoints of the service's SQLite write-ahead log, off the event loop. SQLite's automatic checkpoint
// runs inside the COMMIT that fills the log past 1,000 pages: copying those pages into the database file
// and syncing it held up every request for up to most of a second. Here the service's connection does no
// checkpoints; a worker thread with a connection of its own runs a PASSIVE one every CHECKPOINT_EVERY_MS,
// which never waits for and never blocks the service's writes; the next write after a checkpoint that
// copied the whole log starts the log over. Under writes that never pause, a PASSIVE checkpoint never
// catches up with the log's end, and the log would only grow: past TRUNCATE_ABOVE_PAGES the worker runs a
// TRUNCATE checkpoint, which holds writes back briefly (what is left to copy since the PASSIVE one, and a
// sync) and empties the log.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the worker copies the log into the database file. */
const CHECKPOINT_EVERY_MS = 1_000;
/** 10,000 pages of 4 KiB: about 40 MB of log. */
const TRUNCATE_ABOVE_PAGES = 10_000;
/** How long the TRUNCATE checkpoint waits for the service's write to end (it tries again a second later). */
const TRUNCATE_WAIT_MS = 1_000;

interface CheckpointSettings {
  everyMs: number;
  truncateAbovePages: number;
}

const DEFAULT_SETTINGS: CheckpointSettings = { everyMs: CHECKPOINT_EVERY_MS, truncateAbovePages: TRUNCATE_ABOVE_PAGES };

// Plain JavaScript, evaluated as the worker's script: it loads the same under tsx, vitest and the build.
const WORKER_SCRIPT = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: workerData.truncateWaitMs });
const checkpoint = () => {
  const [{ log, checkpointed }] = db.pragma("wal_checkpoint(PASSIVE)");
  if (log > workerData.truncateAbovePages) db.pragma("wal_checkpoint(TRUNCATE)");
  return { log, checkpointed };
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on("message", (command) => {
  if (command === "checkpoint") {
    parentPort.postMessage(checkpoint());
    return;
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpoints {
  /** Runs a checkpoint now, as the worker does on its own; resolves with the log's pages and how many of them it copied (before emptying it, past the limit). */
  checkpointNow(): Promise<{ log: number; checkpointed: number }>;
  stop(): Promise<void>;
}

/**
 * Starts checkpointing the log of the SQLite file at `file` in a worker thread. `failed` is called if the
 * worker stops on an error: the caller then turns SQLite's automatic checkpoints back on.
 */
export function checkpointInBackground(file: string, failed: (error: Error) => void, settings = DEFAULT_SETTINGS): Checkpoints {
  const worker = new Worker(WORKER_SCRIPT, {
    eval: true,
    workerData: { file, driver: createRequire(import.meta.url).resolve("better-sqlite3"), truncateWaitMs: TRUNCATE_WAIT_MS, ...settings },
  });
  // The service does not wait for it to exit.
  worker.unref();
  worker.on("error", failed);
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    checkpointNow: () => {
      worker.ref();
      const answer = new Promise<{ log: number; checkpointed: number }>((resolve) => worker.once("message", resolve)).finally(() => worker.unref());
      worker.postMessage("checkpoint");
      return answer;
    },
    stop: async () => {
      // Held until it has closed its connection, even when nothing else keeps the process running.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
