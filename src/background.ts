// Work that runs on its own, on every instance: the outbox sender, reconciliation of pending prompts
// and housekeeping. Everything here is safe to run on several instances sharing one database.
import { alertUnmatchedPayments, applyReceivedCallbacks, forgetRejectedCallbacks } from "./services/callbacks.js";
import type { ServiceContext } from "./services/context.js";
import { forgetSentMessages } from "./services/outbox.js";
import type { MpesaGateway } from "./services/prompts.js";
import { prepaidNotices } from "./services/prepaid.js";
import { giveUpLostPushes, reconcilePending } from "./services/reconcile.js";
import { forgetOldUpdates } from "./services/telegram-updates.js";
import type { OutboxSender } from "./notify/outbox-sender.js";

export const RECONCILE_EVERY_MS = 5_000;
/** Callbacks still RECEIVED this long after they arrived were left behind by a failed step or a stop. */
export const SWEEP_CALLBACKS_AFTER_S = 30;
export const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;
/** Conversations untouched this long are gone for good (they expire after 15 minutes anyway). */
export const FORGET_CONVERSATIONS_AFTER_MS = 24 * 60 * 60 * 1000;

/** Forgets what is no longer needed; returns how many rows of each kind went. */
export async function housekeeping(context: ServiceContext): Promise<{ telegramUpdates: number; conversations: number; rejectedCallbacks: number; sentMessages: number }> {
  const telegramUpdates = await forgetOldUpdates(context);
  const cutoff = new Date(context.now().getTime() - FORGET_CONVERSATIONS_AFTER_MS);
  const { count: conversations } = await context.db.conversationState.deleteMany({ where: { updatedAt: { lt: cutoff } } });
  const rejectedCallbacks = await forgetRejectedCallbacks(context);
  const sentMessages = await forgetSentMessages(context);
  return { telegramUpdates, conversations, rejectedCallbacks, sentMessages };
}

export interface BackgroundWork {
  stop(): Promise<void>;
}

/** Runs `task` now and then every `everyMs` after it finishes (never two at once); errors are logged. */
function repeat(name: string, everyMs: number, task: () => Promise<unknown>, context: ServiceContext): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = task()
      .then(
        () => undefined,
        (error: unknown) => context.logger.error({ err: error, task: name }, "background task failed"),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(run, everyMs);
      });
  };
  run();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Pending work left by a previous run is picked up first: stored callbacks, then the loops. */
export async function startBackgroundWork(context: ServiceContext, mpesa: MpesaGateway, sender: OutboxSender): Promise<BackgroundWork> {
  const applied = await applyReceivedCallbacks(context);
  if (applied > 0) context.logger.info({ callbacks: applied }, "applied callbacks stored before the last stop");
  sender.start();
  const loops = [
    repeat("reconcile", RECONCILE_EVERY_MS, async () => {
      const swept = await applyReceivedCallbacks(context, { olderThanSeconds: SWEEP_CALLBACKS_AFTER_S });
      if (swept > 0) context.logger.info({ callbacks: swept }, "applied callbacks left stored");
      const report = await reconcilePending(context, mpesa);
      const lost = await giveUpLostPushes(context);
      const unmatched = await alertUnmatchedPayments(context);
      const timeNotices = await prepaidNotices(context);
      if (report.queried > 0 || lost > 0) context.logger.info({ ...report, lostPushes: lost }, "reconciled pending prompts");
      if (unmatched > 0) context.logger.warn({ callbacks: unmatched }, "managers told of M-Pesa payments matching no prompt");
      if (swept + report.settled + report.gaveUp + lost + unmatched + timeNotices > 0) sender.wake();
    }, context),
    repeat("housekeeping", HOUSEKEEPING_EVERY_MS, async () => {
      const forgotten = await housekeeping(context);
      if (forgotten.rejectedCallbacks + forgotten.sentMessages > 0) context.logger.info(forgotten, "housekeeping: old rows deleted");
    }, context),
  ];
  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
      await sender.stop();
    },
  };
}
