// "✂️ Lower the amount" under a payment still owed: the new amount and the reason are typed, then the
// amount is lowered at once, or the managers are asked (src/services/adjustments.ts). The message the
// button was on gives way to the answer's, which a manager's decision later replaces.
import { parseKesInput } from "../../domain/money.js";
import type { Services } from "../../services/index.js";
import { settleRefusal } from "../../services/payments.js";
import { texts } from "../../texts/index.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { questionView, refusalView, standingView, type View } from "../views.js";
import { askText, type Parsed } from "./ask.js";
import { MAX_REASON_LENGTH, parseReason } from "./answers.js";

/** A view as a conversation stores it (plain data: it is replayed from storage). */
function stored(view: View) {
  return { text: view.text, buttons: view.keyboard?.inline_keyboard ?? null };
}

export function lowerAmountConversation(services: Services) {
  return async function lowerAmount(conversation: BotConversation, ctx: ConversationContext, paymentId: number, staffId: number): Promise<void> {
    const payment = await conversation.external(async () => {
      const found = await services.payments.getPayment(paymentId);
      const refusal = found ? settleRefusal(found) : { ok: false as const, reason: "not_found" as const };
      if (!found || refusal) return { ok: false as const, text: refusalView(refusal!).text };
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
      if (result.ok) return stored(result.applied ? questionView(result.payment) : refusalView({ ok: false, reason: "approval_pending", payment: result.payment }));
      // Lowered or settled by someone else meanwhile: how it stands now.
      return stored(result.reason === "not_lower" ? standingView(result.payment) : refusalView(result));
    });
    await reason.ctx.api.editMessageText(working.chat.id, working.message_id, answer.text, answer.buttons ? { reply_markup: { inline_keyboard: answer.buttons } } : {});
    const origin = ctx.callbackQuery?.message;
    if (origin) await reason.ctx.api.editMessageReplyMarkup(origin.chat.id, origin.message_id).catch(() => undefined);
  };
}
