import type { PaymentMethod, PaymentState, Prisma } from "../generated/prisma/client.js";
import type { Msisdn } from "../domain/phone.js";
import type { StkPushAccepted, StkPushRequest, StkQueryAnswer } from "../mpesa/daraja-client.js";
import { isMpesaError, isMpesaErrorReason, type MpesaErrorReason } from "../mpesa/errors.js";
import { applyKeptCallbacks } from "./callbacks.js";
import { enqueueMessages } from "./outbox.js";
import { isSetupProblem, reportSetupProblem, tellFollowers } from "./payment-results.js";
import { managerChatIds } from "./staff.js";
import type { ServiceContext } from "./context.js";

/** The part of the Daraja client the services use. */
export interface MpesaGateway {
  stkPush(request: StkPushRequest): Promise<StkPushAccepted>;
  stkQuery(checkoutRequestId: string): Promise<StkQueryAnswer>;
}

/** States from which money can still be asked for. */
export const SETTLEABLE: PaymentState[] = ["NOT_REQUESTED", "FAILED", "UNKNOWN"];

/** A payment money may be asked for or taken for now: still owed, and no lower amount waiting for a manager. */
export const settleableNow = { state: { in: SETTLEABLE }, adjustments: { none: { state: "PENDING" } } } satisfies Prisma.PaymentWhereInput;

export interface PaymentSummary {
  id: number;
  customerId: number;
  customerName: string;
  customerPhone: string | null;
  amountKes: number;
  balanceKes: number;
  date: string;
  state: PaymentState;
  method: "MPESA" | "CASH" | null;
  receipt: string | null;
  /** The number the latest prompt was sent to; null before any prompt (then use `customerPhone`). */
  phone: string | null;
  sessionId: number | null;
  recordedBy: string;
  settledBy: string | null;
  createdAt: Date;
  paidAt: Date | null;
  /** Asked by M-Pesa through the built-in simulator: no real money. */
  simulated: boolean;
  /** Set when the amount was lowered: what it was before, why, who lowered it and (when another) the manager who approved. */
  lowered: { fromKes: number; reason: string; by: string | null; approvedBy: string | null } | null;
  /** A lower amount waiting for a manager's approval: until answered the payment cannot be settled. */
  awaitingApproval: { toKes: number; reason: string } | null;
}

/** Included with a payment: those of its prompts that went to the simulator. */
export const simulatedPrompts = { stkRequests: { where: { simulated: true }, select: { id: true } } } as const;

/**
 * An M-Pesa payment whose current prompt went to the simulator. One taken in cash is real money,
 * whatever was prompted before.
 */
export function askedThroughSimulator(payment: { method: PaymentMethod | null; currentStkRequestId: number | null; stkRequests: { id: number }[] }): boolean {
  return payment.method === "MPESA" && payment.stkRequests.some((stk) => stk.id === payment.currentStkRequestId);
}

const summaryInclude = {
  customer: true,
  recordedBy: true,
  settledBy: true,
  adjustments: { where: { state: { not: "REFUSED" } }, orderBy: { id: "desc" }, include: { requestedBy: true, decidedBy: true } },
  ...simulatedPrompts,
} as const;

type PaymentWithPeople = Prisma.PaymentGetPayload<{ include: typeof summaryInclude }>;

function summarise(payment: PaymentWithPeople): PaymentSummary {
  const pending = payment.adjustments.find((adjustment) => adjustment.state === "PENDING");
  const approved = payment.adjustments.find((adjustment) => adjustment.state === "APPROVED");
  const approvedBy = approved?.decidedBy && approved.decidedById !== approved.requestedById ? approved.decidedBy.name : null;
  return {
    id: payment.id,
    customerId: payment.customerId,
    customerName: `${payment.customer.firstName} ${payment.customer.lastName}`,
    customerPhone: payment.customer.phone,
    amountKes: payment.amountKes,
    balanceKes: payment.balanceKes,
    date: payment.date,
    state: payment.state,
    method: payment.method,
    receipt: payment.receipt,
    phone: payment.phone,
    sessionId: payment.sessionId,
    recordedBy: payment.recordedBy.name,
    settledBy: payment.settledBy?.name ?? null,
    createdAt: payment.createdAt,
    paidAt: payment.paidAt,
    simulated: askedThroughSimulator(payment),
    lowered:
      payment.originalAmountKes !== null
        ? { fromKes: payment.originalAmountKes, reason: payment.adjustReason ?? "", by: approved?.requestedBy.name ?? null, approvedBy }
        : null,
    awaitingApproval: pending ? { toKes: pending.toKes, reason: pending.reason } : null,
  };
}

