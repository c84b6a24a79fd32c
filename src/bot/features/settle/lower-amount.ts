// "✂️ Lower the amount" under a payment still owed: the new amount and the reason are typed, then the
// amount is lowered at once, or the managers are asked (src/services/adjustments.ts). The message the
// button was on gives way to the answer's, which a manager's Approve / Refuse later replaces
// (src/services/adjustments.ts).
import { parseKesInput } from "../../../domain/money.js";
import type { Services } from "../../../services/index.js";
import { settleRefusal } from "../../../services/payments.js";
import { texts } from "../../../texts/index.js";
import { callbackData, int, oneOf } from "../../callback-data.js";
import type { BotConversation, ConversationContext } from "../../context.js";
import { MAX_REASON_LENGTH, parseReason } from "../../conversations/answers.js";
import { askText, type Parsed } from "../../conversations/ask.js";
import { conversation } from "../../conversations/enter.js";
import { ManagersOnly } from "../../managers-only.js";
import { replaceWith, type View } from "../../views.js";
import { refusalView, standingView } from "./views.js";

export const lowerAmount = conversation<[paymentId: number, staffId: number]>("lower-amount");

/** A manager's answer to a lower amount (the buttons are sent with the request, src/bot/notices.ts). */
export const decideAdjustment = callbackData("adjust", { decision: oneOf("approve", "refuse"), adjustmentId: int });

/** A view as a conversation stores it (plain data: it is replayed from storage). */
function stored(view: View) {
  return { text: view.text, buttons: view.keyboard?.inline_keyboard ?? null };
}

export function lowerAmountConversation(services: Services) {
  return async function askLowerAmount(conversation: BotConversation, ctx: ConversationContext, paymentId: number, staffId: number): Promise<void> {
    const payment = await conversation.external(async () => {
      const found = await services.payments.getPayment(paymentId);
      if (!found || settleRefusal(found)) return { ok: false as const, text: standingView(found).text };
      return { ok: true as const, amountKes: found.amountKes, customerName: found.customerName };
    });
    if (!payment.ok) {
      await ctx.reply(payment.text);
      return;
    }

    await ctx.reply(texts.adjust.askAmount(payment.customerName, payment.amountKes));
    const invalid = texts.adjust.invalidAmount(payment.amountKes);
    const amount = await askText(
      conversation,
      (text): Parsed<number> => {
        const value = text === null ? null : parseKesInput(text, { max: payment.amountKes - 1 });
        return value === null ? { ok: false, problem: invalid } : { ok: true, value };
      },
      invalid,
    );
    await amount.ctx.reply(texts.adjust.askReason);
    const reason = await askText(conversation, parseReason, texts.invalidReason(MAX_REASON_LENGTH));

    const working = await reason.ctx.reply(texts.adjust.working);
    const answer = await conversation.external(async () => {
      const result = await services.adjustments.lowerAmount({
        paymentId,
        toKes: amount.value,
        reason: reason.value,
        staffId,
        chatId: working.chat.id,
        messageId: working.message_id,
      });
      // Lowered at once: the question with the new amount; else the request waiting for a manager.
      if (result.ok) return stored(standingView(result.payment));
      // Lowered or settled by someone else meanwhile: how it stands now.
      return stored(result.reason === "not_lower" ? standingView(result.payment) : refusalView(result));
    });
    await reason.ctx.api.editMessageText(
      working.chat.id,
      working.message_id,
      answer.text,
      answer.buttons ? { reply_markup: { inline_keyboard: answer.buttons } } : {},
    );
    const origin = ctx.callbackQuery?.message;
    if (origin) await reason.ctx.api.editMessageReplyMarkup(origin.chat.id, origin.message_id).catch(() => undefined);
  };
}

export function decideAdjustmentHandlers(services: Services): ManagersOnly {
  const managers = new ManagersOnly();
  managers.callbackQuery(decideAdjustment, async (ctx) => {
    const { decision, adjustmentId } = decideAdjustment.unpack(ctx.callbackQuery.data);
    const result = await services.adjustments.decideAdjustment(adjustmentId, ctx.staff.id, decision === "approve");
    if (!result.ok) {
      const text = result.reason === "not_found" ? texts.adjust.notFound : texts.adjust.alreadyDecided(result.approved, result.decidedBy);
      await ctx.answerCallbackQuery({ text });
      // Another manager's answer: this copy of the request says so. A double tap leaves the message as it is.
      if (result.reason === "not_found" || result.decidedById !== ctx.staff.id) await replaceWith(ctx, { text });
      return;
    }
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, {
      text: result.approved
        ? texts.adjust.youApproved(result.customerName, result.fromKes, result.toKes)
        : texts.adjust.youRefused(result.customerName, result.fromKes),
    });
  });
  return managers;
}
