// The STK prompt protocol: asking M-Pesa for a payment's money by prompt, recording the prompt before
// it goes out, and letting other messages follow a prompt already out. Its answer is applied by
// payment-results.ts.
import { billReference } from "../domain/bill-reference.js";
import type { Msisdn } from "../domain/phone.js";
import type { StkPushAccepted, StkQueryAnswer, TransactionStatusAccepted } from "../mpesa/daraja-client.js";
import { isMpesaError, isMpesaErrorReason, type MpesaErrorReason } from "../mpesa/errors.js";
import type { StkPushRequest } from "../mpesa/protocol.js";
import { recordAudit } from "./audit.js";
import { applyKeptCallbacks } from "./callbacks.js";
import type { ServiceContext } from "./context.js";
import { isSetupProblem } from "./notices.js";
import { reportSetupProblem, tellFollowers } from "./payment-results.js";
import { refusalFor, settleableNow, type SettleRefusal } from "./payments.js";

/** The part of the Daraja client the services use. */
export interface MpesaGateway {
  stkPush(request: StkPushRequest): Promise<StkPushAccepted>;
  stkQuery(checkoutRequestId: string): Promise<StkQueryAnswer>;
  /** Registers the C2B confirmation and validation URLs (config.mpesa.c2b) with Daraja. */
  registerC2bUrls(): Promise<void>;
  /** Asks M-Pesa about a receipt; the result comes later to config.mpesa.c2b.statusResultUrl. */
  transactionStatus(receipt: string): Promise<TransactionStatusAccepted>;
}

/** Prompts go to the built-in simulator: no real money moves, and every message about them says so. */
export function promptsSimulated({ config }: ServiceContext): boolean {
  return config.mpesa.environment === "simulator";
}

export interface PromptRequest {
  paymentId: number;
  phone: Msisdn;
  staffId: number;
  /** Where the operator is waiting, so the result can edit that message. */
  chatId: number | null;
  messageId: number | null;
  /** Makes a repeated call (a replayed conversation) return the first call's outcome instead of prompting again. */
  idempotencyKey?: string;
}

export type PromptResult =
  | { ok: true; stkRequestId: number; phone: string; amountKes: number }
  | SettleRefusal
  | { ok: false; reason: "mpesa_refused"; error: MpesaErrorReason; stkRequestId: number }
  | { ok: false; reason: "outcome_unknown"; stkRequestId: number };

/**
 * The bill's reference (S12, P5) as the prompt's account number: the customer's SMS shows the same
 * number the counter reads out for the M-Pesa menu, and Safaricom's C2B confirmation of a paybill
 * prompt's payment names the bill it paid.
 */
function accountReferenceFor(payment: { id: number; sessionId: number | null }): { accountReference: string; description: string } {
  return { accountReference: billReference(payment), description: payment.sessionId !== null ? "Cafe session" : "Cafe payment" };
}

async function outcomeOfEarlierRequest(context: ServiceContext, idempotencyKey: string): Promise<PromptResult | null> {
  const earlier = await context.db.stkRequest.findUnique({ where: { idempotencyKey } });
  if (!earlier) return null;
  const sent = { ok: true as const, stkRequestId: earlier.id, phone: earlier.phone, amountKes: earlier.amountKes };
  // Daraja accepted the push (it gave a CheckoutRequestID): the prompt went out, whatever the customer
  // did with it since. Its result (paid, failed, unknown) reaches the operator as a notification.
  if (earlier.checkoutRequestId !== null) return sent;
  switch (earlier.state) {
    case "PENDING":
    case "PAID":
      return sent;
    case "FAILED":
      // Refused synchronously: resultDesc holds this client's reason code (see requestMpesaPayment).
      // Anything else there is not one of ours and must not be shown as a reason.
      return {
        ok: false,
        reason: "mpesa_refused",
        error: isMpesaErrorReason(earlier.resultDesc) ? earlier.resultDesc : "daraja_error",
        stkRequestId: earlier.id,
      };
    case "SENDING":
    case "UNKNOWN":
      return { ok: false, reason: "outcome_unknown", stkRequestId: earlier.id };
  }
}

/** Attempts (and waits between them) to record a push Daraja accepted: losing it loses the result. */
const RECORD_PUSH_RETRY_DELAYS_MS = [100, 500, 2000];

async function withRetries<T>(context: ServiceContext, what: string, task: () => Promise<T>, delaysMs = RECORD_PUSH_RETRY_DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined) throw error;
      context.logger.warn({ err: error, attempt: attempt + 1 }, `${what} failed; trying again`);
      await context.sleep(delay);
    }
  }
}

