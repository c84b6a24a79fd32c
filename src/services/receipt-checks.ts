// Checking the receipt a customer shows for one owed bill. What the service has received decides first:
// a receipt on a bill already names that bill (never credited twice); money from the menu not on a bill
// yet is placed on this one. Otherwise M-Pesa is asked with the Transaction Status API, when its
// credentials are set: the check is recorded PENDING and its result, POSTed later and stored as an
// MpesaNotice, settles the bill only when M-Pesa confirms the money went to this café's shortcode.
// The operator's message is edited with the answer, once.
import type { Tx } from "../db/client.js";
import type { CallbackStatus, MpesaNotice, ReceiptCheck, ReceiptCheckState } from "../generated/prisma/client.js";
import { isMpesaError, type MpesaErrorReason } from "../mpesa/errors.js";
import { parseTransactionStatusResult, parseTransactionStatusTimeout, type ReceiptStatus } from "../mpesa/transaction-status.js";
import type { ServiceContext } from "./context.js";
import type { MpesaGateway } from "./prompts.js";
import { billOfPayment, leaveUnplaced, placeMenuPayment, recordMenuPayment } from "./menu-payments.js";
import type { BillOfNotice } from "./notices.js";
import { editing, enqueueMessages } from "./outbox.js";

/** The part of the Daraja client a receipt check uses: asks M-Pesa about a receipt, whose answer comes later to the result URL. */
export type ReceiptStatusGateway = Pick<MpesaGateway, "transactionStatus">;

/** A PENDING check without a result this long is given up: M-Pesa's result is not coming. */
export const RECEIPT_CHECK_GIVE_UP_MS = 5 * 60_000;

export interface ReceiptCheckRequest {
  /** Ten capital letters and digits (src/domain/receipt-text.ts). */
  receipt: string;
  paymentId: number;
  staffId: number;
  /** The operator's message, edited when M-Pesa's answer comes. */
  chatId: number | null;
  messageId: number | null;
}

/** Why a receipt M-Pesa knows cannot settle the bill asked. */
type Refusal = "amount_differs" | "bill_paid" | "approval_pending" | "bill_not_found" | "menu_payment_set_aside";

/** How a receipt check stands, for the operator. */
export type ReceiptCheckOutcome =
  /** The bill is settled with the receipt's money (`confirmed`: by M-Pesa's answer). */
  | { kind: "settled"; receipt: string; bill: BillOfNotice; confirmed: boolean }
  /** The receipt paid a bill already (this one, or another): nothing was credited. */
  | { kind: "used"; receipt: string; bill: BillOfNotice }
  /** The receipt's money is known but cannot settle this bill. */
  | { kind: "refused"; receipt: string; reason: Refusal; amountKes: number; bill: BillOfNotice | null }
  /** M-Pesa is being asked; the answer edits the message. */
  | { kind: "asking"; receipt: string; bill: BillOfNotice | null }
  /** M-Pesa is being asked about this receipt already (for `bill`): not asked twice. */
  | { kind: "already_asking"; receipt: string; bill: BillOfNotice | null }
  /** Not received here, and no Transaction Status credentials to ask with. */
  | { kind: "not_received"; receipt: string }
  /** M-Pesa does not know the receipt. */
  | { kind: "not_found"; receipt: string }
  /** M-Pesa knows it, but it is not money paid to this café (another shortcode, or not completed). */
  | { kind: "not_ours"; receipt: string; transactionStatus: string; shortCode: string | null }
  /** No answer: Daraja refused the query, its result timed out, or none came. */
  | { kind: "failed"; receipt: string; cause: MpesaErrorReason | "no_answer" };

/** The receipt as the service knows it, before any bill is chosen. */
type ReceiptLookup =
  | { kind: "used"; bill: BillOfNotice }
  | { kind: "checking"; bill: BillOfNotice | null }
  /** Money from the menu waiting for a bill. */
  | { kind: "unplaced"; amountKes: number }
  | { kind: "unknown" };

async function lookUp(tx: Tx, receipt: string): Promise<ReceiptLookup> {
  // A bill paid with it: by a prompt's callback, or by money from the menu placed on it.
  const paid = await tx.payment.findFirst({ where: { receipt }, select: { id: true } });
  // A prompt's money that credited no bill (it was paid another way meanwhile) still came for its bill.
  const prompt = paid ? null : await tx.stkRequest.findFirst({ where: { receipt }, select: { paymentId: true } });
  const usedOn = paid?.id ?? prompt?.paymentId;
  const bill = usedOn === undefined ? null : await billOfPayment(tx, usedOn);
  if (bill) return { kind: "used", bill };
  const menuPayment = await tx.menuPayment.findUnique({ where: { receipt } });
  if (menuPayment) {
    const placedOn = menuPayment.paymentId === null ? null : await billOfPayment(tx, menuPayment.paymentId);
    return placedOn ? { kind: "used", bill: placedOn } : { kind: "unplaced", amountKes: menuPayment.amountKes };
  }
  const pending = await tx.receiptCheck.findFirst({ where: { receipt, state: "PENDING" }, orderBy: { id: "asc" } });
  if (pending) return { kind: "checking", bill: await billOfPayment(tx, pending.paymentId) };
  return { kind: "unknown" };
}

