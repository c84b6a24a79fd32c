// Settles what M-Pesa left open: callbacks and notices left stored, prompts with no answer yet (the STK
// query), pushes lost on the way, payments that matched no prompt (managers are told), and receipt
// checks M-Pesa did not answer.
import { alertUnmatchedPayments, applyReceivedCallbacks } from "../services/callbacks.js";
import { applyReceivedNotices } from "../services/mpesa-notices.js";
import { giveUpReceiptChecks } from "../services/receipt-checks.js";
import { giveUpLostPushes, reconcilePending } from "../services/reconcile.js";
import { repeating, type Job, type JobDeps } from "./job.js";

const RECONCILE_EVERY_MS = 5_000;
/** Callbacks still RECEIVED this long after they arrived were left behind by a failed step or a stop. */
const SWEEP_CALLBACKS_AFTER_S = 30;

export function reconciliationJob(deps: JobDeps): Job {
  const { context, mpesa, outbox } = deps;
  return repeating(
    "reconcile",
    RECONCILE_EVERY_MS,
    async () => {
      const swept = await applyReceivedCallbacks(context, { olderThanSeconds: SWEEP_CALLBACKS_AFTER_S });
      if (swept > 0) context.logger.info({ callbacks: swept }, "applied callbacks left stored");
      const notices = await applyReceivedNotices(context, { olderThanSeconds: SWEEP_CALLBACKS_AFTER_S });
      if (notices.dealt > 0) context.logger.info({ notices: notices.dealt }, "applied M-Pesa notices left stored");
      const report = await reconcilePending(context, mpesa);
      const lost = await giveUpLostPushes(context);
      const unmatched = await alertUnmatchedPayments(context);
      const unanswered = await giveUpReceiptChecks(context);
      if (report.queried > 0 || lost > 0) context.logger.info({ ...report, lostPushes: lost }, "reconciled pending prompts");
      if (unmatched > 0) context.logger.warn({ callbacks: unmatched }, "managers told of M-Pesa payments matching no prompt");
      if (unanswered > 0) context.logger.warn({ receiptChecks: unanswered }, "receipt checks M-Pesa did not answer given up");
      if (swept + report.settled + report.gaveUp + lost + unmatched > 0) outbox.wake();
    },
    deps,
  );
}
