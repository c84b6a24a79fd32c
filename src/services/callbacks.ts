// Safaricom's callbacks: every body is stored exactly as received before anything else, then parsed
// and applied. One that names a prompt we do not know (yet) is kept, and applied when the prompt's
// CheckoutRequestID is recorded (the push answer and the callback can race).
import { parseStkCallback, type StkCallback } from "../mpesa/callback.js";
import type { ServiceContext } from "./context.js";
import { enqueueMessages } from "./outbox.js";
import { managerChatIds } from "./staff.js";
import { applyStkAnswer, type ApplyOutcome, type StkAnswer } from "./payment-results.js";

export type CallbackReceipt = { ok: true; outcome: ApplyOutcome | "stored" } | { ok: false; problem: string };

/** The answer in a parsed callback, or null when it says "still processing" (nothing to apply). */
function answerOf(callback: StkCallback): StkAnswer | null {
  const resultCode = String(callback.resultCode);
  const { resultDesc, result } = callback;
  switch (result.status) {
    case "paid":
      return { status: "paid", resultCode, resultDesc, payment: result.payment };
    case "failed":
      return { status: "failed", resultCode, resultDesc, reason: result.reason };
    case "unknown":
      return { status: "unknown", resultCode, resultDesc };
    case "pending":
      return null;
  }
}

/** Statuses a callback row may be moved out of: APPLIED is final, and DUPLICATE gives way only to APPLIED. */
const OPEN_STATUSES = ["RECEIVED", "UNMATCHED"] as const;
/** How long a callback naming an unknown prompt is retried by the sweep (the push answer comes in seconds). */
const KEEP_RETRYING_UNMATCHED_MS = 24 * 60 * 60 * 1000;

async function applyStored(context: ServiceContext, callbackId: number, callback: StkCallback): Promise<ApplyOutcome | "stored"> {
  const answer = answerOf(callback);
  const outcome = answer ? await applyStkAnswer(context, callback.checkoutRequestId, answer) : "duplicate";
  const status = outcome === "applied" ? "APPLIED" : outcome === "duplicate" ? "DUPLICATE" : "UNMATCHED";
  // Conditional: another instance may have applied this row meanwhile (the sweep, or the push answer
  // applying kept callbacks); its APPLIED must not become UNMATCHED or DUPLICATE here.
  await context.db.mpesaCallback.updateMany({
    where: { id: callbackId, status: { in: outcome === "applied" ? [...OPEN_STATUSES, "DUPLICATE"] : [...OPEN_STATUSES] } },
    data: { status, checkoutRequestId: callback.checkoutRequestId, appliedAt: outcome === "applied" ? context.now() : null },
  });
  return outcome;
}

/**
 * Stores a callback body as received, then applies it. Throws only if the body cannot be stored
 * (the route then answers 500: nothing was kept). Once stored, every later step is caught and the
 * callback acknowledged: Safaricom does not redeliver, and a row left RECEIVED is applied by the
 * sweep (`applyReceivedCallbacks`, at start-up and from the reconcile loop).
 */
export async function receiveCallback(context: ServiceContext, rawBody: string, sourceIp: string | null): Promise<CallbackReceipt> {
  const { db, now, logger } = context;
  const row = await db.mpesaCallback.create({ data: { body: rawBody, sourceIp, receivedAt: now() } });
  try {
    const parsed = parseStkCallback(rawBody);
    if (!parsed.ok) {
      const problem = `${parsed.error.problem} (${parsed.error.field})`;
      logger.warn({ callbackId: row.id, problem, body: rawBody.slice(0, 2000) }, "M-Pesa callback refused");
      try {
        await db.mpesaCallback.updateMany({
          where: { id: row.id, status: "RECEIVED" },
          data: { status: "REJECTED", error: problem, checkoutRequestId: parsed.error.checkoutRequestId ?? null },
        });
      } catch (error) {
        // Left RECEIVED: the sweep parses it again and rejects it.
        logger.error({ err: error, callbackId: row.id }, "refused M-Pesa callback could not be marked REJECTED");
      }
      return { ok: false, problem };
    }
    // Recorded first, so that a row the next step leaves behind can be found by its prompt.
    await db.mpesaCallback.updateMany({ where: { id: row.id, status: "RECEIVED" }, data: { checkoutRequestId: parsed.callback.checkoutRequestId } });
    return { ok: true, outcome: await applyStored(context, row.id, parsed.callback) };
  } catch (error) {
    logger.error({ err: error, callbackId: row.id }, "M-Pesa callback stored but not applied yet");
    return { ok: true, outcome: "stored" };
  }
}

/** Applies kept callbacks for a prompt whose CheckoutRequestID has just been recorded. */
export async function applyKeptCallbacks(context: ServiceContext, checkoutRequestId: string): Promise<void> {
  const kept = await context.db.mpesaCallback.findMany({
    where: { checkoutRequestId, status: { in: [...OPEN_STATUSES] } },
    orderBy: { id: "asc" },
  });
  for (const row of kept) {
    const parsed = parseStkCallback(row.body);
    if (parsed.ok) await applyStored(context, row.id, parsed.callback);
  }
}