/**
 * Sends an M-Pesa prompt for a payment. The request is recorded before it goes out; a prompt whose
 * answer is lost is marked unknown and never resent automatically (that would prompt twice).
 */
export async function requestMpesaPayment(context: ServiceContext, mpesa: MpesaGateway, request: PromptRequest): Promise<PromptResult> {
  const { db, now, config, logger } = context;
  if (request.idempotencyKey) {
    const earlier = await outcomeOfEarlierRequest(context, request.idempotencyKey);
    if (earlier) return earlier;
  }

  const claimed = await db.$transaction(async (tx) => {
    const won = await tx.payment.updateMany({
      where: { id: request.paymentId, ...settleableNow },
      data: { state: "PENDING", method: "MPESA", phone: request.phone },
    });
    if (won.count === 0) return null;
    // Read after the claim, which holds the row (on PostgreSQL, its lock until commit): the amount is
    // the payment's as claimed, never one a lower amount replaced between a read and the claim.
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: request.paymentId }, include: { customer: { select: { phone: true } } } });
    const { accountReference, description } = accountReferenceFor(payment);
    const stk = await tx.stkRequest.create({
      data: {
        paymentId: payment.id,
        idempotencyKey: request.idempotencyKey ?? null,
        phone: request.phone,
        amountKes: payment.amountKes,
        accountReference,
        description,
        requestedById: request.staffId,
        chatId: request.chatId === null ? null : BigInt(request.chatId),
        messageId: request.messageId,
        simulated: promptsSimulated(context),
        createdAt: now(),
      },
    });
    // From now on only this prompt's answer moves the payment (the claim above holds the row).
    await tx.payment.update({ where: { id: payment.id }, data: { currentStkRequestId: stk.id } });
    await recordAudit(tx, stk.createdAt, {
      action: "prompt_sent",
      staffId: request.staffId,
      customerId: payment.customerId,
      sessionId: payment.sessionId ?? payment.prepaidSessionId,
      paymentId: payment.id,
      amountKes: payment.amountKes,
      // A number other than the customer's saved one (Another number) is an override a manager may ask about.
      details: { phone: request.phone, customerPhone: payment.customer.phone },
    });
    return stk;
  });
  if (!claimed) return refusalFor(context, request.paymentId);

  let accepted: StkPushAccepted;
  try {
    accepted = await mpesa.stkPush({
      phone: claimed.phone,
      amount: claimed.amountKes,
      accountReference: claimed.accountReference,
      description: claimed.description,
      callbackUrl: config.mpesa.callbackUrl,
    });
  } catch (error) {
    if (!isMpesaError(error)) throw error;
    const unknown = error.reason === "push_outcome_unknown";
    logger.warn({ err: error, stkRequestId: claimed.id }, unknown ? "prompt outcome unknown" : "prompt refused");
    const state = unknown ? "UNKNOWN" : "FAILED";
    await db.$transaction(async (tx) => {
      await tx.stkRequest.update({
        where: { id: claimed.id },
        data: {
          state,
          resultCode: "errorCode" in error && typeof error.errorCode === "string" ? error.errorCode : null,
          resultDesc: error.reason,
          resolvedAt: now(),
        },
      });
      const moved = await tx.payment.updateMany({ where: { id: claimed.paymentId, currentStkRequestId: claimed.id, state: "PENDING" }, data: { state } });
      // The operator who sent it is told by the caller; anyone whose tap found it out hears it here.
      if (moved.count > 0)
        await tellFollowers(context, tx, claimed.id, unknown ? { kind: "unknown", cause: "push_lost" } : { kind: "refused", reason: error.reason });
    });
    if (isSetupProblem(error.reason)) {
      await reportSetupProblem(context, claimed.id, error.reason).catch((failure: unknown) =>
        logger.error({ err: failure }, "could not tell the managers about an M-Pesa setup problem"),
      );
    }
    context.messagesQueued();
    return unknown
      ? { ok: false, reason: "outcome_unknown", stkRequestId: claimed.id }
      : { ok: false, reason: "mpesa_refused", error: error.reason, stkRequestId: claimed.id };
  }

  // The prompt went out: from here on nothing may make the operator think it did not. Recording the
  // CheckoutRequestID is what lets the callback (or a query) find this prompt, so it is retried.
  const sent = { ok: true as const, stkRequestId: claimed.id, phone: claimed.phone, amountKes: claimed.amountKes };
  const ids = { merchantRequestId: accepted.merchantRequestId, checkoutRequestId: accepted.checkoutRequestId };
  try {
    await withRetries(context, "recording the accepted prompt", async () => {
      // Conditional on SENDING: an answer that came after the lost-push cutoff (giveUpLostPushes made
      // the prompt UNKNOWN, and people were told) must not turn it back into PENDING.
      const opened = await db.stkRequest.updateMany({
        where: { id: claimed.id, state: "SENDING" },
        data: { state: "PENDING", ...ids, nextQueryAt: new Date(now().getTime() + config.mpesa.reconcileAfterMs) },
      });
      // Given up already: still record the ids, so that a callback can settle it.
      if (opened.count === 0) await db.stkRequest.updateMany({ where: { id: claimed.id, state: "UNKNOWN", checkoutRequestId: null }, data: ids });
    });
  } catch (error) {
    // The prompt stays SENDING and becomes "unknown: check the statement" after the lost-push cutoff.
    logger.error({ err: error, stkRequestId: claimed.id, ...ids }, "prompt sent but its CheckoutRequestID could not be recorded");
    return sent;
  }
  try {
    // The callback may have arrived before this answer did.
    await applyKeptCallbacks(context, accepted.checkoutRequestId);
  } catch (error) {
    // Kept callbacks still RECEIVED are applied by the sweep; UNMATCHED ones by the next callback or query.
    logger.error({ err: error, stkRequestId: claimed.id }, "callbacks kept for a prompt could not be applied yet");
  }
  return sent;
}

