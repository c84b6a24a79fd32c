// Delivers the notification outbox to Telegram (src/notify/outbox-sender.ts): its own loop, woken by
// the jobs that enqueue.
import type { Job, JobDeps } from "./job.js";

export function outboxSenderJob({ outbox }: JobDeps): Job {
  return {
    async start() {
      outbox.start();
    },
    stop: () => outbox.stop(),
  };
}
