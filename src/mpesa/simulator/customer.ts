// The pretend customer: answers each prompt after the delay, and POSTs Daraja's callback to the
// service's own callback URL (once, twice or never, as the number scripts it).
import { randomInt } from "node:crypto";
import type { SimulatedPush } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import type { StkCallbackBody } from "../protocol.js";
import { darajaTimestamp } from "../timestamp.js";
import { answerPush, type SimulatorDb } from "./state.js";

/** Runs `task` after `delayMs`; returns a function that cancels it. Tests inject one they drive by hand. */
export type Scheduler = (task: () => void, delayMs: number) => () => void;

export interface SimulatorDelivery {
  readonly checkoutRequestId: string;
  readonly url: string;
  /** 1, or 2 for the duplicate scripted number. */
  readonly copy: number;
  readonly body: StkCallbackBody;
  /** The receiver's HTTP status; undefined when it could not be reached. */
  readonly httpStatus: number | undefined;
  readonly error: string | undefined;
}

export const defaultScheduler: Scheduler = (task, delayMs) => {
  const timer = setTimeout(task, delayMs);
  return () => clearTimeout(timer);
};

const MAX_REMEMBERED_DELIVERIES = 1_000;
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

function receiptNumber(): string {
  // Ten upper-case letters and digits, starting with a letter (as M-Pesa's do).
  return ALPHANUMERIC.charAt(randomInt(26)) + Array.from({ length: 9 }, () => ALPHANUMERIC.charAt(randomInt(ALPHANUMERIC.length))).join("");
}

function callbackBodyFor(push: SimulatedPush, at: Date): StkCallbackBody {
  const stkCallback: StkCallbackBody["Body"]["stkCallback"] = {
    MerchantRequestID: push.merchantRequestId,
    CheckoutRequestID: push.checkoutRequestId,
    ResultCode: push.resultCode,
    ResultDesc: push.resultDesc,
  };
  if (push.resultCode === 0) {
    stkCallback.CallbackMetadata = {
      Item: [
        { Name: "Amount", Value: push.amountKes },
        { Name: "MpesaReceiptNumber", Value: receiptNumber() },
        { Name: "Balance" },
        { Name: "TransactionDate", Value: Number(darajaTimestamp(at)) },
        { Name: "PhoneNumber", Value: Number(push.msisdn) },
      ],
    };
  }
  return { Body: { stkCallback } };
}

export interface PretendCustomerOptions {
  readonly db: SimulatorDb;
  readonly callbackUrl: string;
  readonly now: () => Date;
  readonly schedule: Scheduler;
  readonly deliveryTimeoutMs: number;
  readonly log: Logger | undefined;
}

export class PretendCustomer {
  readonly deliveries: SimulatorDelivery[] = [];
  private readonly listeners = new Set<(delivery: SimulatorDelivery) => void>();
  private readonly cancels = new Set<() => void>();
  private idleWaiters: Array<() => void> = [];
  private busy = 0;
  private closed = false;

  constructor(private readonly options: PretendCustomerOptions) {}

  /** Resolves once no callback is scheduled or on its way. */
  whenIdle(): Promise<void> {
    return this.busy === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  onDelivery(listener: (delivery: SimulatorDelivery) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Cancels scheduled answers; callbacks on their way are not followed by another copy. */
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

  scheduleAnswer(push: SimulatedPush, delayMs: number): void {
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
        void this.answer(push)
          .catch((error: unknown) =>
            this.options.log?.error({ err: error, checkoutRequestId: push.checkoutRequestId }, "the simulated customer could not answer"),
          )
          .finally(() => this.settle());
      },
      Math.max(0, delayMs),
    );
    // A scheduler may run the answer at once, inside schedule(): then there is nothing left to cancel.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set inside the callback above
    if (!fired) this.cancels.add(cancel);
  }

  private async answer(push: SimulatedPush): Promise<void> {
    // Once: the answer is recorded before its callback goes, as Safaricom does (a callback lost on
    // the way is not sent again; the query still tells the result).
    if (!(await answerPush(this.options.db, push.checkoutRequestId, this.options.now()))) return;
    const body = callbackBodyFor(push, this.options.now());
    const copies = push.behaviour === "no_callback" ? 0 : push.behaviour === "duplicate_callback" ? 2 : 1;
    for (let copy = 1; copy <= copies && !this.closed; copy++) await this.deliver(push, body, copy);
  }

  private async deliver(push: SimulatedPush, body: StkCallbackBody, copy: number): Promise<void> {
    const { callbackUrl, deliveryTimeoutMs, log } = this.options;
    let httpStatus: number | undefined;
    let error: string | undefined;
    try {
      const response = await fetch(callbackUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(deliveryTimeoutMs),
      });
      httpStatus = response.status;
      await response.body?.cancel();
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const delivery: SimulatorDelivery = { checkoutRequestId: push.checkoutRequestId, url: callbackUrl, copy, body, httpStatus, error };
    this.deliveries.push(delivery);
    if (this.deliveries.length > MAX_REMEMBERED_DELIVERIES) this.deliveries.shift();
    // Like Safaricom: a callback that fails is not sent again.
    if (error !== undefined || httpStatus === undefined || httpStatus >= 300) {
      log?.warn({ checkoutRequestId: push.checkoutRequestId, httpStatus, error }, "simulated callback not accepted by the receiver");
    } else {
      log?.debug({ checkoutRequestId: push.checkoutRequestId, httpStatus, copy }, "simulated callback delivered");
    }
    for (const listener of this.listeners) listener(delivery);
  }
}
