// Lowering what a payment still owed asks (a discount, a fault on the computer). Up to
// MAX_OPERATOR_DISCOUNT_KES off (or by a manager) it applies at once; above, the managers are asked and
// the payment cannot be settled until one answers. The original amount and the reason stay on the payment.
import { fullName } from "../domain/names.js";
import type { Tx } from "../db/client.js";
import { recordAudit } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { enqueueMessages } from "./outbox.js";
import { getPayment, SETTLEABLE, settleableNow, settleRefusal, type PaymentSummary, type SettleRefusal } from "./payments.js";
import { managerChatIds } from "./recipients.js";

export interface AdjustmentRequest {
  paymentId: number;
  toKes: number;
  reason: string;
  staffId: number;
  /** The operator's message about it, which a manager's answer replaces. */
  chatId: number;
  messageId: number;
}

export type LowerAmountResult =
  | { ok: true; applied: true; payment: PaymentSummary }
  | { ok: true; applied: false; payment: PaymentSummary }
  | SettleRefusal
  | { ok: false; reason: "not_lower"; payment: PaymentSummary };

async function applyAmount(tx: Tx, paymentId: number, fromKes: number, toKes: number, reason: string): Promise<boolean> {
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { originalAmountKes: true } });
  const changed = await tx.payment.updateMany({
    where: { id: paymentId, amountKes: fromKes, state: { in: SETTLEABLE } },
    data: { amountKes: toKes, originalAmountKes: payment.originalAmountKes ?? fromKes, adjustReason: reason },
  });
  return changed.count > 0;
}

export async function lowerAmount(context: ServiceContext, request: AdjustmentRequest): Promise<LowerAmountResult> {
  const { db, now, config } = context;
  const before = await getPayment(context, request.paymentId);
  if (!before) return { ok: false, reason: "not_found" };
  const refusal = settleRefusal(before);
  if (refusal) return refusal;
  if (request.toKes < 1 || request.toKes >= before.amountKes) return { ok: false, reason: "not_lower", payment: before };
  const staff = await db.staff.findUniqueOrThrow({ where: { id: request.staffId } });
  const atOnce = staff.role === "MANAGER" || before.amountKes - request.toKes <= config.billing.maxOperatorDiscountKes;
  const at = now();

  const done = await db.$transaction(async (tx) => {
    // Claimed only while still owed as read, with no other lower amount waiting.
    const claimed = await tx.payment.updateMany({ where: { id: request.paymentId, amountKes: before.amountKes, ...settleableNow }, data: { updatedAt: at } });
    if (claimed.count === 0) return false;
    const adjustment = await tx.amountAdjustment.create({
      data: {
        paymentId: request.paymentId,
        fromKes: before.amountKes,
        toKes: request.toKes,
        reason: request.reason,
        state: atOnce ? "APPROVED" : "PENDING",
        requestedById: request.staffId,
        ...(atOnce ? { decidedById: request.staffId, decidedAt: at } : {}),
        chatId: BigInt(request.chatId),
        messageId: request.messageId,
        createdAt: at,
      },
    });
    if (atOnce) {
      const lowered = await applyAmount(tx, request.paymentId, before.amountKes, request.toKes, request.reason);
      if (lowered) {
        await recordAudit(tx, at, {
          action: "amount_lowered",
          staffId: request.staffId,
          customerId: before.customerId,
          sessionId: before.sessionId,
          paymentId: request.paymentId,
          amountKes: request.toKes,
          details: { fromKes: before.amountKes, reason: request.reason },
        });
      }
      return lowered;
    }
    // Until a manager answers, no money is taken or asked for (settleableNow).
    await tx.payment.update({ where: { id: request.paymentId }, data: { pendingAdjustmentId: adjustment.id } });
    const payload = context.notices.adjustmentAsked({
      adjustmentId: adjustment.id,
      customerName: before.customerName,
      fromKes: before.amountKes,
      toKes: request.toKes,
      reason: request.reason,
      askedBy: staff.name,
    });
    const managers = await managerChatIds({ db: tx });
    await enqueueMessages(
      tx,
      managers.map((chatId) => ({ dedupeKey: `adjust:${adjustment.id}:chat:${chatId}`, chatId, payload })),
      at,
    );
    return true;
  });
  if (done) context.messagesQueued();
  const payment = await getPayment(context, request.paymentId);
  if (!payment) return { ok: false, reason: "not_found" };
  if (!done) return settleRefusal(payment) ?? { ok: false, reason: "not_lower", payment };
  return { ok: true, applied: atOnce, payment };
}

