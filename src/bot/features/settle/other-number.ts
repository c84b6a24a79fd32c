// "Another number" under a payment: type it (explained and asked again when invalid), confirm it
// shown normalised, then the prompt goes out.
import type { Services } from "../../../services/index.js";
import { settleRefusal } from "../../../services/payments.js";
import type { BotConversation, ConversationContext } from "../../context.js";
import { newIdempotencyKey } from "../../conversations/ask.js";
import { conversation } from "../../conversations/enter.js";
import { followPrompt } from "./follow-prompt.js";
import { askConfirmedPhone, sendPrompt } from "./send-prompt.js";
import { refusalView } from "./views.js";

export const otherNumber = conversation<[paymentId: number, staffId: number]>("other-number");

export function otherNumberConversation(services: Services) {
  return async function askOtherNumber(conversation: BotConversation, ctx: ConversationContext, paymentId: number, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const payment = await conversation.external(async () => {
      const found = await services.payments.getPayment(paymentId);
      if (!found) return { ok: false as const, text: refusalView({ ok: false, reason: "not_found" }).text, promptOut: false };
      const refusal = settleRefusal(found);
      if (refusal) return { ok: false as const, text: refusalView(refusal).text, promptOut: refusal.reason === "prompt_pending" };
      return { ok: true as const, amountKes: found.amountKes, customerName: found.customerName };
    });
    if (!payment.ok) {
      const sent = await ctx.reply(payment.text);
      if (payment.promptOut) await conversation.external((outside) => followPrompt(outside.api, services, paymentId, sent.chat.id, sent.message_id));
      return;
    }
    const { msisdn, ctx: confirmed } = await askConfirmedPhone(conversation, ctx, payment.amountKes);
    await sendPrompt(
      conversation,
      confirmed,
      services,
      { paymentId, staffId, amountKes: payment.amountKes, customerName: payment.customerName },
      msisdn,
      `${key}:prompt`,
    );
    // The message "Another number" was tapped on has given way to the new prompt's: its buttons go.
    const origin = ctx.callbackQuery?.message;
    if (origin) await confirmed.api.editMessageReplyMarkup(origin.chat.id, origin.message_id).catch(() => undefined);
  };
}
