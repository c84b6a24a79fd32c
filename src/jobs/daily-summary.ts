// Sends the managers the day's report and chart at closing time, once a day (src/services/daily-summary.ts):
// every minute, and at start, which catches up on tonight's summary after the service was down at closing.
import { queueDailySummary } from "../services/daily-summary.js";
import { repeating, type Job, type JobDeps } from "./job.js";

const DAILY_SUMMARY_EVERY_MS = 60_000;

export function dailySummaryJob(deps: JobDeps): Job {
  return repeating("daily-summary", DAILY_SUMMARY_EVERY_MS, () => queueDailySummary(deps.context), deps);
}
