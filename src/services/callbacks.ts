// Safaricom's callbacks: every body is stored exactly as received before anything else, then parsed
// and applied. One that names a prompt we do not know (yet) is kept, and applied when the prompt's
// CheckoutRequestID is recorded (the push answer and the callback can race).
import { parseStkCallback, type StkCallback } from "../mpesa/callback.js";
import type { ServiceContext } from "./context.js";
import { applyStkAnswer, type ApplyOutcome, type StkAnswer } from "./payment-results.js";

export type CallbackReceipt =
  | { ok: true; outcome: ApplyOutcome | "stored" }
  | { ok: false; problem: string };

/** The answer in a parsed callback, or null when it says "still processing" (nothing to apply). */
export function answerOf(callback: StkCallback): StkAnswer | null {
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

async function applyStored(context: ServiceContext, callbackId: number, callback: StkCallback): Promise<ApplyOutcome | "stored"> {
  const answer = answerOf(callback);
  const outcome = answer ? await applyStkAnswer(context, callback.checkoutRequestId, answer) : "duplicate";
  const status = outcome === "applied" ? "APPLIED" : outcome === "duplicate" ? "DUPLICATE" : "UNMATCHED";
  await context.db.mpesaCallback.update({
    where: { id: callbackId },
    data: { status, appliedAt: outcome === "applied" ? context.now() : null },
  });
  return outcome;
}

/**
 * Stores a callback body as received, then applies it. Throws only if the body cannot be stored;
 * a failure after storing leaves the row RECEIVED, to be applied by `applyReceivedCallbacks`.
 */
export async function receiveCallback(context: ServiceContext, rawBody: string, sourceIp: string | null): Promise<CallbackReceipt> {
  const { db, now, logger } = context;
  const row = await db.mpesaCallback.create({ data: { body: rawBody, sourceIp, receivedAt: now() } });
  const parsed = parseStkCallback(rawBody);
  if (!parsed.ok) {
    const problem = `${parsed.error.problem} (${parsed.error.field})`;
    await db.mpesaCallback.update({ where: { id: row.id }, data: { status: "REJECTED", error: problem, checkoutRequestId: parsed.error.checkoutRequestId ?? null } });
    logger.warn({ callbackId: row.id, problem, body: rawBody.slice(0, 2000) }, "M-Pesa callback refused");
    return { ok: false, problem };
  }
  await db.mpesaCallback.update({ where: { id: row.id }, data: { checkoutRequestId: parsed.callback.checkoutRequestId } });
  try {
    return { ok: true, outcome: await applyStored(context, row.id, parsed.callback) };
  } catch (error) {
    logger.error({ err: error, callbackId: row.id }, "M-Pesa callback stored but not applied yet");
    return { ok: true, outcome: "stored" };
  }
}

/** Applies kept callbacks for a prompt whose CheckoutRequestID has just been recorded. */
export async function applyKeptCallbacks(context: ServiceContext, checkoutRequestId: string): Promise<void> {
  const kept = await context.db.mpesaCallback.findMany({
    where: { checkoutRequestId, status: { in: ["RECEIVED", "UNMATCHED"] } },
    orderBy: { id: "asc" },
  });
  for (const row of kept) {
    const parsed = parseStkCallback(row.body);
    if (parsed.ok) await applyStored(context, row.id, parsed.callback);
  }
}

/** At start-up: applies callbacks that were stored but not applied (the process stopped in between). */
export async function applyReceivedCallbacks(context: ServiceContext): Promise<number> {
  const received = await context.db.mpesaCallback.findMany({ where: { status: "RECEIVED" }, orderBy: { id: "asc" }, take: 500 });
  for (const row of received) {
    const parsed = parseStkCallback(row.body);
    if (parsed.ok) await applyStored(context, row.id, parsed.callback);
    else await context.db.mpesaCallback.update({ where: { id: row.id }, data: { status: "REJECTED", error: parsed.error.problem } });
  }
  return received.length;
}
