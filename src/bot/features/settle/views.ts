// A payment still owed and how it stands: the buttons under it and what the operator reads, built in
// one place for the handlers, the conversations and the notifications.
import { InlineKeyboard } from "grammy";
import { billReference } from "../../../domain/bill-reference.js";
import { settleRefusal, type PaymentSummary, type SettleRefusal } from "../../../services/payments.js";
import type { PromptResult } from "../../../services/prompts.js";
import { texts } from "../../../texts/index.js";
import { callbackData, int, oneOf } from "../../callback-data.js";
import { simulatedIf, type View } from "../../views.js";

/** Under a payment still owed: the answer replaces that message. */
export const settle = callbackData("settle", { action: oneOf("send", "other", "cash", "later", "lower", "receipt", "menu"), paymentId: int });
/** From /unpaid: asks how to take a payment, in a new message. */
export const openPayment = callbackData("owed", { paymentId: int });

/** Send prompt / Another number / Cash / Later / Lower the amount / Check a receipt under a payment still owed. */
export function settleKeyboard(paymentId: number, hasPhone: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (hasPhone) keyboard.text(texts.settle.sendButton, settle.pack({ action: "send", paymentId }));
  keyboard.text(texts.settle.otherNumberButton, settle.pack({ action: "other", paymentId })).row();
  keyboard
    .text(texts.settle.cashButton, settle.pack({ action: "cash", paymentId }))
    .text(texts.settle.laterButton, settle.pack({ action: "later", paymentId }))
    .row();
  keyboard
    .text(texts.settle.lowerButton, settle.pack({ action: "lower", paymentId }))
    .text(texts.receipts.button, settle.pack({ action: "receipt", paymentId }));
  return keyboard;
}

/**
 * Retry / Another number / Cash / Later / Check a receipt after a prompt that failed or whose outcome is
 * unknown, and Pay from the M-Pesa menu unless the message shows how already.
 */
export function retryKeyboard(paymentId: number, offerMenu = true): InlineKeyboard {
  const keyboard = new InlineKeyboard()
    .text(texts.settle.retryButton, settle.pack({ action: "send", paymentId }))
    .text(texts.settle.otherNumberButton, settle.pack({ action: "other", paymentId }))
    .row()
    .text(texts.settle.cashButton, settle.pack({ action: "cash", paymentId }))
    .text(texts.settle.laterButton, settle.pack({ action: "later", paymentId }))
    .row()
    .text(texts.receipts.button, settle.pack({ action: "receipt", paymentId }));
  return offerMenu ? keyboard.text(texts.menu.payFromMenuButton, settle.pack({ action: "menu", paymentId })) : keyboard;
}

/** How the customer pays the bill from the M-Pesa menu instead (the paybill and the bill's reference, or the till). */
export function payFromMenuView(payment: PaymentSummary, c2b: { kind: "paybill" | "till"; shortCode: string }): View {
  const text = texts.menu.payFromMenu({
    kind: c2b.kind,
    shortCode: c2b.shortCode,
    reference: billReference(payment),
    amountKes: payment.amountKes,
    customerName: payment.customerName,
  });
  return { text, keyboard: retryKeyboard(payment.id, false) };
}

export function refusalView(refusal: SettleRefusal): View {
  switch (refusal.reason) {
    case "not_found":
      return { text: texts.settle.notFound };
    case "already_paid":
      return { text: texts.settle.alreadyPaid(refusal.payment) };
    case "prompt_pending": {
      const { payment } = refusal;
      return simulatedIf(payment.simulated, {
        text: texts.settle.promptOut({ phone: payment.phone, amountKes: payment.amountKes, customerName: payment.customerName }),
      });
    }
    case "approval_pending": {
      const { payment, approval } = refusal;
      return { text: texts.adjust.waiting({ customerName: payment.customerName, fromKes: payment.amountKes, toKes: approval.toKes, reason: approval.reason }) };
    }
  }
}

/** A payment as it stands: paid, its prompt out, its lower amount waiting, or the question of how to take it. */
export function standingView(payment: PaymentSummary | null): View {
  if (!payment) return refusalView({ ok: false, reason: "not_found" });
  const refusal = settleRefusal(payment);
  if (refusal) return refusalView(refusal);
  return questionView(payment);
}

/** How to take a payment still owed; a lowered amount says from what and why. */
export function questionView(payment: PaymentSummary): View {
  const phone = payment.phone ?? payment.customerPhone;
  const question = texts.settle.question({ amountKes: payment.amountKes, customerName: payment.customerName, phone });
  const text = payment.lowered ? `${texts.adjust.lowered(payment.lowered.fromKes, payment.lowered.reason)}\n${question}` : question;
  return { text, keyboard: settleKeyboard(payment.id, phone !== null) };
}

/**
 * What replaces the "waiting for PIN" message when the prompt could not go out; null when it went
 * out (the result then arrives as a notification editing the same message, so nothing is edited
 * here that could overwrite it).
 */
export function promptFailureView(result: PromptResult, paymentId: number): View | null {
  if (result.ok) return null;
  switch (result.reason) {
    case "mpesa_refused":
      return { text: texts.settle.refused(texts.mpesa.error[result.error]), keyboard: retryKeyboard(paymentId) };
    case "outcome_unknown":
      return { text: texts.settle.outcomeUnknown(texts.mpesa.error.push_outcome_unknown), keyboard: retryKeyboard(paymentId) };
    default:
      return refusalView(result);
  }
}

export function cashView(payment: PaymentSummary): View {
  return { text: texts.settle.cash(payment.amountKes, payment.customerName, payment.settledBy ?? payment.recordedBy) };
}
