// What the operator sees for a payment's outcome: the text and the buttons, built in one place for
// the handlers, the conversations and the notifications.
import { GrammyError, InlineKeyboard, type Context } from "grammy";
import { businessDate, businessTime } from "../domain/dates.js";
import { settleRefusal, type PaymentSummary, type SettleRefusal } from "../services/payments.js";
import type { PromptResult } from "../services/prompts.js";
import type { VoidRefusal } from "../services/sessions.js";
import type { StaffRole } from "../services/staff.js";
import { texts } from "../texts/index.js";
import { retryButtons, settleButtons, type ButtonRows } from "../texts/buttons.js";

export interface View {
  text: string;
  keyboard?: InlineKeyboard;
}

/** The link that opens the bot with `/start <code>`: how an invite reaches the person it is for. */
export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}

/** What the maker of an invite reads (in the bot, or from `npm run invite`): the link, for whom, until when. */
export function inviteText(role: StaffRole, botUsername: string, invite: { code: string; expiresAt: Date }, timeZone: string): string {
  const until = texts.manager.at(texts.format.date(businessDate(invite.expiresAt, timeZone)), businessTime(invite.expiresAt, timeZone));
  return texts.manager.invite.link(role, inviteLink(botUsername, invite.code), until);
}

/** An inline keyboard with at least one button, or nothing (Telegram wants no empty keyboards). */
export function markup(keyboard: InlineKeyboard | undefined): { reply_markup?: InlineKeyboard } {
  return keyboard && keyboard.inline_keyboard.some((row) => row.length > 0) ? { reply_markup: keyboard } : {};
}

/** Replaces the message the pressed button is on; an identical view (a double tap) is not an error. */
export async function replaceWith(ctx: Context, view: View): Promise<void> {
  try {
    await ctx.editMessageText(view.text, { ...markup(view.keyboard), link_preview_options: { is_disabled: true } });
  } catch (error) {
    if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
    throw error;
  }
}

/** A view about a prompt sent to the built-in simulator says so; others are left as they are. */
export function simulatedIf(simulated: boolean, view: View): View {
  return simulated ? { ...view, text: texts.simulated(view.text) } : view;
}

/** Send prompt / Another number / Cash / Later / Lower the amount under a payment still owed. */
const keyboardOf = (rows: ButtonRows) => InlineKeyboard.from(rows.map((row) => row.map(({ text, data }) => InlineKeyboard.text(text, data))));

export const settleKeyboard = (paymentId: number, hasPhone: boolean): InlineKeyboard => keyboardOf(settleButtons(paymentId, hasPhone));

/** Retry / Another number / Cash after a prompt that failed or whose outcome is unknown. */
export const retryKeyboard = (paymentId: number): InlineKeyboard => keyboardOf(retryButtons(paymentId));

export function refusalView(refusal: SettleRefusal): View {
  switch (refusal.reason) {
    case "not_found":
      return { text: texts.settle.notFound };
    case "already_paid":
      return { text: texts.settle.alreadyPaid(refusal.payment) };
    case "prompt_pending": {
      const { payment } = refusal;
      return simulatedIf(payment.simulated, { text: texts.settle.promptOut({ phone: payment.phone, amountKes: payment.amountKes, customerName: payment.customerName }) });
    }
    case "approval_pending": {
      const { payment } = refusal;
      return { text: texts.adjust.waiting({ customerName: payment.customerName, fromKes: payment.amountKes, toKes: payment.awaitingApproval!.toKes, reason: payment.awaitingApproval!.reason }) };
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

/** Why a session could not be voided (or ended: `already_ended` says which it was). */
export function voidRefusalText(refusal: VoidRefusal, clock: (instant: Date) => string): string {
  switch (refusal.reason) {
    case "not_found":
      return texts.session.notFound;
    case "already_ended":
      return texts.session.alreadyEnded(refusal.endedBy, refusal.endedAt ? clock(refusal.endedAt) : null, refusal.voided);
    case "managers_only":
      return texts.session.voidManagersOnly;
  }
}