/** Whether this message already shows the payment's prompt: the sender's own, or one following it. */
export async function showsPrompt({ db }: ServiceContext, paymentId: number, chatId: number, messageId: number): Promise<boolean> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { currentStkRequestId: true } });
  if (!payment?.currentStkRequestId) return false;
  const stkRequestId = payment.currentStkRequestId;
  const own = await db.stkRequest.count({ where: { id: stkRequestId, chatId: BigInt(chatId), messageId } });
  if (own > 0) return true;
  return (await db.promptMessage.count({ where: { stkRequestId, chatId: BigInt(chatId), messageId } })) > 0;
}

/**
 * Makes a message that shows the payment's prompt as out (someone's tap found it already sent) follow
 * that prompt: its outcome is written to this message too. False when no prompt is out any more.
 */
export async function followPrompt({ db, now }: ServiceContext, paymentId: number, chatId: number, messageId: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // A write to the payment's row first: an answer that moves the payment (a write to the same row)
    // is then applied either before this, and no prompt is out, or after, and it finds this message.
    const out = await tx.payment.updateMany({ where: { id: paymentId, state: "PENDING", currentStkRequestId: { not: null } }, data: { state: "PENDING" } });
    if (out.count === 0) return false;
    const { currentStkRequestId } = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { currentStkRequestId: true } });
    if (currentStkRequestId === null) return false;
    const stk = await tx.stkRequest.findUniqueOrThrow({ where: { id: currentStkRequestId }, select: { id: true, chatId: true, messageId: true } });
    // The sender's own message (a second tap on it) follows the prompt already.
    if (stk.chatId === BigInt(chatId) && stk.messageId === messageId) return true;
    const key = { stkRequestId: stk.id, chatId: BigInt(chatId), messageId };
    await tx.promptMessage.upsert({ where: { stkRequestId_chatId_messageId: key }, create: { ...key, createdAt: now() }, update: {} });
    return true;
  });
}

/**
 * Makes a message that tells how to pay the bill from the M-Pesa menu follow the payment's current
 * prompt (unless it is that prompt's own message), so that the money's arrival (placeMenuPayment)
 * edits it as it edits the prompt's.
 */
export async function followForMenuPayment({ db, now }: ServiceContext, paymentId: number, chatId: number, messageId: number): Promise<void> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { currentStkRequestId: true } });
  if (!payment?.currentStkRequestId) return;
  const stk = await db.stkRequest.findUniqueOrThrow({ where: { id: payment.currentStkRequestId }, select: { id: true, chatId: true, messageId: true } });
  if (stk.chatId === BigInt(chatId) && stk.messageId === messageId) return;
  const key = { stkRequestId: stk.id, chatId: BigInt(chatId), messageId };
  await db.promptMessage.upsert({ where: { stkRequestId_chatId_messageId: key }, create: { ...key, createdAt: now() }, update: {} });
}
