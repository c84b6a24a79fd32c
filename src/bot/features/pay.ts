// /pay: record any other payment as the original app's form did (customer, amount, balance still
// owed, date, phone), then take it by M-Pesa prompt or cash, or leave it owed.
import { Composer, InlineKeyboard } from "grammy";
import type { Config } from "../../config/index.js";
import { parseDateInput } from "../../domain/dates.js";
import { parseKesInput } from "../../domain/money.js";
import { fullName } from "../../domain/names.js";
import { isMsisdn } from "../../domain/phone.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import { askChoice, askText, choice, currentTime, newIdempotencyKey, type Parsed } from "../conversations/ask.js";
import { conversation } from "../conversations/enter.js";
import { pickCustomer } from "../conversations/pick-customer.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { askConfirmedPhone, sendPrompt } from "./settle/send-prompt.js";
import { cashView, refusalView } from "./settle/views.js";

const METHODS = ["mpesa", "other", "cash", "later"] as const;

const pay = conversation<[staffId: number]>("pay");

export function payFeature({ services, config }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();
  composer.command("pay", (ctx) => pay.enter(ctx, ctx.staff.id));
  return { conversations: [pay.install(payConversation(services, config))], handlers: composer };
}

function payConversation(services: Services, config: Config) {
  return async function askPayment(conversation: BotConversation, ctx: ConversationContext, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const customer = await pickCustomer(conversation, ctx, services, `${key}:customer`);
    const name = fullName(customer);
    const customerPhone = customer.phone !== null && isMsisdn(customer.phone) ? customer.phone : null;

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
    if (customerPhone) keyboard.text(texts.settle.sendButton, choice.pack({ value: "mpesa" }));
    keyboard.text(texts.settle.otherNumberButton, choice.pack({ value: "other" })).row();
    keyboard.text(texts.settle.cashButton, choice.pack({ value: "cash" })).text(texts.settle.laterButton, choice.pack({ value: "later" }));
    const summary = texts.pay.summary({ name, amountKes, balanceKes, date: texts.format.date(date), phone: customer.phone });
    const methods = customerPhone ? METHODS : METHODS.filter((m) => m !== "mpesa");
    const { value: method, ctx: chosen } = await askChoice(conversation, ctx, summary, keyboard, methods);

    const prompt =
      method === "other"
        ? await askConfirmedPhone(conversation, chosen, amountKes)
        : method === "mpesa" && customerPhone
          ? { msisdn: customerPhone, ctx: chosen }
          : null;
    const payment = await conversation.external(async () => {
      const recorded = await services.payments.recordPayment({ customerId: customer.id, amountKes, balanceKes, date, staffId }, `${key}:payment`);
      return { id: recorded.id };
    });

    if (prompt) {
      await sendPrompt(conversation, prompt.ctx, services, { paymentId: payment.id, staffId, amountKes, customerName: name }, prompt.msisdn, `${key}:prompt`);
    } else if (method === "cash") {
      const text = await conversation.external(async () => {
        const result = await services.payments.takeCash(payment.id, staffId);
        return (result.ok ? cashView(result.payment) : refusalView(result)).text;
      });
      await chosen.reply(text);
    } else {
      await chosen.reply(texts.settle.later(amountKes, name));
    }
  };
}
