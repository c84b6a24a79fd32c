// Safaricom's callbacks: every body is parsed as it arrives and stored exactly as received, with its
// status decided (RECEIVED, or REJECTED with the problem), before it is acknowledged; it is applied
// afterwards, in batches, by the callback applier (src/jobs/callback-applier.ts). One that names a
// prompt we do not know (yet) is kept, and applied when the prompt's CheckoutRequestID is recorded
// (the push answer and the callback can race).
import type { Tx } from "../db/client.js";
import { Prisma, type StkState } from "../generated/prisma/client.js";
import { parseStkCallback, type StkCallback } from "../mpesa/callback.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { enqueueMessages } from "./outbox.js";
import { managerChatIds } from "./recipients.js";
import { applyStkAnswerIn, type ApplyOutcome, type StkAnswer } from "./payment-results.js";

export type CallbackReceipt = { ok: true } | { ok: false; problem: string };

/**
 * Bodies stored by one insert at most. Each row count is an SQL text of its own, prepared and cached
 * once (src/db/statement-cache.ts): a small bound keeps them few.
 */
const STORE_BATCH_SIZE = 64;

/** A callback's result as the state it says its prompt is in (stored with it: see applyReceivedBatch). */
const RESULT_STATES = { paid: "PAID", failed: "FAILED", unknown: "UNKNOWN", pending: "PENDING" } as const satisfies Record<
  StkCallback["result"]["status"],
  StkState
>;

type StoredRow = {
  body: string;
  sourceIp: string | null;
  receivedAt: Date;
  status: "RECEIVED" | "REJECTED";
  error: string | null;
  checkoutRequestId: string | null;
  resultState: StkState | null;
};

/**
 * One INSERT for the rows. Plain SQL because Prisma compiles a createMany afresh on every call (its
 * query compiler caches no query whose data is a list), which cost more than the rest of an acknowledgement.
 */
async function insertCallbacks(db: ServiceContext["db"], rows: readonly StoredRow[]): Promise<number> {
  const values = rows.map(
    (row) => Prisma.sql`(${row.body}, ${row.sourceIp}, ${row.receivedAt}, ${row.status}, ${row.error}, ${row.checkoutRequestId}, ${row.resultState})`,
  );
  const inserted = await db.$queryRaw<
    { id: number | bigint }[]
  >`INSERT INTO "MpesaCallback" ("body", "sourceIp", "receivedAt", "status", "error", "checkoutRequestId", "resultState") VALUES ${Prisma.join(values)} RETURNING "id"`;
  return Math.min(...inserted.map((row) => Number(row.id)));
}

/**
 * Receives callbacks: each body is parsed (pure, and cheap next to a write) and stored with its status
 * already decided. Group commit: the bodies that arrive in one turn of the event loop, and those that
 * arrive while an insert is in flight, are stored together by the next insert. (The SQLite driver is
 * synchronous: an insert never lets another request in while it runs, so waiting for the turn's other
 * requests is what makes the groups.) A receipt is given only once the insert holding its body has
 * committed; if that insert fails, every request in it is rejected (the route answers 500) and none is
 * claimed stored. One receiver per instance (services/index.ts binds it as receiveCallback).
 */
