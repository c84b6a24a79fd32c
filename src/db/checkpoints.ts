// Checkpoints of the service's SQLite write-ahead log, off the event loop. SQLite's automatic checkpoint
// runs inside the COMMIT that fills the log past 1,000 pages: copying those pages into the database file
// and syncing it held up every request for up to most of a second. Here the service's connection does no
// checkpoints; a worker thread with a connection of its own runs a PASSIVE one every CHECKPOINT_EVERY_MS
// in which the log changed, which never waits for and never blocks the service's writes; the next write
// after a checkpoint that copied the whole log starts the log over. Under writes that never pause, a
// PASSIVE checkpoint never catches up with the log's end, and the log would only grow: past
// TRUNCATE_ABOVE_PAGES the worker runs a TRUNCATE checkpoint, which holds writes back briefly (what is left
// to copy since the PASSIVE one, and a sync) and empties the log.
//
// The thread costs about 10 MB of memory while it runs, so it runs only while there is something to copy:
// it starts when the log file changes (seen with an fs.stat, which does not block the event loop) and
// stops once the log has stayed unchanged for IDLE_TURNS_BEFORE_STOP turns.
import { stat } from "node:fs/promises";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the log is looked at, and copied into the database file if it changed. */
const CHECKPOINT_EVERY_MS = 1_000;
/** 10,000 pages of 4 KiB: about 40 MB of log. */
const TRUNCATE_ABOVE_PAGES = 10_000;
/** How long the TRUNCATE checkpoint waits for the service's write to end (it tries again a second later). */
const TRUNCATE_WAIT_MS = 1_000;
/** Turns without a change to the log after which the worker stops (it starts again at the next change). */
const IDLE_TURNS_BEFORE_STOP = 30;

interface CheckpointSettings {
  everyMs: number;
  truncateAbovePages: number;
  idleTurnsBeforeStop: number;
}

const DEFAULT_SETTINGS: CheckpointSettings = {
  everyMs: CHECKPOINT_EVERY_MS,
  truncateAbovePages: TRUNCATE_ABOVE_PAGES,
  idleTurnsBeforeStop: IDLE_TURNS_BEFORE_STOP,
};

// Plain JavaScript, evaluated as the worker's script: it loads the same under tsx, vitest and the build.
const WORKER_SCRIPT = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: workerData.truncateWaitMs });
parentPort.on("message", (command) => {
  if (command === "checkpoint") {
    const [{ log, checkpointed }] = db.pragma("wal_checkpoint(PASSIVE)");
    if (log > workerData.truncateAbovePages) db.pragma("wal_checkpoint(TRUNCATE)");
    parentPort.postMessage({ log, checkpointed });
    return;
  }
  db.close();
  parentPort.close();
});
`;

type CheckpointResult = { log: number; checkpointed: number };

export interface Checkpoints {
  /** Runs a checkpoint now (starting the worker if it is not running); resolves with the log's pages and how many of them it copied (before emptying it, past the limit). */
  checkpointNow(): Promise<CheckpointResult>;
  /** What the timer does every `everyMs`: a checkpoint if the log changed since the last turn, else counts towards stopping the worker. */
  turn(): Promise<void>;
  /** True while the worker thread runs. */
  readonly running: boolean;
  stop(): Promise<void>;
}

/**
 * Checkpoints the log of the SQLite file at `file` from a worker thread, started while the log changes.
 * `failed` is called if the worker stops on an error: the caller then turns SQLite's automatic
 * checkpoints back on, and no worker is started again.
 */
export function checkpointInBackground(file: string, failed: (error: Error) => void, given: Partial<CheckpointSettings> = {}): Checkpoints {
  const settings = { ...DEFAULT_SETTINGS, ...given };
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const logFile = `${file}-wal`;
  /** The log file's size and time of last change ("" while there is none). */
  const logStamp = (stats: { size: number; mtimeMs: number } | undefined) => (stats ? `${stats.size}:${stats.mtimeMs}` : "");
  let seen = logStamp(statSync(logFile, { throwIfNoEntry: false }));
  let idleTurns = 0;
  let worker: { thread: Worker; exited: Promise<void>; error: Promise<never> } | undefined;
  let broken = false;

  const startWorker = () => {
    const thread = new Worker(WORKER_SCRIPT, {
      eval: true,
      workerData: { file, driver, truncateWaitMs: TRUNCATE_WAIT_MS, truncateAbovePages: settings.truncateAbovePages },
    });
    // The service does not wait for it to exit.
    thread.unref();
    const error = new Promise<never>((_, reject) =>
      thread.once("error", (cause: Error) => {
        broken = true;
        worker = undefined;
        failed(cause);
        reject(cause);
      }),
    );
    error.catch(() => {});
    const exited = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
    return { thread, exited, error };
  };

  const checkpointNow = async (): Promise<CheckpointResult> => {
    if (broken) throw new Error("the checkpoint worker stopped on an error");
    worker ??= startWorker();
    const { thread, error } = worker;
    thread.ref();
    try {
      const answer = new Promise<CheckpointResult>((resolve) => thread.once("message", resolve));
      thread.postMessage("checkpoint");
      return await Promise.race([answer, error]);
    } finally {
      thread.unref();
    }
  };

  const stopWorker = async () => {
    if (!worker) return;
    const { thread, exited } = worker;
    worker = undefined;
    // Held until it has closed its connection, even when nothing else keeps the process running.
    thread.ref();
    thread.postMessage("stop");
    await exited;
  };

  const turn = async () => {
    const stats = await stat(logFile).catch(() => undefined);
    const stamp = logStamp(stats);
    const changed = stamp !== seen;
    seen = stamp;
    // An empty log (just created by the service's first read, or just emptied) has nothing to copy.
    if (changed && stats !== undefined && stats.size > 0) {
      idleTurns = 0;
      await checkpointNow();
    } else if (worker && ++idleTurns >= settings.idleTurnsBeforeStop) {
      await stopWorker();
    }
  };

  let timer: NodeJS.Timeout | undefined;
  let turning: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      turning = turn().then(
        () => schedule(),
        () => {}, // the worker failed: `failed` was told, and SQLite checkpoints on its own from now on
      );
    }, settings.everyMs);
    timer.unref();
  };
  schedule();

  return {
    checkpointNow,
    turn,
    get running() {
      return worker !== undefined;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await turning;
      await stopWorker();
    },
  };
}
