// Leases among the instances sharing the database (the Lease table): a chat whose Telegram update one
// instance is handling, or a piece of work only one of them may do. Each is taken by one atomic
// statement, so that of several instances trying at once exactly one gets it, on PostgreSQL's READ
// COMMITTED as on SQLite: an update of the lease only where it has expired (PostgreSQL re-checks the
// condition on the row a concurrent taker just committed), else an insert that does nothing when the
// key exists (the second of two concurrent inserts waits for the first and then does nothing).
import type { Tx } from "../db/client.js";
import type { ServiceContext } from "./context.js";

/** A chat is held this long by an instance that stopped without letting it go. */
const CHAT_LOCK_MS = 30_000;
/** While an update is handled, its chat's lease is renewed this often (a Daraja or Telegram call may be slow). */
const CHAT_LOCK_RENEW_MS = 10_000;
/** How often an instance waiting for a chat held by another asks again. */
const CHAT_LOCK_RETRY_MS = 50;

/** Takes the lease `key` for `holder` until `until`, unless someone holds it past `now`; true when taken. */
export async function takeLease(db: ServiceContext["db"] | Tx, key: string, holder: string, until: Date, now: Date): Promise<boolean> {
  const { count } = await db.lease.updateMany({ where: { key, until: { lte: now } }, data: { holder, until } });
  if (count > 0) return true;
  const inserted = await db.$executeRaw`INSERT INTO "Lease" ("key", "holder", "until") VALUES (${key}, ${holder}, ${until}) ON CONFLICT ("key") DO NOTHING`;
  return inserted > 0;
}

/**
 * Runs `work` while this instance holds the chat's lease: another instance's update of the same chat
 * waits until `work` is over (or, if this instance dies meanwhile, until the lease has expired). The
 * lease is renewed while `work` runs and let go after it.
 */
export async function whileChatHeld<T>(context: ServiceContext, chat: string, work: () => Promise<T>): Promise<T> {
  const { db, now, sleep, instanceId, logger } = context;
  const key = `chat:${chat}`;
  const leaseEnd = () => new Date(now().getTime() + CHAT_LOCK_MS);
  while (!(await takeLease(db, key, instanceId, leaseEnd(), now()))) await sleep(CHAT_LOCK_RETRY_MS);
  const renewal = setInterval(() => {
    db.lease.updateMany({ where: { key, holder: instanceId }, data: { until: leaseEnd() } }).catch((error: unknown) => {
      logger.warn({ err: error, chat }, "the chat's lease could not be renewed");
    });
  }, CHAT_LOCK_RENEW_MS);
  renewal.unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    // Expired rather than deleted: the chat's next update takes it back with one update.
    const { count } = await db.lease.updateMany({ where: { key, holder: instanceId }, data: { until: new Date(0) } });
    if (count === 0) logger.warn({ chat }, "the chat's lease had expired and gone to another instance before its update was handled");
  }
}

/** Leases over for this long are deleted (a chat's next update makes its lease again). */
const FORGET_LEASES_AFTER_MS = 24 * 60 * 60 * 1000;

/** Deletes leases over for a day: one is made for every chat that ever wrote to the bot, staff or not. */
export async function forgetOldLeases({ db, now }: ServiceContext): Promise<number> {
  const { count } = await db.lease.deleteMany({ where: { until: { lt: new Date(now().getTime() - FORGET_LEASES_AFTER_MS) } } });
  return count;
}
