import type { PaymentMethod, PaymentState, Prisma } from "../generated/prisma/client.js";
import type { Tx } from "../db/client.js";
import { fullName } from "../domain/names.js";
import { recordAudit } from "./audit.js";
import { enqueueMessages } from "./outbox.js";
import { managerChatIds } from "./recipients.js";
import type { ServiceContext } from "./context.js";

/** States from which money can still be asked for. */
export const SETTLEABLE: PaymentState[] = ["NOT_REQUESTED", "FAILED", "UNKNOWN"];

/**
 * A payment money may be asked for or taken for now: still owed, and no lower amount waiting for a
 * manager. Columns of the payment's own row, never a look at its adjustments: a conditional update
 * re-checks its row once the transaction holding it commits (PostgreSQL), but not a subquery.
 */
export const settleableNow = { state: { in: SETTLEABLE }, pendingAdjustmentId: null } satisfies Prisma.PaymentWhereInput;

export interface PaymentSummary {
  id: number;
  customerId: number;
  customerName: string;
  customerPhone: string | null;
  amountKes: number;
  balanceKes: number;
  date: string;
  state: PaymentState;
  method: PaymentMethod | null;
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

/** Included with a payment: those of its prompts that went to the simulator, and whether money from the M-Pesa menu paid it through the simulator. */
export const simulatedPrompts = {
  stkRequests: { where: { simulated: true }, select: { id: true } },
  menuPayment: { select: { simulated: true } },
} as const;

/**
 * An M-Pesa payment paid from the menu through the simulator, or (not paid from the menu) whose
 * current prompt went to the simulator. One taken in cash is real money, whatever was prompted before.
 */
export function askedThroughSimulator(payment: {
  method: PaymentMethod | null;
  currentStkRequestId: number | null;
  stkRequests: { id: number }[];
  menuPayment: { simulated: boolean } | null;
}): boolean {
  if (payment.method !== "MPESA") return false;
  return payment.menuPayment ? payment.menuPayment.simulated : payment.stkRequests.some((stk) => stk.id === payment.currentStkRequestId);
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
    customerName: fullName(payment.customer),
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
  const payment = await db.$transaction(async (tx) => {
    const at = now();
    const created = await tx.payment.create({
      data: {
        customerId: input.customerId,
        amountKes: input.amountKes,
        balanceKes: input.balanceKes,
        date: input.date,
        recordedById: input.staffId,
        idempotencyKey: idempotencyKey ?? null,
        createdAt: at,
      },
      include: summaryInclude,
    });
    await recordAudit(tx, at, {
      action: "payment_recorded",
      staffId: input.staffId,
      customerId: input.customerId,
      paymentId: created.id,
      amountKes: input.amountKes,
      details: { date: input.date },
    });
    return created;
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
    await announceCash(context, tx, paymentId, staffId, at);
    return true;
  });
  if (!taken) return refusalFor(context, paymentId);
  context.messagesQueued();
  const payment = await getPayment(context, paymentId);
  return payment ? { ok: true, payment } : { ok: false, reason: "not_found" };
}

/** Records the cash taken, and tells the active managers, but not whoever took it: they have just read it. */
async function announceCash(context: ServiceContext, tx: Tx, paymentId: number, staffId: number, now: Date): Promise<void> {
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { customer: true } });
  await recordAudit(tx, now, {
    action: "cash_taken",
    staffId,
    customerId: payment.customerId,
    sessionId: payment.sessionId ?? payment.prepaidSessionId,
    paymentId,
    amountKes: payment.amountKes,
  });
  const taker = await tx.staff.findUniqueOrThrow({ where: { id: staffId } });
  const payload = context.notices.cashTaken({
    amountKes: payment.amountKes,
    customerName: fullName(payment.customer),
    sessionId: payment.sessionId,
    takenBy: taker.name,
  });
  const managers = (await managerChatIds({ db: tx })).filter((chatId) => chatId !== Number(taker.telegramId));
  await enqueueMessages(
    tx,
    managers.map((chatId) => ({ dedupeKey: `cash:${paymentId}:chat:${chatId}`, chatId, payload })),
    now,
  );
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