export type DecisionResult =
  | { ok: true; approved: boolean; customerName: string; fromKes: number; toKes: number }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "already_decided"; approved: boolean; decidedBy: string | null; decidedById: number | null };

/**
 * A manager's answer to a lower amount, once: a second tap (or another manager's) is told who answered.
 * The operator's message is replaced, through the outbox, by the answer and the question of how to take
 * the payment. Approved on a payment paid meanwhile (an earlier prompt paid late), nothing is lowered.
 */
export async function decideAdjustment(context: ServiceContext, adjustmentId: number, managerId: number, approve: boolean): Promise<DecisionResult> {
  const { db, now } = context;
  const at = now();
  const decided = await db.$transaction(async (tx) => {
    const won = await tx.amountAdjustment.updateMany({
      where: { id: adjustmentId, state: "PENDING" },
      data: { state: approve ? "APPROVED" : "REFUSED", decidedById: managerId, decidedAt: at },
    });
    if (won.count === 0) return null;
    const adjustment = await tx.amountAdjustment.findUniqueOrThrow({ where: { id: adjustmentId } });
    await tx.payment.updateMany({ where: { id: adjustment.paymentId, pendingAdjustmentId: adjustmentId }, data: { pendingAdjustmentId: null } });
    const applied = approve && (await applyAmount(tx, adjustment.paymentId, adjustment.fromKes, adjustment.toKes, adjustment.reason));
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: adjustment.paymentId }, include: { customer: true } });
    if (applied) {
      await recordAudit(tx, at, {
        action: "amount_lowered",
        staffId: managerId,
        subjectStaffId: adjustment.requestedById,
        customerId: payment.customerId,
        sessionId: payment.sessionId,
        paymentId: payment.id,
        amountKes: adjustment.toKes,
        details: { fromKes: adjustment.fromKes, reason: adjustment.reason },
      });
    }
    if (adjustment.chatId !== null) {
      const payload = context.notices.adjustmentAnswered({
        paymentId: payment.id,
        customerName: fullName(payment.customer),
        customerPhone: payment.phone ?? payment.customer.phone,
        fromKes: adjustment.fromKes,
        toKes: adjustment.toKes,
        reason: adjustment.reason,
        approved: approve,
        applied,
        amountKes: payment.amountKes,
        decidedBy: (await tx.staff.findUniqueOrThrow({ where: { id: managerId } })).name,
        ...(adjustment.messageId !== null ? { editMessageId: adjustment.messageId } : {}),
      });
      await enqueueMessages(tx, [{ dedupeKey: `adjust:${adjustmentId}:answer`, chatId: Number(adjustment.chatId), payload }], at);
    }
    return { ok: true as const, approved: approve, customerName: fullName(payment.customer), fromKes: adjustment.fromKes, toKes: adjustment.toKes };
  });
  if (decided) {
    context.messagesQueued();
    return decided;
  }
  const adjustment = await db.amountAdjustment.findUnique({ where: { id: adjustmentId }, include: { decidedBy: true } });
  if (!adjustment) return { ok: false, reason: "not_found" };
  return {
    ok: false,
    reason: "already_decided",
    approved: adjustment.state === "APPROVED",
    decidedBy: adjustment.decidedBy?.name ?? null,
    decidedById: adjustment.decidedById,
  };
}
