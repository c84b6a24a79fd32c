// Applies the callbacks the M-Pesa callback route stored, in batches (src/services/callbacks.ts), as
// soon as the route says it stored some, and at start-up whatever was left RECEIVED. Each instance
// runs its own: with several on one database, two may take the same rows; the second apply of a row
// changes nothing (conditional updates on the prompt, the payment and the row's status, outbox rows
// deduplicated by key), so a second instance costs only the repeated work, never a second effect.
// A row that fails is left RECEIVED and not taken again by this loop: the reconcile sweep retries it.
//
// Acknowledgements come first: while callbacks keep being stored, the applier rests after each batch
// that applied something for as long as the batch took, leaving at least half of the event loop to the
// callback route. In the callback benchmark (50 connections of new results) that raised acknowledgements
// from about 2,000/s to 2,650/s (3,400/s with the 3 ms batches it allowed); once the storm ends the
// backlog is applied at full speed, and as many were applied per second over the whole run.
//
// Its cursor moves past the rows it has sorted out. On PostgreSQL ids are taken when an insert starts
// and seen when it commits, so a row can show up behind the cursor: another connection's insert, or
// another instance's, that committed late. When this instance's own store of such a row is announced,
// the cursor goes back to it; rows left behind by another instance are that instance's to apply, and
// the reconcile sweep's if it died.
import { applyReceivedBatch, type ApplierCursor } from "../services/callbacks.js";
import type { ServiceContext } from "../services/context.js";
import type { Job, JobDeps } from "./job.js";

/** Callbacks stored less than this long ago mean more are arriving. */
const STILL_ARRIVING_MS = 20;

/** How long the applier rests after a batch (see above): ms, from performance.now() readings. */
export function restAfterBatch(batch: { startedAt: number; finishedAt: number; applied: number }, lastStoredAt: number): number {
  const stillArriving = batch.finishedAt - lastStoredAt < STILL_ARRIVING_MS;
  return batch.applied > 0 && stillArriving ? batch.finishedAt - batch.startedAt : 0;
}

export class CallbackApplier {
  readonly #context: ServiceContext;
  #running = false;
  #woken = false;
  /** Rows up to here were applied (or left to the sweep), or sorted out. */
  #cursor: ApplierCursor = { appliedThrough: 0, sortedThrough: 0 };
  #draining: Promise<void> | undefined;
  /** performance.now() of the last wake: when callbacks were last stored. */
  #lastStoredAt = -Infinity;

  /** The lowest id announced by a store since the last batch started. */
  #firstAnnounced: number | undefined;

  constructor(context: ServiceContext) {
    this.#context = context;
  }

  start(): void {
    this.#running = true;
    this.#woken = true;
    this.#draining ??= this.#drain();
  }

  /** Callbacks were stored, the first with id `firstId`: they are applied now (after the batch in progress, if any). */
  wake(firstId: number): void {
    this.#woken = true;
    this.#lastStoredAt = performance.now();
    this.#firstAnnounced = Math.min(this.#firstAnnounced ?? firstId, firstId);
    if (this.#running) this.#draining ??= this.#drain();
  }

  /** Resolves once the batch in progress has finished; nothing starts after. */
  async stop(): Promise<void> {
    this.#running = false;
    await this.#draining;
  }

  /** Resolves once every callback stored before the call has been applied (or failed, and left to the sweep). */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#woken && this.#running) {
        this.#woken = false;
        await this.#applyAll();
      }
    } catch (error) {
      this.#context.logger.error({ err: error }, "stored M-Pesa callbacks could not be read; the sweep applies them");
    } finally {
      this.#draining = undefined;
    }
  }

  /** Batch after batch, until none is left or the applier is stopped. */
  async #applyAll(): Promise<void> {
    for (;;) {
      // Checked at a batch's start, not on the announcement: a batch running meanwhile may move the cursor past the row without having seen it.
      const announced = this.#firstAnnounced;
      this.#firstAnnounced = undefined;
      if (announced !== undefined && announced <= this.#cursor.sortedThrough) {
        const back = announced - 1;
        this.#cursor = { appliedThrough: Math.min(this.#cursor.appliedThrough, back), sortedThrough: back };
      }
      const startedAt = performance.now();
      const batch = await applyReceivedBatch(this.#context, this.#cursor);
      if (!batch) return;
      this.#cursor = batch.cursor;
      if (batch.applied > 0) this.#context.messagesQueued();
      if (!this.#running) return;
      const rest = restAfterBatch({ startedAt, finishedAt: performance.now(), applied: batch.applied }, this.#lastStoredAt);
      await new Promise((resolve) => (rest > 0 ? setTimeout(resolve, rest) : setImmediate(resolve)));
    }
  }
}

export function callbackApplierJob({ callbacks }: JobDeps): Job {
  return {
    async start() {
      callbacks.start();
    },
    stop: () => callbacks.stop(),
  };
}