export async function getPayment({ db }: ServiceContext, paymentId: number): Promise<PaymentSummary | null> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, include: summaryInclude });
  return payment ? summarise(payment) : null;
}

export interface NewPayment {
  customerId: number;
  amountKes: number;
  balanceKes: number;
  date: string;
  staffId: number;
}

/**
 * Records a payment owed (the /pay form); the money is then asked for by prompt or taken in cash.
 * Its `phone` stays empty until a prompt is sent: callers use `phone ?? customerPhone`.
 */
export async function recordPayment({ db, now }: ServiceContext, input: NewPayment, idempotencyKey?: string): Promise<PaymentSummary> {
  if (idempotencyKey) {
    const earlier = await db.payment.findUnique({ where: { idempotencyKey }, include: summaryInclude });
    if (earlier) return summarise(earlier);
  }
  await db.customer.findUniqueOrThrow({ where: { id: input.customerId }, select: { id: true } });
  const payment = await db.payment.create({
    data: {
      customerId: input.customerId,
      amountKes: input.amountKes,
      balanceKes: input.balanceKes,
      date: input.date,
      recordedById: input.staffId,
      idempotencyKey: idempotencyKey ?? null,
      createdAt: now(),
    },
    include: summaryInclude,
  });
  return summarise(payment);
}

export type SettleRefusal =
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "already_paid"; payment: PaymentSummary }
  | { ok: false; reason: "prompt_pending"; payment: PaymentSummary }
  | { ok: false; reason: "approval_pending"; payment: PaymentSummary; approval: { toKes: number; reason: string } };

/** Why a payment cannot be settled now; null when it can. */
export function settleRefusal(payment: PaymentSummary): SettleRefusal | null {
  if (payment.state === "PAID") return { ok: false, reason: "already_paid", payment };
  if (payment.state === "PENDING") return { ok: false, reason: "prompt_pending", payment };
  if (payment.awaitingApproval) return { ok: false, reason: "approval_pending", payment, approval: payment.awaitingApproval };
  return null;
}

/** Not paid and no prompt out: still to be taken (once a lower amount waiting for a manager is decided). */
export function stillOwed(payment: PaymentSummary): boolean {
  const refusal = settleRefusal(payment);
  return refusal === null || refusal.reason === "approval_pending";
}

export async function refusalFor(context: ServiceContext, paymentId: number): Promise<SettleRefusal> {
  const payment = await getPayment(context, paymentId);
  if (!payment) return { ok: false, reason: "not_found" };
  return settleRefusal(payment) ?? { ok: false, reason: "prompt_pending", payment };
}

/**
 * Records cash taken for a payment, once, and tells the managers in the same transaction (as an
 * M-Pesa result is told). Refused while an M-Pesa prompt is waiting for the PIN (the customer could
 * pay both ways), and while a lower amount waits for a manager (which amount is owed is not decided).
 */
export async function takeCash(context: ServiceContext, paymentId: number, staffId: number): Promise<{ ok: true; payment: PaymentSummary } | SettleRefusal> {
  const { db, now } = context;
  const taken = await db.$transaction(async (tx) => {
    const at = now();
    const changed = await tx.payment.updateMany({
      where: { id: paymentId, ...settleableNow },
      data: { state: "PAID", method: "CASH", paidAt: at, settledById: staffId },
    });
    if (changed.count === 0) return false;
    await announceCash(context, tx, paymentId, at);
    return true;
  });
  if (!taken) return refusalFor(context, paymentId);
  return { ok: true, payment: (await getPayment(context, paymentId))! };
}

