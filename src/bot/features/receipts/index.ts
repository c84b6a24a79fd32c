// Receipts operators type or forward outside any question: a message holding an M-Pesa receipt code is
// looked up; a receipt that paid a bill names it, one being checked says so, and otherwise the bills
// still owed are offered (those of the SMS's amount first) to check it for. Also installs the "🧾 Check
// a receipt" question asked under a bill (./conversation.ts).
import { Composer, InlineKeyboard } from "grammy";
import { findReceipt, receiptMessage } from "../../../domain/receipt-text.js";
import { texts } from "../../../texts/index.js";
import { callbackData, int, word } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import type { Feature, FeatureDeps } from "../../feature.js";
import { replaceWith } from "../../views.js";
import { showCheck } from "./check.js";
import { checkReceipt, checkReceiptConversation } from "./conversation.js";

/** Bills offered to check a receipt for, at most. */
const BILLS_OFFERED = 10;

/** Check this receipt for this bill. */
const checkFor = callbackData("rcpt", { receipt: word, paymentId: int });

export function receiptsFeature({ services }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();

  composer.on("message:text", async (ctx, next) => {
    const text = ctx.message.text;
    const found = text.startsWith("/") ? null : receiptMessage(text);
    if (!found) return next();
    const { receipt } = found;
    const known = await services.receiptChecks.lookUpReceipt(receipt);
    if (known.kind === "used") return ctx.reply(texts.receipts.outcome({ kind: "used", receipt, bill: known.bill }));
    if (known.kind === "checking") return ctx.reply(texts.receipts.outcome({ kind: "already_asking", receipt, bill: known.bill }));
    const amountKes = known.kind === "unplaced" ? known.amountKes : found.amountKes;
    // The bill the SMS's account number names, then the newest bills of its amount, then the newest owed.
    const named = found.account === null ? null : await services.menuPayments.owedBillNamed(found.account);
    const ofAmount = amountKes === null ? [] : await services.menuPayments.owedBills(amountKes);
    const candidates = [...(named ? [named] : []), ...ofAmount, ...(await services.menuPayments.owedBills(null))];
    const bills = candidates.filter((bill, index) => candidates.findIndex((other) => other.paymentId === bill.paymentId) === index).slice(0, BILLS_OFFERED);
    if (bills.length === 0) return ctx.reply(texts.receipts.noBillOwed(receipt));
    const keyboard = new InlineKeyboard();
    for (const bill of bills) keyboard.text(texts.receipts.billButton(bill), checkFor.pack({ receipt, paymentId: bill.paymentId })).row();
    return ctx.reply(texts.receipts.whichBill(receipt, amountKes), { reply_markup: keyboard });
  });

  composer.callbackQuery(checkFor.filter(), async (ctx) => {
    const { receipt, paymentId } = checkFor.unpack(ctx.callbackQuery.data);
    // Only what this bot put there: a receipt code as findReceipt writes it.
    if (findReceipt(receipt)?.receipt !== receipt) return ctx.answerCallbackQuery({ text: texts.staleButton });
    await ctx.answerCallbackQuery();
    const chatId = ctx.chatId ?? ctx.from.id;
    const tapped = ctx.callbackQuery.message;
    // The question gives way to the check (its other buttons go: one bill per receipt).
    let messageId: number;
    if (tapped) {
      await replaceWith(ctx, { text: texts.receipts.checking(receipt) });
      messageId = tapped.message_id;
    } else {
      messageId = (await ctx.reply(texts.receipts.checking(receipt))).message_id;
    }
    await showCheck(ctx.api, services, { receipt, paymentId, staffId: ctx.staff.id, chatId, messageId });
  });

  return { conversations: [checkReceipt.install(checkReceiptConversation(services))], handlers: composer };
}