export function callbackReceiver(context: ServiceContext): (rawBody: string, sourceIp: string | null) => Promise<CallbackReceipt> {
  const { db, now, logger } = context;
  const waiting: { row: StoredRow; stored: () => void; failed: (error: unknown) => void }[] = [];
  let writing = false;
  const write = async () => {
    while (waiting.length > 0) {
      const batch = waiting.splice(0, STORE_BATCH_SIZE);
      let firstId: number;
      try {
        firstId = await insertCallbacks(
          db,
          batch.map((entry) => entry.row),
        );
      } catch (error) {
        for (const entry of batch) entry.failed(error);
        continue;
      }
      for (const entry of batch) entry.stored();
      if (batch.some((entry) => entry.row.status === "RECEIVED")) context.callbacksStored(firstId);
    }
    writing = false;
  };
  return async (rawBody, sourceIp) => {
    const parsed = parseStkCallback(rawBody);
    const receivedAt = now();
    const problem = parsed.ok ? null : `${parsed.error.problem} (${parsed.error.field})`;
    const row: StoredRow = parsed.ok
      ? {
          body: rawBody,
          sourceIp,
          receivedAt,
          status: "RECEIVED",
          error: null,
          checkoutRequestId: parsed.callback.checkoutRequestId,
          resultState: RESULT_STATES[parsed.callback.result.status],
        }
      : {
          body: rawBody,
          sourceIp,
          receivedAt,
          status: "REJECTED",
          error: problem,
          checkoutRequestId: parsed.error.checkoutRequestId ?? null,
          resultState: null,
        };
    const stored = new Promise<void>((resolve, reject) => waiting.push({ row, stored: resolve, failed: reject }));
    if (!writing) {
      writing = true;
      setImmediate(() => void write());
    }
    await stored;
    if (problem === null) return { ok: true };
    logger.warn({ checkoutRequestId: row.checkoutRequestId, problem, body: rawBody.slice(0, 2000) }, "M-Pesa callback refused");
    return { ok: false, problem };
  };
}

/** The answer in a parsed callback, or null when it says "still processing" (nothing to apply). */
function answerOf(callback: StkCallback): StkAnswer | null {
  const resultCode = String(callback.resultCode);
  const { resultDesc, result } = callback;
  switch (result.status) {
    case "paid":
      return { status: "paid", resultCode, resultDesc, payment: result.payment };
    case "failed":
      return { status: "failed", resultCode, resultDesc, reason: result.reason };
    case "unknown":
      return { status: "unknown", resultCode, resultDesc };
    case "pending":
      return null;
  }
}

/** Statuses a callback row may be moved out of: APPLIED is final, and DUPLICATE gives way only to APPLIED. */
const OPEN_STATUSES = ["RECEIVED", "UNMATCHED"] as const;
/** How long a callback naming an unknown prompt is retried by the sweep (the push answer comes in seconds). */
const KEEP_RETRYING_UNMATCHED_MS = 24 * 60 * 60 * 1000;

/** Applies one stored callback and records its outcome on its row, in the caller's transaction. */
async function applyStored(context: ServiceContext, tx: Tx, callbackId: number, callback: StkCallback): Promise<ApplyOutcome> {
  const answer = answerOf(callback);
  const outcome = answer ? await applyStkAnswerIn(context, tx, callback.checkoutRequestId, answer) : "duplicate";
  const status = outcome === "applied" ? "APPLIED" : outcome === "duplicate" ? "DUPLICATE" : "UNMATCHED";
  // Conditional: another instance may have applied this row meanwhile (the sweep, or the push answer
  // applying kept callbacks); its APPLIED must not become UNMATCHED or DUPLICATE here.
  await tx.mpesaCallback.updateMany({
    where: { id: callbackId, status: { in: outcome === "applied" ? [...OPEN_STATUSES, "DUPLICATE"] : [...OPEN_STATUSES] } },
    data: { status, checkoutRequestId: callback.checkoutRequestId, appliedAt: outcome === "applied" ? context.now() : null },
  });
  return outcome;
}

/**
 * Applies stored callback rows in id order, in one transaction; when that fails, one transaction per
 * row, so that a row that cannot be applied holds up only itself (it stays as it was, for the sweep).
 * A body that does not parse (stored before its status was decided on receipt) is REJECTED. With a
 * budget, the transaction ends once it has run that long and the rows after are left as they are.
 * Returns how many rows were applied (their transactions may have queued messages) and the id of the
 * last row dealt with.
 */
