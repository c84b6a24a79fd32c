// Callbacks stored but not applied when the service last stopped are applied before anything else runs.
import { applyReceivedCallbacks } from "../services/callbacks.js";
import type { Job, JobDeps } from "./job.js";

export function storedCallbacksJob({ context }: JobDeps): Job {
  return {
    async start() {
      const applied = await applyReceivedCallbacks(context);
      if (applied > 0) context.logger.info({ callbacks: applied }, "applied callbacks stored before the last stop");
    },
    async stop() {},
  };
}
