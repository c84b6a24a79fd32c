// Asking for another M-Pesa number, confirming it, and sending the prompt: used after "Another
// number" under a payment, and by /pay.
import { InlineKeyboard } from "grammy";
import type { Msisdn } from "../../../domain/phone.js";
import type { Services } from "../../../services/index.js";
import { texts } from "../../../texts/index.js";
import type { BotConversation, ConversationContext } from "../../context.js";
import { parsePhone } from "../../conversations/answers.js";
import { askChoice, askText, choice } from "../../conversations/ask.js";
import { simulatedIf } from "../../views.js";
import { followPrompt } from "./follow-prompt.js";
import { promptFailureView, refusalView, retryKeyboard } from "./views.js";

export interface PromptTarget {
  paymentId: number;
  staffId: number;
  amountKes: number;
  customerName: string;
}

/** Asks for a number until a valid one is confirmed; returns it as an MSISDN. */
export async function askConfirmedPhone(
  conversation: BotConversation,
  ctx: ConversationContext,
  amountKes: number,
): Promise<{ msisdn: Msisdn; ctx: ConversationContext }> {
  for (;;) {
    await ctx.reply(texts.settle.askNumber);
    const { value: msisdn, ctx: answered } = await askText(conversation, parsePhone, texts.settle.askNumber);
    const keyboard = new InlineKeyboard()
      .text(texts.settle.confirmButton, choice.pack({ value: "yes" }))
      .text(texts.settle.changeButton, choice.pack({ value: "change" }));
    const { value, ctx: chosen } = await askChoice(conversation, answered, texts.settle.confirmNumber(msisdn, amountKes), keyboard, ["yes", "change"] as const);
    if (value === "yes") return { msisdn, ctx: chosen };
    ctx = chosen;
  }
}

/**
 * Sends the prompt from inside a conversation; `idempotencyKey` (made at the conversation's start)
 * makes a replay return the first outcome instead of prompting again. A refusal replaces the
 * "waiting" message; when another tap sent a prompt first, the message follows that one.
 */
export async function sendPrompt(
  conversation: BotConversation,
  ctx: ConversationContext,
  services: Services,
  target: PromptTarget,
  msisdn: Msisdn,
  idempotencyKey: string,
): Promise<void> {
  const simulated = services.payments.promptsSimulated();
  const waiting = await ctx.reply(simulatedIf(simulated, { text: texts.settle.waiting(msisdn, target.amountKes, target.customerName) }).text);
  const failure = await conversation.external(async () => {
    const result = await services.payments.requestMpesaPayment({
      paymentId: target.paymentId,
      phone: msisdn,
      staffId: target.staffId,
      chatId: waiting.chat.id,
      messageId: waiting.message_id,
      idempotencyKey,
    });
    if (!result.ok && result.reason === "prompt_pending") return { text: refusalView(result).text, offerRetry: false, promptOut: true };
    const view = promptFailureView(result, target.paymentId);
    return view && { text: simulatedIf(simulated, view).text, offerRetry: view.keyboard !== undefined, promptOut: false };
  });
  if (failure) {
    const options = failure.offerRetry ? { reply_markup: retryKeyboard(target.paymentId) } : {};
    await ctx.api.editMessageText(waiting.chat.id, waiting.message_id, failure.text, options);
    if (failure.promptOut) await conversation.external((outside) => followPrompt(outside.api, services, target.paymentId, waiting.chat.id, waiting.message_id));
  }
}
