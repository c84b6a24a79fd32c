// Asking for another M-Pesa number, confirming it, and sending the prompt: used after "Another
// number" under a payment, and by /pay.
import { InlineKeyboard } from "grammy";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData } from "../callback-data.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { promptFailureView } from "../views.js";
import { askChoice, askText, newIdempotencyKey } from "./ask.js";
import { parsePhone } from "./pick-customer.js";

export interface PromptTarget {
  paymentId: number;
  staffId: number;
  amountKes: number;
  customerName: string;
}

/** Asks for a number until a valid one is confirmed; returns it as an MSISDN. */
export async function askConfirmedPhone(conversation: BotConversation, ctx: ConversationContext, amountKes: number): Promise<string> {
  for (;;) {
    await ctx.reply(texts.settle.askNumber);
    const { value: msisdn, ctx: answered } = await askText(conversation, parsePhone, texts.settle.askNumber);
    const keyboard = new InlineKeyboard().text(texts.settle.confirmButton, callbackData.choice("yes")).text(texts.settle.changeButton, callbackData.choice("change"));
    await answered.reply(texts.settle.confirmNumber(msisdn, amountKes), { reply_markup: keyboard });
    const { value } = await askChoice(conversation, ["yes", "change"] as const, texts.settle.confirmNumber(msisdn, amountKes));
    if (value === "yes") return msisdn;
  }
}

/** Sends the prompt from inside a conversation, replay-safe; a refusal replaces the "waiting" message. */
export async function sendPrompt(conversation: BotConversation, ctx: ConversationContext, services: Services, target: PromptTarget, msisdn: string): Promise<void> {
  const sending = await ctx.reply(texts.settle.waiting(msisdn, target.amountKes, target.customerName));
  const key = await newIdempotencyKey(conversation);
  const result = await conversation.external(() =>
    services.payments.requestMpesaPayment({
      paymentId: target.paymentId,
      phone: msisdn as never,
      staffId: target.staffId,
      chatId: sending.chat.id,
      messageId: sending.message_id,
      idempotencyKey: key,
    }),
  );
  const failure = promptFailureView(result, target.paymentId);
  if (failure) await ctx.api.editMessageText(sending.chat.id, sending.message_id, failure.text, failure.keyboard ? { reply_markup: failure.keyboard } : {});
}
