// A callback that never comes is not the end: prompts still pending after MPESA_RECONCILE_AFTER_S are
// checked with Daraja's STK query, again with backoff. A final answer goes through the same code
// path as a callback; after MPESA_RECONCILE_GIVE_UP_S without one, the prompt becomes "unknown:
// check the M-Pesa statement" and people are told.
import { isMpesaError } from "../mpesa/errors.js";
import type { ServiceContext } from "./context.js";
import type { MpesaGateway } from "./prompts.js";
import { applyStkAnswer, markStkUnknown } from "./payment-results.js";

/** A prompt recorded but never confirmed sent for this long was lost with the process that sent it. */
export const LOST_PUSH_AFTER_MS = 2 * 60 * 1000;
const MIN_RETRY_MS = 15_000;
const MAX_RETRY_MS = 120_000;

function queryBackoffMs(attempts: number): number {
  return Math.min(MIN_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

export interface ReconcileReport {
  queried: number;
  settled: number;
  gaveUp: number;
}

/**
 * Checks the prompts whose turn has come; safe to run on several instances at once. A prompt's turn is
 * its nextQueryAt, which is never set past the moment it is given up on: so the last query, asked
 * once that moment has passed, has a turn of its own like the others. Each turn is claimed by moving
 * nextQueryAt on (a conditional update on the value read), before the query: another instance that
 * read the same turn claims nothing, and the new nextQueryAt is the lease of the instance querying
 * (if it dies meanwhile, another asks once it has passed).
 */
export async function reconcilePending(context: ServiceContext, mpesa: MpesaGateway, limit = 20): Promise<ReconcileReport> {
  const { db, now, config, logger } = context;
  const report: ReconcileReport = { queried: 0, settled: 0, gaveUp: 0 };
  const nowMs = now().getTime();
  const due = await db.stkRequest.findMany({
    where: { state: "PENDING", nextQueryAt: { lte: now() } },
    orderBy: { nextQueryAt: "asc" },
    take: limit,
  });
  for (const stk of due) {
    const attempts = stk.queryAttempts + 1;
    const giveUpAt = stk.createdAt.getTime() + config.mpesa.reconcileGiveUpMs;
    const overdue = giveUpAt <= nowMs;
    const next = nowMs + queryBackoffMs(attempts);
    const claimed = await db.stkRequest.updateMany({
      where: { id: stk.id, state: "PENDING", nextQueryAt: stk.nextQueryAt },
      data: { queryAttempts: attempts, nextQueryAt: new Date(overdue ? next : Math.min(next, giveUpAt)) },
    });
    if (claimed.count === 0 || !stk.checkoutRequestId) continue;
    report.queried++;
    try {
      const answer = await mpesa.stkQuery(stk.checkoutRequestId);
      const resultCode = String(answer.resultCode);
      const { outcome, resultDesc } = answer;
      if (outcome.status !== "pending") {
        const applied =
          outcome.status === "paid"
            ? await applyStkAnswer(context, stk.checkoutRequestId, { status: "paid", resultCode, resultDesc, payment: null })
            : outcome.status === "failed"
              ? await applyStkAnswer(context, stk.checkoutRequestId, { status: "failed", resultCode, resultDesc, reason: outcome.reason })
              : await applyStkAnswer(context, stk.checkoutRequestId, { status: "unknown", resultCode, resultDesc });
        if (applied === "applied") report.settled++;
        continue;
      }
    } catch (error) {
      if (!isMpesaError(error)) throw error;
      logger.warn({ err: error, stkRequestId: stk.id }, "STK query failed; will ask again");
    }
    if (overdue && (await markStkUnknown(context, stk.id, "no_answer"))) report.gaveUp++;
  }
  return report;
}

/**
 * Prompts recorded but never confirmed sent: the process stopped between recording and Daraja's
 * answer, or the answer was lost. Nobody can query them; people are told to check the statement.
 */
export async function giveUpLostPushes(context: ServiceContext): Promise<number> {
  const cutoff = new Date(context.now().getTime() - LOST_PUSH_AFTER_MS);
  const lost = await context.db.stkRequest.findMany({ where: { state: "SENDING", createdAt: { lte: cutoff } }, select: { id: true } });
  let count = 0;
  for (const { id } of lost) if (await markStkUnknown(context, id, "push_lost")) count++;
  return count;
}
