// /payments (a payment's details on tap) and /unpaid (tap one to take it).
import { Composer, InlineKeyboard } from "grammy";
import { stillOwed, type PaymentSummary } from "../../services/payments.js";
import { texts } from "../../texts/index.js";
import { callbackData, int, oneOf } from "../callback-data.js";
import type { BotContext } from "../context.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { markup, replaceWith } from "../views.js";
import { refundPrepaid } from "./prepaid.js";
import { openPayment, settleKeyboard } from "./settle/views.js";

/** From /payments: the payment's details, in a new message. */
const paymentDetails = callbackData("payment", { paymentId: int });
const page = callbackData("page", { list: oneOf("payments", "unpaid"), page: int });

type List = "payments" | "unpaid";

function pager(list: List, at: number, hasMore: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (at > 0) keyboard.text(texts.payments.previousPage, page.pack({ list, page: at - 1 }));
  if (hasMore) keyboard.text(texts.payments.nextPage, page.pack({ list, page: at + 1 }));
  return keyboard;
}

export function paymentsFeature({ services, config }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();
  const timeZone = config.service.timezone;

  /** How each list reads: where its items come from, their lines and buttons (texts read when shown, in the reader's language). */
  const lists = {
    payments: {
      load: (at: number) => services.payments.recentPayments(at),
      button: (item: PaymentSummary) => [texts.payments.detailsButton(item), paymentDetails.pack({ paymentId: item.id })] as const,
      empty: () => texts.payments.empty,
      header: texts.payments.header,
      line: (item: PaymentSummary) => texts.payments.item(item),
      hint: () => texts.payments.detailsHint,
    },
    unpaid: {
      load: (at: number) => services.payments.unpaidPayments(at),
      button: (item: PaymentSummary) => [texts.payments.owedButton(item), openPayment.pack({ paymentId: item.id })] as const,
      empty: () => texts.payments.unpaidEmpty,
      header: texts.payments.unpaidHeader,
      line: (item: PaymentSummary) => texts.payments.unpaidItem(item),
      hint: () => texts.payments.unpaidHint,
    },
  } satisfies Record<List, unknown>;

  async function showList(ctx: BotContext, list: List, at: number, edit: boolean) {
    const shape = lists[list];
    const { items, hasMore } = await shape.load(at);
    const keyboard = new InlineKeyboard();
    for (const item of items) keyboard.text(...shape.button(item)).row();
    keyboard.append(pager(list, at, hasMore));
    const text = items.length === 0 ? shape.empty() : [shape.header(at), ...items.map(shape.line), "", shape.hint()].join("\n");
    return edit ? replaceWith(ctx, { text, keyboard }) : ctx.reply(text, markup(keyboard));
  }

  composer.command("payments", (ctx) => showList(ctx, "payments", 0, false));
  composer.command("unpaid", (ctx) => showList(ctx, "unpaid", 0, false));
  composer.callbackQuery(page.filter(), async (ctx) => {
    const { list, page: at } = page.unpack(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    await showList(ctx, list, at, true);
  });

  // From /payments: everything about one payment; one still owed gets /unpaid's buttons, and a
  // payment for prepaid time whose session left some unused offers managers to refund it.
  composer.callbackQuery(paymentDetails.filter(), async (ctx) => {
    const { paymentId } = paymentDetails.unpack(ctx.callbackQuery.data);
    const [payment, refund] = await Promise.all([services.payments.getPayment(paymentId), services.prepaid.prepaidRefund(paymentId)]);
    if (!payment) return ctx.answerCallbackQuery({ text: texts.settle.notFound });
    await ctx.answerCallbackQuery();
    const at = (instant: Date) => texts.format.dateTime(instant, timeZone);
    const refunded = refund?.refunded && { ...refund.refunded, at: at(refund.refunded.at) };
    const text = texts.payments.details({ ...payment, recordedAt: at(payment.createdAt), settledAt: payment.paidAt && at(payment.paidAt), refunded });
    const phone = payment.phone ?? payment.customerPhone;
    if (stillOwed(payment)) return ctx.reply(text, { reply_markup: settleKeyboard(payment.id, phone !== null) });
    if (refund && refund.refundableKes > 0 && ctx.staff.role === "MANAGER") {
      return ctx.reply(text, {
        reply_markup: new InlineKeyboard().text(texts.prepaid.refundButton(refund.refundableKes), refundPrepaid.pack({ sessionId: refund.sessionId })),
      });
    }
    return ctx.reply(text);
  });

  return { handlers: composer };
}
