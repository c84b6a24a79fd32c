// What Safaricom tells this service outside the STK prompts: C2B confirmations (money paid from the
// M-Pesa menu) and Transaction Status results and timeouts. Every body is stored exactly as received
// (MpesaNotice) before it is acknowledged, then applied by the notice applier (src/jobs/notice-applier.ts)
// and the sweeps, each kind by its applier in APPLIERS, once per row whatever the number of deliveries.
// Validation requests are not money: answered at once, never stored.
import type { Tx } from "../db/client.js";
import { parseBillReference } from "../domain/bill-reference.js";
import { payerFits } from "../domain/payer-phone.js";
import type { CallbackStatus, MenuPayment, MpesaNotice, MpesaNoticeKind } from "../generated/prisma/client.js";
import { parseC2bBody, statusNoticeKey } from "../mpesa/c2b.js";
import { KEEP_REJECTED_CALLBACKS_MS } from "./callbacks.js";
import type { ServiceContext } from "./context.js";
import { billNamed, leaveUnplaced, linkPromptMoney, placeMenuPayment, recordMenuPayment } from "./menu-payments.js";
import { applyStatusResult, applyStatusTimeout } from "./receipt-checks.js";

export type NoticeReceipt = { ok: true } | { ok: false; problem: string };

/**
 * Stores a body posted to one of the notice URLs, with its key when it can be read (a confirmation's
 * TransID, a status result's OriginatorConversationID). A confirmation that cannot be read is stored
 * REJECTED and refused; a status body is stored RECEIVED whatever it holds (its applier judges it).
 * Throws when it could not be stored: nothing may then be acknowledged.
 */
export async function receiveNotice(context: ServiceContext, kind: MpesaNoticeKind, rawBody: string, sourceIp: string | null): Promise<NoticeReceipt> {
  const { db, now, logger } = context;
  let key: string | null;
  let problem: string | null = null;
  if (kind === "CONFIRMATION") {
    const parsed = parseC2bBody(rawBody);
    key = parsed.ok ? parsed.payment.receipt : (parsed.error.receipt ?? null);
    if (!parsed.ok) problem = `${parsed.error.problem} (${parsed.error.field})`;
  } else {
    key = statusNoticeKey(rawBody);
  }
  await db.mpesaNotice.create({
    data: { kind, receivedAt: now(), body: rawBody, sourceIp, key, status: problem === null ? "RECEIVED" : "REJECTED", error: problem },
  });
  if (problem !== null) {
    logger.warn({ kind, key, problem, body: rawBody.slice(0, 2000) }, "M-Pesa notice refused");
    return { ok: false, problem };
  }
  context.noticesStored();
  return { ok: true };
}

export type ValidationAnswer = "accept" | "invalid_account" | "invalid_amount";

/**
 * Answers a C2B validation request: accepted, unless checks are on (MPESA_C2B_VALIDATE) and the
 * amount is not whole shillings, or the account number is a bill reference of no owed bill, or of an
 * owed bill of another amount. Anything else (a Buy Goods payment, an account that is no reference, a
 * body that cannot be read) is accepted: refusing money is worse than placing it by hand.
 */
export async function validateMenuPayment(context: ServiceContext, rawBody: string): Promise<ValidationAnswer> {
  context.logger.debug({ body: rawBody.slice(0, 2000) }, "C2B validation request");
  if (!context.config.mpesa.c2b.validate) return "accept";
  const parsed = parseC2bBody(rawBody);
  if (!parsed.ok) return parsed.error.field === "TransAmount" && parsed.error.problem !== "missing" ? "invalid_amount" : "accept";
  const reference = parsed.payment.accountNumber === null ? null : parseBillReference(parsed.payment.accountNumber);
  if (!reference) return "accept";
  const bill = await context.db.payment.findFirst({ where: { ...billNamed(reference), state: { not: "PAID" } }, select: { amountKes: true } });
  if (!bill) return "invalid_account";
  return bill.amountKes === parsed.payment.amountKes ? "accept" : "invalid_amount";
}

/** What applying a notice made of it (its row's new status). */
type NoticeOutcome = { status: Extract<CallbackStatus, "APPLIED" | "DUPLICATE" | "UNMATCHED" | "REJECTED">; error?: string };

/** Applies one notice of its kind, in the caller's transaction. */
type NoticeApplier = (context: ServiceContext, tx: Tx, notice: MpesaNotice) => Promise<NoticeOutcome>;

/**
 * The open bills a menu payment may be for by amount and phone: owed exactly its amount, no lower
 * amount waiting for a manager, and the phone last prompted (else the customer's) fits the payer's.
 * A bill of that amount with no phone to compare might be the payer's too: `unknown` counts them.
 */
async function billsFitting(tx: Tx, menuPayment: MenuPayment): Promise<{ fitting: number[]; unknown: number }> {
  const payer = menuPayment.payerPhone;
  if (payer === null) return { fitting: [], unknown: 0 };
  const owed = await tx.payment.findMany({
    where: { amountKes: menuPayment.amountKes, state: { not: "PAID" }, pendingAdjustmentId: null },
    select: { id: true, phone: true, customer: { select: { phone: true } } },
    orderBy: { id: "asc" },
  });
  const phoneOf = (bill: (typeof owed)[number]) => bill.phone ?? bill.customer.phone;
  return {
    fitting: owed
      .filter((bill) => {
        const phone = phoneOf(bill);
        return phone !== null && payerFits(payer, phone);
      })
      .map((bill) => bill.id),
    unknown: owed.filter((bill) => phoneOf(bill) === null).length,
  };
}

/**
 * Places a menu payment that has just arrived: on the bill its account number names, else on the one
 * open bill of its amount whose phone fits the payer's; else it waits on the "to place" list with why.
 * Never guessed: two bills that fit are both left to a person.
 */
