// /pay, /payments (a payment's details on tap) and /unpaid.
import { Composer, InlineKeyboard } from "grammy";
import { businessDate, businessTime } from "../../domain/dates.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData, callbackPattern } from "../../texts/callback-data.js";
import type { BotContext } from "../context.js";
import { enterConversation } from "../conversations/enter.js";
import { markup, replaceWith, settleKeyboard } from "../views.js";
import { isManager } from "./manager.js";

export function paymentListHandlers(services: Services): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("pay", (ctx) => enterConversation(ctx, "pay", ctx.staff.id));

  async function showPayments(ctx: BotContext, page: number, edit: boolean) {
    const { items, hasMore } = await services.payments.recentPayments(page);
    const keyboard = new InlineKeyboard();
    for (const item of items) keyboard.text(texts.payments.detailsButton(item), callbackData.paymentDetails(item.id)).row();
    keyboard.append(pager("payments", page, hasMore));
    const text = items.length === 0 ? texts.payments.empty : [texts.payments.header(page), ...items.map((p) => texts.payments.item(p)), "", texts.payments.detailsHint].join("\n");
    return edit ? replaceWith(ctx, { text, keyboard }) : ctx.reply(text, markup(keyboard));
  }

  async function showUnpaid(ctx: BotContext, page: number, edit: boolean) {
    const { items, hasMore } = await services.payments.unpaidPayments(page);
    const keyboard = new InlineKeyboard();
    for (const item of items) keyboard.text(texts.payments.owedButton(item), callbackData.openPayment(item.id)).row();
    keyboard.append(pager("unpaid", page, hasMore));
    const text = items.length === 0 ? texts.payments.unpaidEmpty : [texts.payments.unpaidHeader(page), ...items.map((p) => texts.payments.unpaidItem(p)), "", texts.payments.unpaidHint].join("\n");
    return edit ? replaceWith(ctx, { text, keyboard }) : ctx.reply(text, markup(keyboard));
  }

  composer.command("payments", (ctx) => showPayments(ctx, 0, false));

  // From /payments: everything about one payment; one not settled yet gets /unpaid's buttons, and a
  // payment for prepaid time whose session left some unused offers managers to refund it.
  composer.callbackQuery(callbackPattern.paymentDetails, async (ctx) => {
    const paymentId = Number(ctx.match[1]);
    const [payment, refund] = await Promise.all([services.payments.getPayment(paymentId), services.prepaid.prepaidRefund(paymentId)]);
    if (!payment) return ctx.answerCallbackQuery({ text: texts.settle.notFound });
    await ctx.answerCallbackQuery();
    const timeZone = services.context.config.service.timezone;
    const at = (instant: Date) => `${texts.format.date(businessDate(instant, timeZone))} ${businessTime(instant, timeZone)}`;
    const refunded = refund?.refunded && { ...refund.refunded, at: at(refund.refunded.at) };
    const text = texts.payments.details({ ...payment, recordedAt: at(payment.createdAt), settledAt: payment.paidAt && at(payment.paidAt), refunded });
    const owed = payment.state !== "PAID" && payment.state !== "PENDING";
    const phone = payment.phone ?? payment.customerPhone;
    if (owed) return ctx.reply(text, { reply_markup: settleKeyboard(payment.id, phone !== null) });
    if (refund && refund.refundableKes > 0 && ctx.staff.role === "MANAGER") {
      return ctx.reply(text, { reply_markup: new InlineKeyboard().text(texts.prepaid.refundButton(refund.refundableKes), callbackData.refundPrepaid(refund.sessionId)) });
    }
    return ctx.reply(text);
  });

  // ↩️ Refund (managers only): recorded once; the details message then says who gave it back.
  composer.callbackQuery(callbackPattern.refundPrepaid, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const result = await services.prepaid.refundPrepaid(Number(ctx.match[1]), ctx.staff.id);
    const clock = (instant: Date) => businessTime(instant, services.context.config.service.timezone);
    if (!result.ok) {
      const text =
        result.reason === "already_refunded"
          ? texts.prepaid.alreadyRefunded({ amountKes: result.amountKes, by: result.by, at: clock(result.at) })
          : result.reason === "nothing_unused"
            ? texts.prepaid.nothingUnused
            : texts.session.notFound;
      return ctx.answerCallbackQuery({ text });
    }
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(texts.prepaid.refunded(result.customerName, result.amountKes));
  });

  composer.command("unpaid", (ctx) => showUnpaid(ctx, 0, false));
  composer.callbackQuery(callbackPattern.page, async (ctx, next) => {
    const [, list, page] = ctx.match;
    if (list !== "payments" && list !== "unpaid") return next();
    await ctx.answerCallbackQuery();
    await (list === "payments" ? showPayments : showUnpaid)(ctx, Number(page), true);
  });

  return composer;
}

function pager(list: "payments" | "unpaid", page: number, hasMore: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (page > 0) keyboard.text(texts.payments.previousPage, callbackData.page(list, page - 1));
  if (hasMore) keyboard.text(texts.payments.nextPage, callbackData.page(list, page + 1));
  return keyboard;
}
