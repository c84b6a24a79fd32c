import type { OutboxSender } from "../notify/outbox-sender.js";
import type { ServiceContext } from "../services/context.js";
import type { MpesaGateway } from "../services/prompts.js";
import type { CallbackApplier } from "./callback-applier.js";
import type { NoticeApplier } from "./notice-applier.js";

/** What a background job may use. */
export interface JobDeps {
  context: ServiceContext;
  mpesa: MpesaGateway;
  /** The outbox sender: jobs that enqueue messages wake it. */
  outbox: OutboxSender;
  /** The callback applier, woken by the callback route through the services' context. */
  callbacks: CallbackApplier;
  /** The notice applier (menu payments, Transaction Status results), woken by the notice routes the same way. */
  notices: NoticeApplier;
}

/** Work the service runs on its own, on every instance: it must be safe with several sharing one database. */
export interface Job {
  /** Resolves once the job runs (a job's pending work may be done before that). */
  start(): Promise<void>;
  /** Resolves once the work in flight has finished; nothing starts after. */
  stop(): Promise<void>;
}

/** A job that runs `task` at start and then every `everyMs` after it finishes (never two at once); errors are logged. */
export function repeating(name: string, everyMs: number, task: () => Promise<unknown>, { context }: JobDeps): Job {
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
  return {
    async start() {
      run();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
