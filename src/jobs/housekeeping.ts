// Forgets what is no longer needed: Telegram update ids, stale conversations, rejected callbacks and notices, sent
// messages, leases long over. Every instance runs it: deleting what is past a cutoff twice deletes it once.
import { forgetRejectedCallbacks } from "../services/callbacks.js";
import type { ServiceContext } from "../services/context.js";
import { forgetOldLeases } from "../services/leases.js";
import { forgetRejectedNotices } from "../services/mpesa-notices.js";
import { forgetSentMessages } from "../services/outbox.js";
import { forgetOldUpdates } from "../services/telegram-updates.js";
import { repeating, type Job, type JobDeps } from "./job.js";

const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;
/** Conversations untouched this long are gone for good (they expire after 15 minutes anyway). */
const FORGET_CONVERSATIONS_AFTER_MS = 24 * 60 * 60 * 1000;

/** Forgets what is no longer needed; returns how many rows of each kind went. */
export async function housekeeping(
  context: ServiceContext,
): Promise<{ telegramUpdates: number; conversations: number; rejectedCallbacks: number; rejectedNotices: number; sentMessages: number; leases: number }> {
  const telegramUpdates = await forgetOldUpdates(context);
  const cutoff = new Date(context.now().getTime() - FORGET_CONVERSATIONS_AFTER_MS);
  const { count: conversations } = await context.db.conversationState.deleteMany({ where: { updatedAt: { lt: cutoff } } });
  const rejectedCallbacks = await forgetRejectedCallbacks(context);
  const rejectedNotices = await forgetRejectedNotices(context);
  const sentMessages = await forgetSentMessages(context);
  const leases = await forgetOldLeases(context);
  return { telegramUpdates, conversations, rejectedCallbacks, rejectedNotices, sentMessages, leases };
}

export function housekeepingJob(deps: JobDeps): Job {
  return repeating(
    "housekeeping",
    HOUSEKEEPING_EVERY_MS,
    async () => {
      const forgotten = await housekeeping(deps.context);
      if (forgotten.rejectedCallbacks + forgotten.rejectedNotices + forgotten.sentMessages > 0)
        deps.context.logger.info(forgotten, "housekeeping: old rows deleted");
    },
    deps,
  );
}
