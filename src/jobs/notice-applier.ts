// Applies the notices the payment notice routes stored (src/services/mpesa-notices.ts) as soon as a
// route says it stored one, and at start-up whatever was left RECEIVED. Menu payments come a few a
// minute at a counter, not thousands a second as callbacks may: no batching here. Each instance runs
// its own; a row is taken by a conditional update, so two instances apply it once. A row that fails
// is left RECEIVED and not taken again by this loop: the reconcile sweep retries it.
import type { ServiceContext } from "../services/context.js";
import { applyReceivedNotices } from "../services/mpesa-notices.js";
import type { Job, JobDeps } from "./job.js";

export class NoticeApplier {
  readonly #context: ServiceContext;
  #running = false;
  #woken = false;
  #draining: Promise<void> | undefined;

  constructor(context: ServiceContext) {
    this.#context = context;
  }

  start(): void {
    this.#running = true;
    this.#woken = true;
    this.#draining ??= this.#drain();
  }

  /** Notices were stored: they are applied now (after the pass in progress, if any). */
  wake(): void {
    this.#woken = true;
    if (this.#running) this.#draining ??= this.#drain();
  }

  /** Resolves once the pass in progress has finished; nothing starts after. */
  async stop(): Promise<void> {
    this.#running = false;
    await this.#draining;
  }

  /** Resolves once every notice stored before the call has been applied (or failed, and left to the sweep). */
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
      this.#context.logger.error({ err: error }, "stored M-Pesa notices could not be read; the sweep applies them");
    } finally {
      this.#draining = undefined;
    }
  }

  /** Every RECEIVED row once, by id: a row that failed is not read again until the next wake. */
  async #applyAll(): Promise<void> {
    let afterId = 0;
    for (;;) {
      const { lastId } = await applyReceivedNotices(this.#context, { afterId });
      if (lastId === null || !this.#running) return;
      afterId = lastId;
    }
  }
}

export function noticeApplierJob({ notices }: JobDeps): Job {
  return {
    async start() {
      notices.start();
    },
    stop: () => notices.stop(),
  };
}