/** Tells the active managers about cash taken, but not whoever took it: they have just read it. */
async function announceCash(context: ServiceContext, tx: Prisma.TransactionClient, paymentId: number, now: Date): Promise<void> {
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { customer: true, settledBy: true } });
  const taker = payment.settledBy!;
  const payload = context.notices.cashTaken({
    amountKes: payment.amountKes,
    customerName: `${payment.customer.firstName} ${payment.customer.lastName}`,
    sessionId: payment.sessionId,
    takenBy: taker.name,
  });
  const managers = (await managerChatIds({ ...context, db: tx as ServiceContext["db"] })).filter((chatId) => chatId !== Number(taker.telegramId));
  await enqueueMessages(tx, managers.map((chatId) => ({ dedupeKey: `cash:${paymentId}:chat:${chatId}`, chatId, payload })), now);
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

function accountReferenceFor(payment: { id: number; sessionId: number | null }): { accountReference: string; description: string } {
  return payment.sessionId !== null
    ? { accountReference: `Session ${payment.sessionId}`, description: "Cafe session" }
    : { accountReference: `Payment ${payment.id}`, description: "Cafe payment" };
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
      return { ok: false, reason: "mpesa_refused", error: isMpesaErrorReason(earlier.resultDesc) ? earlier.resultDesc : "daraja_error", stkRequestId: earlier.id };
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
    const payment = await tx.payment.findUnique({ where: { id: request.paymentId } });
    if (!payment) return null;
    const won = await tx.payment.updateMany({
      where: { id: payment.id, ...settleableNow },
      data: { state: "PENDING", method: "MPESA", phone: request.phone },
    });
    if (won.count === 0) return null;
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
      if (moved.count > 0) await tellFollowers(context, tx, claimed.id, unknown ? { kind: "unknown", cause: "push_lost" } : { kind: "refused", reason: error.reason });
    });
    if (isSetupProblem(error.reason)) {
      await reportSetupProblem(context, claimed.id, error.reason).catch((failure: unknown) => logger.error({ err: failure }, "could not tell the managers about an M-Pesa setup problem"));
    }
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
    const stk = await tx.stkRequest.findUniqueOrThrow({ where: { id: currentStkRequestId! }, select: { id: true, chatId: true, messageId: true } });
    // The sender's own message (a second tap on it) follows the prompt already.
    if (stk.chatId === BigInt(chatId) && stk.messageId === messageId) return true;
    const key = { stkRequestId: stk.id, chatId: BigInt(chatId), messageId };
    await tx.promptMessage.upsert({ where: { stkRequestId_chatId_messageId: key }, create: { ...key, createdAt: now() }, update: {} });
    return true;
  });
}

export const LIST_PAGE_SIZE = 10;

/** Most recent payments and session charges first. */
export async function recentPayments({ db }: ServiceContext, page = 0): Promise<{ items: PaymentSummary[]; hasMore: boolean }> {
  const rows = await db.payment.findMany({
    orderBy: { id: "desc" },
    skip: page * LIST_PAGE_SIZE,
    take: LIST_PAGE_SIZE + 1,
    include: summaryInclude,
  });
  return { items: rows.slice(0, LIST_PAGE_SIZE).map(summarise), hasMore: rows.length > LIST_PAGE_SIZE };
}

/** Ended sessions and payments whose money has not come in, oldest first. */
export async function unpaidPayments({ db }: ServiceContext, page = 0): Promise<{ items: PaymentSummary[]; hasMore: boolean }> {
  const rows = await db.payment.findMany({
    where: { state: { in: SETTLEABLE } },
    orderBy: { id: "asc" },
    skip: page * LIST_PAGE_SIZE,
    take: LIST_PAGE_SIZE + 1,
    include: summaryInclude,
  });
  return { items: rows.slice(0, LIST_PAGE_SIZE).map(summarise), hasMore: rows.length > LIST_PAGE_SIZE };
}
