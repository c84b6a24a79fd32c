// Delivers the notification outbox to Telegram (src/notify/outbox-sender.ts): its own loop, woken by
// the services once they have committed messages (ServiceContext.messagesQueued).
import type { Job, JobDeps } from "./job.js";

export function outboxSenderJob({ outbox }: JobDeps): Job {
  return {
    async start() {
      outbox.start();
    },
    stop: () => outbox.stop(),
  };
}