async function applyRows(
  context: ServiceContext,
  rows: readonly { id: number; body: string }[],
  budgetMs = Infinity,
): Promise<{ applied: number; lastId: number }> {
  const { db, logger } = context;
  const callbacks: { id: number; callback: StkCallback }[] = [];
  for (const row of rows) {
    const parsed = parseStkCallback(row.body);
    if (parsed.ok) callbacks.push({ id: row.id, callback: parsed.callback });
    else {
      await db.mpesaCallback
        .updateMany({ where: { id: row.id, status: "RECEIVED" }, data: { status: "REJECTED", error: parsed.error.problem } })
        .catch((error: unknown) => logger.error({ err: error, callbackId: row.id }, "stored M-Pesa callback could not be marked REJECTED"));
    }
  }
  const lastId = rows.at(-1)?.id ?? 0;
  const applied = (outcomes: ApplyOutcome[]) => outcomes.filter((outcome) => outcome === "applied").length;
  if (callbacks.length === 0) return { applied: 0, lastId };
  try {
    const outcomes = await db.$transaction(async (tx) => {
      // The machine's monotonic clock, not the service's: this measures work, not the café's time.
      const started = performance.now();
      const done: ApplyOutcome[] = [];
      for (const { id, callback } of callbacks) {
        done.push(await applyStored(context, tx, id, callback));
        if (performance.now() - started >= budgetMs) break;
      }
      return done;
    });
    return { applied: applied(outcomes), lastId: outcomes.length < callbacks.length ? (callbacks[outcomes.length - 1]?.id ?? lastId) : lastId };
  } catch (error) {
    if (callbacks.length === 1) {
      logger.error({ err: error, callbackId: callbacks[0]?.id }, "stored M-Pesa callback could not be applied");
      return { applied: 0, lastId };
    }
  }
  const outcomes: ApplyOutcome[] = [];
  for (const { id, callback } of callbacks) {
    try {
      outcomes.push(await db.$transaction((tx) => applyStored(context, tx, id, callback)));
    } catch (error) {
      logger.error({ err: error, callbackId: id }, "stored M-Pesa callback could not be applied");
    }
  }
  return { applied: applied(outcomes), lastId };
}

/** Rows the callback applier applies one by one per batch at most (more would be read and parsed for nothing: see the budget). */
const APPLY_BATCH_SIZE = 4;
/**
 * How long one batch's transaction may run. The SQLite driver is synchronous and the connection is
 * one: while a transaction runs, no body is stored, so an acknowledgement may wait for a whole batch.
 * Batches end after this long (the rows left go in the next one). A new result takes a couple of ms to
 * apply: under load a batch holds one or two. In the callback benchmark, with the applier resting
 * between batches while callbacks arrive (jobs/callback-applier.ts): 3 ms acknowledged new results at
 * 3,400/s with a p99 of 41 ms, 5 ms at 2,650/s and 52 ms; applied as fast over the whole run. Without
 * the rest, 5 ms and 4 rows against 10 ms and 16 acknowledged 1.2 to 1.6 times as fast.
 */
const APPLY_BATCH_BUDGET_MS = 3;
/** Rows the callback applier sorts out (below) per batch at most. */
const SORT_BATCH_SIZE = 256;

/**
 * Where the callback applier stands: rows up to `appliedThrough` were applied (or left to the sweep),
 * rows up to `sortedThrough` were sorted out.
 */
export interface ApplierCursor {
  appliedThrough: number;
  sortedThrough: number;
}

/**
 * Settles, with two statements, the RECEIVED rows after `afterId` (the first SORT_BATCH_SIZE of them)
 * whose outcome needs no work: UNMATCHED, those naming a prompt nobody has; DUPLICATE, those still
 * processing and those whose answer the prompt's state already holds (exactly the cases in which
 * applyStkAnswerIn would answer "unmatched" or "duplicate", as a prompt's state only moves forward).
 * The others (and rows stored before their result was recorded) stay RECEIVED, to be applied one by one.
 * Returns the id of the last row it looked at, or null when there was none.
 */
