// Tells the operator who started a prepaid session when 5 minutes are left and when the time is up.
import { prepaidNotices } from "../services/prepaid.js";
import { repeating, type Job, type JobDeps } from "./job.js";

const PREPAID_NOTICES_EVERY_MS = 5_000;

export function prepaidNoticesJob(deps: JobDeps): Job {
  return repeating("prepaid-notices", PREPAID_NOTICES_EVERY_MS, () => prepaidNotices(deps.context), deps);
}
