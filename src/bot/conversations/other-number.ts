// "Another number" under a payment: type it (explained and asked again when invalid), confirm it
// shown normalised, then the prompt goes out.
import type { Services } from "../../services/index.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { refusalView } from "../views.js";
import { newIdempotencyKey } from "./ask.js";
import { askConfirmedPhone, sendPrompt } from "./send-prompt.js";

export function otherNumberConversation(services: Services) {
  return async function otherNumber(conversation: BotConversation, ctx: ConversationContext, paymentId: number, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const payment = await conversation.external(async () => {
      const found = await services.payments.getPayment(paymentId);
      if (!found) return { ok: false as const, text: refusalView({ ok: false, reason: "not_found" }).text };
      if (found.state === "PAID" || found.state === "PENDING") {
        return { ok: false as const, text: refusalView({ ok: false, reason: found.state === "PAID" ? "already_paid" : "prompt_pending", payment: found }).text };
      }
      return { ok: true as const, amountKes: found.amountKes, customerName: found.customerName };
    });
    if (!payment.ok) {
      await ctx.reply(payment.text);
      return;
    }
    const { msisdn, ctx: confirmed } = await askConfirmedPhone(conversation, ctx, payment.amountKes);
    await sendPrompt(conversation, confirmed, services, { paymentId, staffId, amountKes: payment.amountKes, customerName: payment.customerName }, msisdn, `${key}:prompt`);
  };
}