async function placeOnArrival(context: ServiceContext, tx: Tx, menuPayment: MenuPayment): Promise<void> {
  if (await linkPromptMoney(context, tx, menuPayment)) return;
  const reference = menuPayment.accountNumber === null ? null : parseBillReference(menuPayment.accountNumber);
  if (reference) {
    const bill = await tx.payment.findFirst({ where: billNamed(reference), select: { id: true } });
    if (bill) {
      const placed = await placeMenuPayment(context, tx, menuPayment.id, bill.id, { placement: "REFERENCE", staffId: null });
      if (placed.ok || placed.reason === "menu_payment_placed" || placed.reason === "menu_payment_set_aside") return;
      if (placed.reason !== "bill_not_found") return leaveUnplaced(context, tx, menuPayment, placed.reason, placed.bill);
    }
  }
  const { fitting, unknown } = await billsFitting(tx, menuPayment);
  const [only] = fitting;
  // The only bill that fits, and no bill without a phone that might be the payer's instead.
  if (fitting.length === 1 && unknown === 0 && only !== undefined) {
    const placed = await placeMenuPayment(context, tx, menuPayment.id, only, { placement: "AMOUNT_AND_PHONE", staffId: null });
    if (placed.ok || placed.reason === "menu_payment_placed") return;
  }
  const reason = reference ? "reference_unknown" : fitting.length > 0 && fitting.length + unknown > 1 ? "several_bills" : "no_bill";
  await leaveUnplaced(context, tx, menuPayment, reason, null);
}

/** A confirmation: its money recorded once per receipt, and placed (or listed to place) on its first delivery only. */
async function applyConfirmation(context: ServiceContext, tx: Tx, notice: MpesaNotice): Promise<NoticeOutcome> {
  const parsed = parseC2bBody(notice.body);
  if (!parsed.ok) return { status: "REJECTED", error: `${parsed.error.problem} (${parsed.error.field})` };
  // Money with a time or shortcode that could not be read is money all the same: when it came here, to this café.
  const { payment } = parsed;
  const { menuPayment, created } = await recordMenuPayment(context, tx, {
    ...payment,
    paidAt: payment.paidAt ?? notice.receivedAt,
    shortCode: payment.shortCode ?? context.config.mpesa.c2b.shortCode,
  });
  if (!created) return { status: "DUPLICATE" };
  await placeOnArrival(context, tx, menuPayment);
  return { status: "APPLIED" };
}

/** Each kind's applier: confirmations here, Transaction Status answers by the receipt checks. */
const APPLIERS: Record<MpesaNoticeKind, NoticeApplier> = {
  CONFIRMATION: applyConfirmation,
  STATUS_RESULT: async (context, tx, notice) => ({ status: await applyStatusResult(context, tx, notice) }),
  STATUS_TIMEOUT: async (context, tx, notice) => ({ status: await applyStatusTimeout(context, tx, notice) }),
};

export interface NoticeSweepOptions {
  /** Only rows received at least this long ago (default 0: all), leaving fresh ones to the notice applier. */
  olderThanSeconds?: number;
  /** Only rows after this id (default 0). */
  afterId?: number;
  /** Rows per call at most (default 100). */
  limit?: number;
}

/**
 * Applies notices stored RECEIVED, oldest first, one transaction each: a row that cannot be applied
 * stays RECEIVED (for the next sweep) and holds up only itself. The row is taken first (a conditional
 * update), so that two instances applying it at once apply it once. Wakes the outbox sender when
 * messages were queued. Returns how many rows it dealt with, and the id of the last one it read (null:
 * none was left).
 */
export async function applyReceivedNotices(context: ServiceContext, options: NoticeSweepOptions = {}): Promise<{ dealt: number; lastId: number | null }> {
  const { db, now, logger } = context;
  const olderThan = options.olderThanSeconds ? { lte: new Date(now().getTime() - options.olderThanSeconds * 1000) } : {};
  const rows = await db.mpesaNotice.findMany({
    where: { status: "RECEIVED", receivedAt: olderThan, id: { gt: options.afterId ?? 0 } },
    orderBy: { id: "asc" },
    take: options.limit ?? 100,
  });
  let done = 0;
  for (const row of rows) {
    const apply = APPLIERS[row.kind];
    try {
      const dealt = await db.$transaction(async (tx) => {
        const taken = await tx.mpesaNotice.updateMany({ where: { id: row.id, status: "RECEIVED" }, data: { status: "RECEIVED" } });
        if (taken.count === 0) return false;
        const outcome = await apply(context, tx, row);
        await tx.mpesaNotice.update({
          where: { id: row.id },
          data: { status: outcome.status, error: outcome.error ?? null, appliedAt: outcome.status === "APPLIED" ? context.now() : null },
        });
        return true;
      });
      if (dealt) done++;
    } catch (error) {
      logger.error({ err: error, noticeId: row.id, kind: row.kind }, "stored M-Pesa notice could not be applied; the sweep tries again");
    }
  }
  if (done > 0) context.messagesQueued();
  return { dealt: done, lastId: rows.at(-1)?.id ?? null };
}

/**
 * Deletes rejected notice bodies (unreadable) older than `keepMs`, as rejected callbacks are. Every
 * other notice is kept for good: it is the evidence behind a menu payment or a receipt check.
 */
export async function forgetRejectedNotices({ db, now }: ServiceContext, keepMs = KEEP_REJECTED_CALLBACKS_MS): Promise<number> {
  const { count } = await db.mpesaNotice.deleteMany({ where: { status: "REJECTED", receivedAt: { lt: new Date(now().getTime() - keepMs) } } });
  return count;
}
