// /pay: record any other payment as the original app's form did (customer, amount, balance still
// owed, date, phone), then take it by M-Pesa prompt or cash, or leave it owed.
import { InlineKeyboard } from "grammy";
import type { Config } from "../../config/index.js";
import { parseDateInput } from "../../domain/dates.js";
import { parseKesInput } from "../../domain/money.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData } from "../../texts/callback-data.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { cashView, refusalView } from "../views.js";
import { askChoice, askText, currentTime, newIdempotencyKey, type Parsed } from "./ask.js";
import { pickCustomer } from "./pick-customer.js";
import { askConfirmedPhone, sendPrompt } from "./send-prompt.js";

const METHODS = ["mpesa", "other", "cash", "later"] as const;

export function payConversation(services: Services, config: Config) {
  return async function pay(conversation: BotConversation, ctx: ConversationContext, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const customer = await pickCustomer(conversation, ctx, services, `${key}:customer`);
    const name = `${customer.firstName} ${customer.lastName}`;

    await ctx.reply(texts.pay.askAmount(name));
    const { value: amountKes } = await askText(
      conversation,
      (text): Parsed<number> => {
        const amount = text === null ? null : parseKesInput(text);
        return amount === null ? { ok: false, problem: texts.pay.invalidAmount } : { ok: true, value: amount };
      },
      texts.pay.invalidAmount,
    );

    await ctx.reply(texts.pay.askBalance(name, amountKes));
    const { value: balanceKes } = await askText(
      conversation,
      (text): Parsed<number> => {
        const balance = text === null ? 0 : parseKesInput(text, { allowZero: true });
        return balance === null ? { ok: false, problem: texts.pay.invalidBalance } : { ok: true, value: balance };
      },
      texts.pay.invalidBalance,
    );

    await ctx.reply(texts.pay.askDate);
    const now = await currentTime(conversation);
    const { value: date } = await askText(
      conversation,
      (text): Parsed<string> => {
        const parsed = parseDateInput(text ?? "today", now, config.service.timezone);
        if (parsed.ok) return { ok: true, value: parsed.date };
        return { ok: false, problem: parsed.problem === "future" ? texts.pay.futureDate : texts.pay.invalidDate };
      },
      texts.pay.invalidDate,
    );

    const keyboard = new InlineKeyboard();
    if (customer.phone) keyboard.text(texts.settle.sendButton, callbackData.choice("mpesa"));
    keyboard.text(texts.settle.otherNumberButton, callbackData.choice("other")).row();
    keyboard.text(texts.settle.cashButton, callbackData.choice("cash")).text(texts.settle.laterButton, callbackData.choice("later"));
    const summary = texts.pay.summary({ name, amountKes, balanceKes, date: texts.format.date(date), phone: customer.phone });
    const methods = customer.phone ? METHODS : METHODS.filter((m) => m !== "mpesa");
    let { value: method, ctx: chosen } = await askChoice(conversation, ctx, summary, keyboard, methods);

    let phone = customer.phone;
    if (method === "other") ({ msisdn: phone, ctx: chosen } = await askConfirmedPhone(conversation, chosen, amountKes));
    const payment = await conversation.external(async () => {
      const recorded = await services.payments.recordPayment({ customerId: customer.id, amountKes, balanceKes, date, staffId }, `${key}:payment`);
      return { id: recorded.id };
    });

    switch (method) {
      case "mpesa":
      case "other":
        await sendPrompt(conversation, chosen, services, { paymentId: payment.id, staffId, amountKes, customerName: name }, phone!, `${key}:prompt`);
        return;
      case "cash": {
        const text = await conversation.external(async () => {
          const result = await services.payments.takeCash(payment.id, staffId);
          return (result.ok ? cashView(result.payment) : refusalView(result)).text;
        });
        await chosen.reply(text);
        return;
      }
      case "later":
        await chosen.reply(texts.settle.later(amountKes, name));
        return;
    }
  };
}