async function sortOutReceived({ db }: ServiceContext, afterId: number): Promise<number | null> {
  const [window] = await db.$queryRaw<{ through: number | bigint | null }[]>`
    SELECT max("id") AS "through" FROM (
      SELECT "id" FROM "MpesaCallback" WHERE "status" = 'RECEIVED' AND "id" > ${afterId} ORDER BY "id" LIMIT ${SORT_BATCH_SIZE}
    ) AS "window"`;
  if (window?.through === null || window?.through === undefined) return null;
  const through = Number(window.through);
  await db.$executeRaw`
    UPDATE "MpesaCallback" SET "status" = 'UNMATCHED'
    WHERE "status" = 'RECEIVED' AND "id" > ${afterId} AND "id" <= ${through} AND "resultState" IN ('PAID', 'FAILED', 'UNKNOWN')
      AND NOT EXISTS (SELECT 1 FROM "StkRequest" AS "stk" WHERE "stk"."checkoutRequestId" = "MpesaCallback"."checkoutRequestId")`;
  await db.$executeRaw`
    UPDATE "MpesaCallback" SET "status" = 'DUPLICATE'
    WHERE "status" = 'RECEIVED' AND "id" > ${afterId} AND "id" <= ${through}
      AND ("resultState" = 'PENDING' OR EXISTS (
        SELECT 1 FROM "StkRequest" AS "stk" WHERE "stk"."checkoutRequestId" = "MpesaCallback"."checkoutRequestId" AND (
          ("MpesaCallback"."resultState" = 'PAID' AND "stk"."state" = 'PAID' AND "stk"."receipt" IS NOT NULL)
          OR ("MpesaCallback"."resultState" = 'FAILED' AND "stk"."state" IN ('PAID', 'FAILED'))
          OR ("MpesaCallback"."resultState" = 'UNKNOWN' AND "stk"."state" IN ('PAID', 'FAILED', 'UNKNOWN')))))`;
  return through;
}

/**
 * The callback applier's next batch: applies the next rows left RECEIVED among those sorted out, oldest
 * first; once none is left there, sorts out the next RECEIVED rows (sortOutReceived). Returns where it
 * got to and how many it applied; null when there was nothing to do.
 */
export async function applyReceivedBatch(context: ServiceContext, cursor: ApplierCursor): Promise<{ cursor: ApplierCursor; applied: number } | null> {
  if (cursor.appliedThrough >= cursor.sortedThrough) {
    const sortedThrough = await sortOutReceived(context, cursor.sortedThrough);
    return sortedThrough === null ? null : { cursor: { appliedThrough: cursor.appliedThrough, sortedThrough }, applied: 0 };
  }
  const { sortedThrough } = cursor;
  const rows = await context.db.mpesaCallback.findMany({
    where: { status: "RECEIVED", id: { gt: cursor.appliedThrough, lte: sortedThrough } },
    orderBy: { id: "asc" },
    take: APPLY_BATCH_SIZE,
    select: { id: true, body: true },
  });
  if (rows.length === 0) return { cursor: { appliedThrough: sortedThrough, sortedThrough }, applied: 0 };
  const { applied, lastId } = await applyRows(context, rows, APPLY_BATCH_BUDGET_MS);
  return { cursor: { appliedThrough: lastId, sortedThrough }, applied };
}

/** Applies kept callbacks for a prompt whose CheckoutRequestID has just been recorded. */
export async function applyKeptCallbacks(context: ServiceContext, checkoutRequestId: string): Promise<void> {
  const kept = await context.db.mpesaCallback.findMany({
    where: { checkoutRequestId, status: { in: [...OPEN_STATUSES] } },
    orderBy: { id: "asc" },
    select: { id: true, body: true },
  });
  if ((await applyRows(context, kept)).applied > 0) context.messagesQueued();
}

export interface SweepOptions {
  /** Only rows received at least this long ago (default 0: all), leaving fresh ones to the callback applier. */
  olderThanSeconds?: number;
  /** Rows per call at most (default 500). */
  limit?: number;
}

/**
 * Applies callbacks that were stored but not applied: the process stopped in between, or applying
 * failed. Run at start-up, and from the reconcile loop for rows older than a few seconds. Also
 * retries callbacks kept UNMATCHED in the last day whose prompt has been recorded since (the push
 * answer applies them at once; this covers that step failing). Returns how many rows it applied.
 */
