import type { PaymentState, Prisma } from "../generated/prisma/client.js";
import type { Msisdn } from "../domain/phone.js";
import type { StkPushAccepted, StkPushRequest, StkQueryAnswer } from "../mpesa/daraja-client.js";
import { isMpesaError, type MpesaErrorReason } from "../mpesa/errors.js";
import { applyKeptCallbacks } from "./callbacks.js";
import type { ServiceContext } from "./context.js";

/** The part of the Daraja client the services use. */
export interface MpesaGateway {
  stkPush(request: StkPushRequest): Promise<StkPushAccepted>;
  stkQuery(checkoutRequestId: string): Promise<StkQueryAnswer>;
}

/** States from which money can still be asked for. */
const SETTLEABLE: PaymentState[] = ["NOT_REQUESTED", "FAILED", "UNKNOWN"];

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
  phone: string | null;
  sessionId: number | null;
  recordedBy: string;
  settledBy: string | null;
  createdAt: Date;
  paidAt: Date | null;
}

const summaryInclude = { customer: true, recordedBy: true, settledBy: true } as const;

type PaymentWithPeople = Prisma.PaymentGetPayload<{ include: typeof summaryInclude }>;

function summarise(payment: PaymentWithPeople): PaymentSummary {
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

/** Records a payment owed (the /pay form); the money is then asked for by prompt or taken in cash. */
export async function recordPayment({ db, now }: ServiceContext, input: NewPayment, idempotencyKey?: string): Promise<PaymentSummary> {
  if (idempotencyKey) {
    const earlier = await db.payment.findUnique({ where: { idempotencyKey }, include: summaryInclude });
    if (earlier) return summarise(earlier);
  }
  const customer = await db.customer.findUniqueOrThrow({ where: { id: input.customerId } });
  const payment = await db.payment.create({
    data: {
      customerId: input.customerId,
      amountKes: input.amountKes,
      balanceKes: input.balanceKes,
      date: input.date,
      recordedById: input.staffId,
      phone: customer.phone,
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
  | { ok: false; reason: "prompt_pending"; payment: PaymentSummary };

async function refusalFor(context: ServiceContext, paymentId: number): Promise<SettleRefusal> {
  const payment = await getPayment(context, paymentId);
  if (!payment) return { ok: false, reason: "not_found" };
  return payment.state === "PAID" ? { ok: false, reason: "already_paid", payment } : { ok: false, reason: "prompt_pending", payment };
}

/**
 * Records cash taken for a payment, once. Refused while an M-Pesa prompt is waiting for the PIN
 * (the customer could pay both ways).
 */
export async function takeCash(context: ServiceContext, paymentId: number, staffId: number): Promise<{ ok: true; payment: PaymentSummary } | SettleRefusal> {
  const { db, now } = context;
  const changed = await db.payment.updateMany({
    where: { id: paymentId, state: { in: SETTLEABLE } },
    data: { state: "PAID", method: "CASH", paidAt: now(), settledById: staffId },
  });
  if (changed.count === 0) return refusalFor(context, paymentId);
  return { ok: true, payment: (await getPayment(context, paymentId))! };
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
  switch (earlier.state) {
    case "PENDING":
    case "PAID":
      return { ok: true, stkRequestId: earlier.id, phone: earlier.phone, amountKes: earlier.amountKes };
    case "FAILED":
      return { ok: false, reason: "mpesa_refused", error: (earlier.resultDesc ?? "daraja_error") as MpesaErrorReason, stkRequestId: earlier.id };
    case "SENDING":
    case "UNKNOWN":
      return { ok: false, reason: "outcome_unknown", stkRequestId: earlier.id };
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
      where: { id: payment.id, state: { in: SETTLEABLE } },
      data: { state: "PENDING", method: "MPESA", phone: request.phone },
    });
    if (won.count === 0) return null;
    const { accountReference, description } = accountReferenceFor(payment);
    return tx.stkRequest.create({
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
        createdAt: now(),
      },
    });
  });
  if (!claimed) return refusalFor(context, request.paymentId);

  try {
    const accepted = await mpesa.stkPush({
      phone: claimed.phone,
      amount: claimed.amountKes,
      accountReference: claimed.accountReference,
      description: claimed.description,
      callbackUrl: config.mpesa.callbackUrl,
    });
    await db.stkRequest.update({
      where: { id: claimed.id },
      data: {
        state: "PENDING",
        merchantRequestId: accepted.merchantRequestId,
        checkoutRequestId: accepted.checkoutRequestId,
        nextQueryAt: new Date(now().getTime() + config.mpesa.reconcileAfterMs),
      },
    });
    // The callback may have arrived before this answer did.
    await applyKeptCallbacks(context, accepted.checkoutRequestId);
    return { ok: true, stkRequestId: claimed.id, phone: claimed.phone, amountKes: claimed.amountKes };
  } catch (error) {
    if (!isMpesaError(error)) throw error;
    const unknown = error.reason === "push_outcome_unknown";
    logger.warn({ err: error, stkRequestId: claimed.id }, unknown ? "prompt outcome unknown" : "prompt refused");
    const state = unknown ? "UNKNOWN" : "FAILED";
    await db.$transaction([
      db.stkRequest.update({
        where: { id: claimed.id },
        data: {
          state,
          resultCode: "errorCode" in error && typeof error.errorCode === "string" ? error.errorCode : null,
          resultDesc: error.reason,
          resolvedAt: now(),
        },
      }),
      db.payment.updateMany({ where: { id: claimed.paymentId, state: "PENDING" }, data: { state } }),
    ]);
    return unknown
      ? { ok: false, reason: "outcome_unknown", stkRequestId: claimed.id }
      : { ok: false, reason: "mpesa_refused", error: error.reason, stkRequestId: claimed.id };
  }
}

/** Remembers the message that shows "waiting for the PIN", so the result can replace it. */
export async function attachPromptMessage({ db }: ServiceContext, stkRequestId: number, chatId: number, messageId: number): Promise<void> {
  await db.stkRequest.update({ where: { id: stkRequestId }, data: { chatId: BigInt(chatId), messageId } });
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