export interface SweepOptions {
  /** Only rows received at least this long ago (default 0: all), leaving fresh ones to the request handling them. */
  olderThanSeconds?: number;
  /** Rows per call at most (default 500). */
  limit?: number;
}

/**
 * Applies callbacks that were stored but not applied: the process stopped in between, or a step after
 * storing failed. Run at start-up, and from the reconcile loop for rows older than a few seconds. Also
 * retries callbacks kept UNMATCHED in the last day whose prompt has been recorded since (the push
 * answer applies them at once; this covers that step failing). Returns how many rows it applied.
 */
export async function applyReceivedCallbacks(context: ServiceContext, options: SweepOptions = {}): Promise<number> {
  const { db, now, logger } = context;
  const limit = options.limit ?? 500;
  const olderThan = options.olderThanSeconds ? { lte: new Date(now().getTime() - options.olderThanSeconds * 1000) } : {};
  const received = await db.mpesaCallback.findMany({
    where: { status: "RECEIVED", receivedAt: olderThan },
    orderBy: { id: "asc" },
    take: limit,
  });
  const unmatched = await db.mpesaCallback.findMany({
    where: { status: "UNMATCHED", checkoutRequestId: { not: null }, receivedAt: { ...olderThan, gte: new Date(now().getTime() - KEEP_RETRYING_UNMATCHED_MS) } },
    orderBy: { id: "asc" },
    take: limit,
  });
  const known =
    unmatched.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db.stkRequest.findMany({
              where: { checkoutRequestId: { in: unmatched.flatMap((row) => row.checkoutRequestId ?? []) } },
              select: { checkoutRequestId: true },
            })
          ).map((stk) => stk.checkoutRequestId),
        );
  const rows = [...received, ...unmatched.filter((row) => row.checkoutRequestId !== null && known.has(row.checkoutRequestId))];
  let applied = 0;
  for (const row of rows) {
    try {
      const parsed = parseStkCallback(row.body);
      if (parsed.ok) {
        if ((await applyStored(context, row.id, parsed.callback)) === "applied") applied++;
      } else {
        await db.mpesaCallback.updateMany({ where: { id: row.id, status: "RECEIVED" }, data: { status: "REJECTED", error: parsed.error.problem } });
      }
    } catch (error) {
      // One row failing does not hold up the others; it stays as it was, for the next sweep.
      logger.error({ err: error, callbackId: row.id }, "stored M-Pesa callback could not be applied");
    }
  }
  return applied;
}

/** How long a rejected body (malformed, wrong shape) is kept for a look at what was sent. */
const KEEP_REJECTED_CALLBACKS_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes rejected callback bodies older than `keepMs`. Every other callback (applied, duplicate,
 * unmatched, or waiting to be applied) is kept for good: it is the evidence behind a payment's state.
 */
export async function forgetRejectedCallbacks({ db, now }: ServiceContext, keepMs = KEEP_REJECTED_CALLBACKS_MS): Promise<number> {
  const { count } = await db.mpesaCallback.deleteMany({ where: { status: "REJECTED", receivedAt: { lt: new Date(now().getTime() - keepMs) } } });
  return count;
}

/** How long a paid callback may wait for its prompt to show up before the managers are told. */
export const UNMATCHED_ALERT_AFTER_MS = 10 * 60 * 1000;

/**
 * Money M-Pesa says it received for a prompt nobody here knows of (its push answer was lost, or a
 * prompt sent by something else): once it has waited UNMATCHED_ALERT_AFTER_MS, every manager is
 * told, once, with the amount, phone and receipt to settle it by hand. Each row is looked at once
 * (alertCheckedAt), so callbacks that report no money never crowd out one that does.
 */
export async function alertUnmatchedPayments(context: ServiceContext, limit = 100): Promise<number> {
  const { db, now, notices } = context;
  const managers = await managerChatIds(context);
  // Without a manager there is nobody to tell: the rows wait, unchecked, for the first one.
  if (managers.length === 0) return 0;
  const rows = await db.mpesaCallback.findMany({
    where: { status: "UNMATCHED", alertCheckedAt: null, receivedAt: { lte: new Date(now().getTime() - UNMATCHED_ALERT_AFTER_MS) } },
    orderBy: { id: "asc" },
    take: limit,
  });
  let alerted = 0;
  for (const row of rows) {
    const parsed = parseStkCallback(row.body);
    const paid = parsed.ok && parsed.callback.result.status === "paid" ? parsed.callback.result.payment : null;
    const told = await db.$transaction(async (tx) => {
      // Conditional: another instance may be checking the same row.
      const checked = await tx.mpesaCallback.updateMany({ where: { id: row.id, alertCheckedAt: null }, data: { alertCheckedAt: now() } });
      if (checked.count === 0 || !paid) return false;
      const payload = notices.unmatchedPayment({ amountKes: paid.amount, receipt: paid.receiptNumber, phone: paid.phoneNumber, at: paid.transactionDate });
      await enqueueMessages(
        tx,
        managers.map((chatId) => ({ dedupeKey: `callback:${row.id}:unmatched:chat:${chatId}`, chatId, payload })),
        now(),
      );
      return true;
    });
    if (told) alerted++;
  }
  if (alerted > 0) context.messagesQueued();
  return alerted;
}