export async function applyReceivedCallbacks(context: ServiceContext, options: SweepOptions = {}): Promise<number> {
  const { db, now } = context;
  const limit = options.limit ?? 500;
  const olderThan = options.olderThanSeconds ? { lte: new Date(now().getTime() - options.olderThanSeconds * 1000) } : {};
  const received = await db.mpesaCallback.findMany({
    where: { status: "RECEIVED", receivedAt: olderThan },
    orderBy: { id: "asc" },
    take: limit,
  });
  const unmatched = await db.mpesaCallback.findMany({
    where: { status: "UNMATCHED", checkoutRequestId: { not: null }, receivedAt: { ...olderThan, gte: new Date(now().getTime() - KEEP_RETRYING_UNMATCHED_MS) } },
    orderBy: { id: "asc" },
    take: limit,
  });
  const known =
    unmatched.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db.stkRequest.findMany({
              where: { checkoutRequestId: { in: unmatched.flatMap((row) => row.checkoutRequestId ?? []) } },
              select: { checkoutRequestId: true },
            })
          ).map((stk) => stk.checkoutRequestId),
        );
  const { applied } = await applyRows(context, [...received, ...unmatched.filter((row) => row.checkoutRequestId !== null && known.has(row.checkoutRequestId))]);
  return applied;
}

/** How long a rejected body (malformed, wrong shape) is kept for a look at what was sent; the same for rejected notices. */
export const KEEP_REJECTED_CALLBACKS_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes rejected callback bodies older than `keepMs`. Every other callback (applied, duplicate,
 * unmatched, or waiting to be applied) is kept for good: it is the evidence behind a payment's state.
 */
export async function forgetRejectedCallbacks({ db, now }: ServiceContext, keepMs = KEEP_REJECTED_CALLBACKS_MS): Promise<number> {
  const { count } = await db.mpesaCallback.deleteMany({ where: { status: "REJECTED", receivedAt: { lt: new Date(now().getTime() - keepMs) } } });
  return count;
}

/** How long a paid callback may wait for its prompt to show up before the managers are told. */
export const UNMATCHED_ALERT_AFTER_MS = 10 * 60 * 1000;

/**
 * Money M-Pesa says it received for a prompt nobody here knows of (its push answer was lost, or a
 * prompt sent by something else): once it has waited UNMATCHED_ALERT_AFTER_MS, every manager is
 * told, once, with the amount, phone and receipt to settle it by hand. Each row is looked at once
 * (alertCheckedAt), so callbacks that report no money never crowd out one that does.
 */
export async function alertUnmatchedPayments(context: ServiceContext, limit = 100): Promise<number> {
  const { db, now, notices } = context;
  const managers = await managerChatIds(context);
  // Without a manager there is nobody to tell: the rows wait, unchecked, for the first one.
  if (managers.length === 0) return 0;
  const rows = await db.mpesaCallback.findMany({
    where: { status: "UNMATCHED", alertCheckedAt: null, receivedAt: { lte: new Date(now().getTime() - UNMATCHED_ALERT_AFTER_MS) } },
    orderBy: { id: "asc" },
    take: limit,
  });
  let alerted = 0;
  for (const row of rows) {
    const parsed = parseStkCallback(row.body);
    const paid = parsed.ok && parsed.callback.result.status === "paid" ? parsed.callback.result.payment : null;
    const told = await db.$transaction(async (tx) => {
      // Conditional: another instance may be checking the same row.
      const checked = await tx.mpesaCallback.updateMany({ where: { id: row.id, alertCheckedAt: null }, data: { alertCheckedAt: now() } });
      if (checked.count === 0 || !paid) return false;
      await recordAudit(tx, now(), {
        action: "callback_unmatched",
        staffId: null,
        amountKes: paid.amount,
        details: { receipt: paid.receiptNumber, phone: paid.phoneNumber ?? null },
      });
      const payload = notices.unmatchedPayment({ amountKes: paid.amount, receipt: paid.receiptNumber, phone: paid.phoneNumber, at: paid.transactionDate });
      await enqueueMessages(
        tx,
        managers.map((chatId) => ({ dedupeKey: `callback:${row.id}:unmatched:chat:${chatId}`, chatId, payload })),
        now(),
      );
      return true;
    });
    if (told) alerted++;
  }
  if (alerted > 0) context.messagesQueued();
  return alerted;
}
