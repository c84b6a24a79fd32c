// Tells the operator who started a session and the managers when it has run longer than LONG_SESSION_ALERT_HOURS.
import { longSessionAlerts } from "../services/long-sessions.js";
import { repeating, type Job, type JobDeps } from "./job.js";

const LONG_SESSIONS_EVERY_MS = 60_000;

export function longSessionsJob(deps: JobDeps): Job {
  return repeating("long-sessions", LONG_SESSIONS_EVERY_MS, () => longSessionAlerts(deps.context), deps);
}
