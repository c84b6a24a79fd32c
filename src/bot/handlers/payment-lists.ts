// /pay, /payments and /unpaid.
import { Composer, InlineKeyboard } from "grammy";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData, callbackPattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { enterConversation } from "../conversations/enter.js";
import { markup, replaceWith } from "../views.js";

export function paymentListHandlers(services: Services): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("pay", (ctx) => enterConversation(ctx, "pay", ctx.staff.id));

  async function showPayments(ctx: BotContext, page: number, edit: boolean) {
    const { items, hasMore } = await services.payments.recentPayments(page);
    const keyboard = pager("payments", page, hasMore);
    const text = items.length === 0 ? texts.payments.empty : [texts.payments.header(page), ...items.map((p) => texts.payments.item(p))].join("\n\n");
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
