// Applies the callbacks the M-Pesa callback route stored, in batches (src/services/callbacks.ts), as
// soon as the route says it stored some, and at start-up whatever was left RECEIVED. Each instance
// runs its own: with several on one database, two may take the same rows; the second apply of a row
// changes nothing (conditional updates on the prompt, the payment and the row's status, outbox rows
// deduplicated by key), so a second instance costs only the repeated work, never a second effect.
// A row that fails is left RECEIVED and not taken again by this loop: the reconcile sweep retries it.
import { applyReceivedBatch, type ApplierCursor } from "../services/callbacks.js";
import type { ServiceContext } from "../services/context.js";
import type { Job, JobDeps } from "./job.js";

export class CallbackApplier {
  readonly #context: ServiceContext;
  #running = false;
  #woken = false;
  /** Rows up to here were applied (or left to the sweep), or sorted out. */
  #cursor: ApplierCursor = { appliedThrough: 0, sortedThrough: 0 };
  #draining: Promise<void> | undefined;

  constructor(context: ServiceContext) {
    this.#context = context;
  }

  start(): void {
    this.#running = true;
    this.wake();
  }

  /** Callbacks were stored: they are applied now (after the batch in progress, if any). */
  wake(): void {
    this.#woken = true;
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
      const batch = await applyReceivedBatch(this.#context, this.#cursor);
      if (!batch) return;
      this.#cursor = batch.cursor;
      if (batch.applied > 0) this.#context.messagesQueued();
      if (!this.#running) return;
      await new Promise((resolve) => setImmediate(resolve));
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
