// What runs on its own, on every instance. A new job is a file here and a line in JOBS. Jobs start in
// the list's order (pending work left by a previous run first, then the loops) and stop in the reverse
// order (the loops, then the outbox sender they wake).
//
// With several instances on one database, each job's effects happen once: applying a stored callback
// again changes nothing, a stored notice is taken by a conditional update of its row (conditional updates on the prompt, payment and callback row; outbox rows unique
// by key); outbox rows are claimed with a lease; a prompt's STK query turn is claimed by moving its
// nextQueryAt on, a lost push and an unmatched payment's alert by conditional updates of their rows;
// prepaid-time notices are unique by outbox key; a long session's alert by a conditional update of its
// row (longAlertAt) with its messages; the daily summary by its day's DailySummary row; housekeeping
// deletes what is past a cutoff (twice is once); registering the C2B URLs again gives the same registration
// (or Daraja's "already registered", logged).
import { c2bRegistrationJob } from "./c2b-registration.js";
import { callbackApplierJob } from "./callback-applier.js";
import { dailySummaryJob } from "./daily-summary.js";
import { housekeepingJob } from "./housekeeping.js";
import type { Job, JobDeps } from "./job.js";
import { longSessionsJob } from "./long-sessions.js";
import { noticeApplierJob } from "./notice-applier.js";
import { outboxSenderJob } from "./outbox-sender.js";
import { prepaidNoticesJob } from "./prepaid-notices.js";
import { reconciliationJob } from "./reconciliation.js";
import { storedCallbacksJob } from "./stored-callbacks.js";

const JOBS: ((deps: JobDeps) => Job)[] = [
  storedCallbacksJob,
  outboxSenderJob,
  callbackApplierJob,
  noticeApplierJob,
  reconciliationJob,
  prepaidNoticesJob,
  longSessionsJob,
  dailySummaryJob,
  housekeepingJob,
  c2bRegistrationJob,
];

export interface BackgroundJobs {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createJobs(deps: JobDeps): BackgroundJobs {
  const jobs = JOBS.map((job) => job(deps));
  return {
    async start() {
      for (const job of jobs) await job.start();
    },
    async stop() {
      for (const job of [...jobs].reverse()) await job.stop();
    },
  };
}
