// What the simulator sends to the service: STK callbacks, C2B validations and confirmations, Transaction
// Status results and timeouts. Each goes when the injected scheduler says, is POSTed once (Safaricom does
// not resend a failed one) and is recorded; tests wait for none left (whenIdle) and read what was sent.
import type { Logger } from "../../logger.js";
import type { C2bNotificationBody, StkCallbackBody, TransactionStatusResultBody } from "../protocol.js";

/** Runs `task` after `delayMs`; returns a function that cancels it. Tests inject one they drive by hand. */
export type Scheduler = (task: () => void, delayMs: number) => () => void;

export const defaultScheduler: Scheduler = (task, delayMs) => {
  const timer = setTimeout(task, delayMs);
  return () => clearTimeout(timer);
};

/** What a POST is about, and what it carried. */
export type DeliveryContent =
  | { readonly kind: "stk_callback"; readonly checkoutRequestId: string; readonly body: StkCallbackBody }
  | { readonly kind: "c2b_validation"; readonly receipt: string; readonly body: C2bNotificationBody }
  | { readonly kind: "c2b_confirmation"; readonly receipt: string; readonly body: C2bNotificationBody }
  | { readonly kind: "status_result"; readonly receipt: string; readonly body: TransactionStatusResultBody }
  | { readonly kind: "status_timeout"; readonly receipt: string; readonly body: TransactionStatusResultBody };

export type SimulatorDelivery = DeliveryContent & {
  readonly url: string;
  /** 1, or the later copies of what is scripted to come more than once. */
  readonly copy: number;
  /** The receiver's HTTP status; undefined when it could not be reached. */
  readonly httpStatus: number | undefined;
  readonly error: string | undefined;
  /** The receiver's answer, parsed as JSON (undefined when empty or not JSON). */
  readonly answer: unknown;
};

const MAX_REMEMBERED_DELIVERIES = 1_000;

function parsedAnswer(text: string): unknown {
  try {
    return text.trim() === "" ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

export class Courier {
  readonly deliveries: SimulatorDelivery[] = [];
  private readonly listeners = new Set<(delivery: SimulatorDelivery) => void>();
  private readonly cancels = new Set<() => void>();
  private idleWaiters: Array<() => void> = [];
  private busy = 0;
  private closed = false;

  constructor(
    private readonly options: {
      readonly schedule: Scheduler;
      readonly deliveryTimeoutMs: number;
      readonly log: Logger | undefined;
    },
  ) {}

  /** Resolves once nothing is scheduled or on its way. */
  whenIdle(): Promise<void> {
    return this.busy === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  onDelivery(listener: (delivery: SimulatorDelivery) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Cancels what is scheduled; what is on its way is not followed by another copy. */
  close(): void {
    this.closed = true;
    for (const cancel of [...this.cancels]) {
      this.cancels.delete(cancel);
      cancel();
    }
  }

  private settle(): void {
    this.busy -= 1;
    if (this.busy === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** Runs `task` after `delayMs` through the scheduler; `what` names it in the log if it fails. */
  later(what: Record<string, unknown>, delayMs: number, task: () => Promise<void>): void {
    if (this.closed) return;
    this.busy += 1;
    let fired = false;
    let cancelTimer: () => void = () => {};
    const cancel = () => {
      if (fired) return;
      fired = true;
      cancelTimer();
      this.settle();
    };
    cancelTimer = this.options.schedule(
      () => {
        if (fired) return;
        fired = true;
        this.cancels.delete(cancel);
        void task()
          .catch((error: unknown) => this.options.log?.error({ err: error, ...what }, "the simulator could not finish what it was sending"))
          .finally(() => this.settle());
      },
      Math.max(0, delayMs),
    );
    // A scheduler may run the task at once, inside schedule(): then there is nothing left to cancel.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set inside the callback above
    if (!fired) this.cancels.add(cancel);
  }

  /** POSTs `content.body` to `url` once, records it, and returns the record. */
  async post(content: DeliveryContent, url: string, copy = 1): Promise<SimulatorDelivery> {
    let httpStatus: number | undefined;
    let error: string | undefined;
    let answer: unknown;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(content.body),
        signal: AbortSignal.timeout(this.options.deliveryTimeoutMs),
      });
      httpStatus = response.status;
      answer = parsedAnswer(await response.text());
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const delivery: SimulatorDelivery = { ...content, url, copy, httpStatus, error, answer };
    this.deliveries.push(delivery);
    if (this.deliveries.length > MAX_REMEMBERED_DELIVERIES) this.deliveries.shift();
    const about = content.kind === "stk_callback" ? { checkoutRequestId: content.checkoutRequestId } : { receipt: content.receipt };
    if (error !== undefined || httpStatus === undefined || httpStatus >= 300) {
      this.options.log?.warn({ kind: content.kind, ...about, httpStatus, error }, "simulated delivery not accepted by the receiver");
    } else {
      this.options.log?.debug({ kind: content.kind, ...about, httpStatus, copy }, "simulated delivery made");
    }
    for (const listener of this.listeners) listener(delivery);
    return delivery;
  }
}
