// "🧾 Check a receipt" under a bill still owed: the receipt code (typed, or the customer's M-Pesa SMS
// forwarded) is asked for, again when the answer holds none, then checked for that bill.
import { findReceipt } from "../../../domain/receipt-text.js";
import type { Services } from "../../../services/index.js";
import { texts } from "../../../texts/index.js";
import type { BotConversation, ConversationContext } from "../../context.js";
import { askText, type Parsed } from "../../conversations/ask.js";
import { conversation } from "../../conversations/enter.js";
import { showCheck } from "./check.js";

export const checkReceipt = conversation<[paymentId: number, staffId: number]>("check-receipt");

export function checkReceiptConversation(services: Services) {
  return async function askReceipt(conversation: BotConversation, ctx: ConversationContext, paymentId: number, staffId: number): Promise<void> {
    await ctx.reply(texts.receipts.ask);
    const answer = await askText(
      conversation,
      (text): Parsed<string> => {
        const found = text === null ? null : findReceipt(text);
        return found ? { ok: true, value: found.receipt } : { ok: false, problem: texts.receipts.noReceipt };
      },
      texts.receipts.noReceipt,
    );
    const shown = await answer.ctx.reply(texts.receipts.checking(answer.value));
    const settled = await conversation.external((outside) =>
      showCheck(outside.api, services, { receipt: answer.value, paymentId, staffId, chatId: shown.chat.id, messageId: shown.message_id }),
    );
    // Settled: the buttons of the bill's question would ask for money again.
    const origin = ctx.callbackQuery?.message;
    if (settled && origin) await answer.ctx.api.editMessageReplyMarkup(origin.chat.id, origin.message_id).catch(() => undefined);
  };
}