/** What the service knows of a receipt (for offering the bills to check it for). */
export async function lookUpReceipt({ db }: ServiceContext, receipt: string): Promise<ReceiptLookup> {
  return db.$transaction((tx) => lookUp(tx, receipt));
}

/**
 * Checks `receipt` for one owed bill: settles it with money already received, names the bill the
 * receipt paid, or asks M-Pesa (`gateway` null: no Transaction Status credentials, so nothing is asked).
 */
export async function checkReceipt(context: ServiceContext, gateway: ReceiptStatusGateway | null, request: ReceiptCheckRequest): Promise<ReceiptCheckOutcome> {
  const { receipt, paymentId, staffId } = request;
  const local = await context.db.$transaction(async (tx): Promise<ReceiptCheckOutcome | { kind: "ask"; checkId: number; bill: BillOfNotice | null }> => {
    const known = await lookUp(tx, receipt);
    switch (known.kind) {
      case "used":
        return { kind: "used", receipt, bill: known.bill };
      case "checking":
        return { kind: "already_asking", receipt, bill: known.bill };
      case "unplaced": {
        const menuPayment = await tx.menuPayment.findUniqueOrThrow({ where: { receipt } });
        const placed = await placeMenuPayment(context, tx, menuPayment.id, paymentId, { placement: "RECEIPT_CHECK", staffId });
        if (placed.ok) return { kind: "settled", receipt, bill: placed.bill, confirmed: false };
        if (placed.reason === "menu_payment_placed") return { kind: "used", receipt, bill: placed.bill };
        return { kind: "refused", receipt, reason: placed.reason, amountKes: menuPayment.amountKes, bill: "bill" in placed ? placed.bill : null };
      }
      case "unknown": {
        if (!gateway) return { kind: "not_received", receipt };
        const check = await tx.receiptCheck.create({
          data: {
            receipt,
            paymentId,
            requestedById: staffId,
            chatId: request.chatId === null ? null : BigInt(request.chatId),
            messageId: request.messageId,
            createdAt: context.now(),
          },
        });
        return { kind: "ask", checkId: check.id, bill: await billOfPayment(tx, paymentId) };
      }
    }
  });
  if (local.kind !== "ask") {
    if (local.kind === "settled") context.messagesQueued();
    return local;
  }
  if (!gateway) throw new Error("unreachable: a check is recorded only with a gateway");

  let ids: { conversationId: string; originatorConversationId: string };
  try {
    ids = await gateway.transactionStatus(receipt);
  } catch (error) {
    if (!isMpesaError(error)) throw error;
    await context.db.receiptCheck.updateMany({
      where: { id: local.checkId, state: "PENDING" },
      data: { state: "FAILED", resultDesc: error.reason, resolvedAt: context.now() },
    });
    context.logger.warn({ err: error, receiptCheckId: local.checkId }, "Transaction Status query refused");
    return { kind: "failed", receipt, cause: error.reason };
  }
  const early = await context.db.$transaction(async (tx): Promise<Answer | null> => {
    await tx.receiptCheck.update({ where: { id: local.checkId }, data: ids });
    // A result that arrived before its ids were stored found no check: it is applied now, and answers
    // the operator here (the caller shows it: an edit through the outbox could race with theirs).
    return applyAnswersThatCameFirst(context, tx, ids.originatorConversationId, false);
  });
  if (early) {
    context.messagesQueued();
    return early;
  }
  return { kind: "asking", receipt, bill: local.bill };
}

/**
 * Applies the results and timeouts stored UNMATCHED under this OriginatorConversationID: they came
 * before the check's ids were stored (or, on PostgreSQL, while that write was not yet committed).
 * `tell`: the operator's message is edited with the answer through the outbox. Returns the answer, if any.
 */
