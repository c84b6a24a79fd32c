import type { Config } from "../config/index.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { Notices } from "./notices.js";

/** What every service needs: the database, the clock (injected, so tests control time) and settings. */
export interface ServiceContext {
  db: Db;
  now: () => Date;
  /** Waits between retries (injected with the clock, so tests do not wait for real). */
  sleep: (ms: number) => Promise<void>;
  config: Config;
  logger: Logger;
  /** This instance among those sharing the database (unique per process): who holds a lease or a claim. */
  instanceId: string;
  /** Tells the outbox sender that messages were committed to the outbox, so that it sends them now. Call it after the commit. */
  messagesQueued: () => void;
  /**
   * Tells the callback applier that callbacks were committed RECEIVED, the first of them with id
   * `firstId`, so that it applies them now. Call it after the commit.
   */
  callbacksStored: (firstId: number) => void;
  /** Tells the notice applier that M-Pesa notices were committed RECEIVED, so that it applies them now. Call it after the commit. */
  noticesStored: () => void;
  /** Words the notifications (texts live outside the services). */
  notices: Notices;
}