async function applyAnswersThatCameFirst(context: ServiceContext, tx: Tx, originatorConversationId: string, tell: boolean): Promise<Answer | null> {
  const waiting = await tx.mpesaNotice.findMany({
    where: { key: originatorConversationId, status: "UNMATCHED", kind: { in: ["STATUS_RESULT", "STATUS_TIMEOUT"] } },
    orderBy: { id: "asc" },
  });
  let decided: Answer | null = null;
  for (const notice of waiting) {
    const decision = notice.kind === "STATUS_RESULT" ? await decideResult(context, tx, notice) : await decideTimeout(context, tx, notice);
    if (decision.status === "APPLIED") {
      await answer(context, tx, decision.check, decision.outcome, tell);
      decided = decision.outcome;
    }
    await tx.mpesaNotice.update({ where: { id: notice.id }, data: { status: decision.status, appliedAt: context.now() } });
  }
  return decided;
}

/** An answer that decides a check. */
type Answer = Extract<ReceiptCheckOutcome, { kind: "settled" | "used" | "refused" | "not_ours" | "not_found" | "failed" }>;

function stateOf(answer: Answer): ReceiptCheckState {
  switch (answer.kind) {
    case "settled":
      return "CONFIRMED";
    case "not_found":
      return "NOT_FOUND";
    case "failed":
      return "FAILED";
    default:
      return "MISMATCH";
  }
}

/**
 * Takes a PENDING check for an answer, before anything is done with it: a conditional update, so that
 * of two deliveries of its result (or a result and the give-up) one decides. False when it was taken.
 */
async function take(context: ServiceContext, tx: Tx, check: ReceiptCheck, result: { resultCode: string | null; resultDesc: string | null }): Promise<boolean> {
  const taken = await tx.receiptCheck.updateMany({
    where: { id: check.id, state: "PENDING" },
    data: { state: "FAILED", ...result, resolvedAt: context.now() },
  });
  return taken.count > 0;
}

/**
 * Takes a check given up (no answer in time, or the queue timeout) for M-Pesa's late word that the money
 * came: a conditional update, so that of two deliveries of that result one decides. False when it was taken.
 */
async function takeGivenUp(context: ServiceContext, tx: Tx, check: ReceiptCheck, result: { resultCode: string; resultDesc: string }): Promise<boolean> {
  const taken = await tx.receiptCheck.updateMany({
    where: { id: check.id, state: "FAILED", originatorConversationId: { not: null } },
    data: { state: "MISMATCH", ...result, resolvedAt: context.now() },
  });
  return taken.count > 0;
}

/**
 * Records a taken check's answer and (`tell`) edits the operator's message with it, once; a `late`
 * answer (after the check was given up, and the operator told so) is told once more.
 */
async function answer(context: ServiceContext, tx: Tx, check: ReceiptCheck, outcome: Answer, tell: boolean, late = false): Promise<void> {
  await tx.receiptCheck.update({ where: { id: check.id }, data: { state: stateOf(outcome) } });
  if (!tell || check.chatId === null) return;
  // A late answer is news of its own: a new message, not an edit of one the operator has moved past.
  const payload = editing(context.notices.receiptChecked(outcome), late ? null : check.messageId);
  const dedupeKey = `receipt-check:${check.id}${late ? ":late" : ""}:chat:${check.chatId}`;
  await enqueueMessages(tx, [{ dedupeKey, chatId: Number(check.chatId), payload }], context.now());
}

/** What M-Pesa's confirmed receipt does for the check's bill, in the caller's transaction. */
async function settleWith(context: ServiceContext, tx: Tx, check: ReceiptCheck, status: ReceiptStatus): Promise<Answer> {
  const { receipt } = check;
  const shortCode = context.config.mpesa.c2b.shortCode;
  if (status.receipt !== receipt || status.transactionStatus.toLowerCase() !== "completed" || status.creditParty.shortCode !== shortCode) {
    return { kind: "not_ours", receipt, transactionStatus: status.transactionStatus, shortCode: status.creditParty.shortCode };
  }
  // Money a prompt brought in, or placed on a bill meanwhile, is never credited a second time.
  const known = await lookUp(tx, receipt);
  if (known.kind === "used") return { kind: "used", receipt, bill: known.bill };
  const { menuPayment } = await recordMenuPayment(context, tx, {
    receipt,
    amountKes: status.amountKes,
    transactionType: status.reasonType ?? "Transaction Status",
    shortCode,
    accountNumber: null,
    payerPhone: status.debitParty.phone,
    payerName: status.debitParty.name,
    paidAt: status.finalisedAt ?? context.now(),
  });
  const placed = await placeMenuPayment(context, tx, menuPayment.id, check.paymentId, { placement: "RECEIPT_CHECK", staffId: check.requestedById });
  if (placed.ok) return { kind: "settled", receipt, bill: placed.bill, confirmed: true };
  if (placed.reason === "menu_payment_placed") return { kind: "used", receipt, bill: placed.bill };
  if (placed.reason === "menu_payment_set_aside") return { kind: "refused", receipt, reason: placed.reason, amountKes: menuPayment.amountKes, bill: null };
  // Real money to this café that fits the bill asked for no longer: it waits on the "to place" list.
  const bill = "bill" in placed ? placed.bill : null;
  await leaveUnplaced(context, tx, menuPayment, placed.reason === "bill_not_found" ? "no_bill" : placed.reason, bill);
  return { kind: "refused", receipt, reason: placed.reason, amountKes: menuPayment.amountKes, bill };
}

/** What a stored result or timeout decides: APPLIED answers its check (`late`: one given up before); the rest change nothing. */
type Decision = { status: Exclude<CallbackStatus, "APPLIED" | "RECEIVED"> } | { status: "APPLIED"; check: ReceiptCheck; outcome: Answer; late?: boolean };

async function decideResult(context: ServiceContext, tx: Tx, notice: MpesaNotice): Promise<Decision> {
  const parsed = parseTransactionStatusResult(notice.body);
  if (!parsed.ok) return { status: "REJECTED" };
  const { result } = parsed;
  const check = await tx.receiptCheck.findUnique({ where: { originatorConversationId: result.originatorConversationId } });
  if (!check) return { status: "UNMATCHED" };
  const codes = { resultCode: String(result.resultCode), resultDesc: result.resultDesc };
  if (!(await take(context, tx, check, codes))) {
    // Given up, and then M-Pesa confirms the money after all: real money is never ignored.
    if (result.status === null || !(await takeGivenUp(context, tx, check, codes))) return { status: "DUPLICATE" };
    return { status: "APPLIED", check, outcome: await settleWith(context, tx, check, result.status), late: true };
  }
  const outcome = result.status === null ? ({ kind: "not_found", receipt: check.receipt } as const) : await settleWith(context, tx, check, result.status);
  return { status: "APPLIED", check, outcome };
}

async function decideTimeout(context: ServiceContext, tx: Tx, notice: MpesaNotice): Promise<Decision> {
  const parsed = parseTransactionStatusTimeout(notice.body);
  if (!parsed.ok) return { status: "REJECTED" };
  const check = await tx.receiptCheck.findUnique({ where: { originatorConversationId: parsed.timeout.originatorConversationId } });
  if (!check) return { status: "UNMATCHED" };
  if (!(await take(context, tx, check, { resultCode: null, resultDesc: parsed.timeout.resultDesc }))) return { status: "DUPLICATE" };
  return { status: "APPLIED", check, outcome: { kind: "failed", receipt: check.receipt, cause: "no_answer" } };
}

/**
 * Applies a stored Transaction Status result (an MpesaNotice of kind STATUS_RESULT) in the caller's
 * transaction; returns the notice's status: APPLIED, DUPLICATE (its check was answered already),
 * UNMATCHED (no check of ours asked it) or REJECTED (unreadable).
 */
export async function applyStatusResult(context: ServiceContext, tx: Tx, notice: MpesaNotice): Promise<Exclude<CallbackStatus, "RECEIVED">> {
  const decision = await decideResult(context, tx, notice);
  if (decision.status === "APPLIED") await answer(context, tx, decision.check, decision.outcome, true, decision.late);
  return decision.status;
}

/** Applies a stored queue timeout (kind STATUS_TIMEOUT): the check failed, the operator may ask again. */
export async function applyStatusTimeout(context: ServiceContext, tx: Tx, notice: MpesaNotice): Promise<Exclude<CallbackStatus, "RECEIVED">> {
  const decision = await decideTimeout(context, tx, notice);
  if (decision.status === "APPLIED") await answer(context, tx, decision.check, decision.outcome, true);
  return decision.status;
}

/** Gives up the checks M-Pesa has not answered for RECEIPT_CHECK_GIVE_UP_MS, telling each operator; returns how many. */
export async function giveUpReceiptChecks(context: ServiceContext): Promise<number> {
  const before = new Date(context.now().getTime() - RECEIPT_CHECK_GIVE_UP_MS);
  const stale = await context.db.receiptCheck.findMany({ where: { state: "PENDING", createdAt: { lt: before } }, orderBy: { id: "asc" } });
  let given = 0;
  for (const check of stale) {
    const gaveUp = await context.db.$transaction(async (tx) => {
      // Its answer may have been stored UNMATCHED in the instant its ids were being written (two
      // instances on PostgreSQL): applied now rather than lost.
      if (check.originatorConversationId !== null && (await applyAnswersThatCameFirst(context, tx, check.originatorConversationId, true))) return false;
      if (!(await take(context, tx, check, { resultCode: null, resultDesc: "no_answer" }))) return false;
      await answer(context, tx, check, { kind: "failed", receipt: check.receipt, cause: "no_answer" }, true);
      return true;
    });
    if (gaveUp) given++;
  }
  if (given > 0) context.messagesQueued();
  return given;
}
