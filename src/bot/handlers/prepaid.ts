// Prepaid time: the buttons under "Session started" (30 min / 1 h / 2 h / an amount) and "➕ Extend"
// under the time notices. Each message buys time once: a second tap on it shows the same purchase.
import { Composer } from "grammy";
import type { Config } from "../../config/index.js";
import { businessTime } from "../../domain/dates.js";
import type { PrepayResult } from "../../services/prepaid.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackPattern } from "../../texts/callback-data.js";
import type { BotContext } from "../context.js";
import { enterConversation } from "../conversations/enter.js";
import { settleKeyboard, type View } from "../views.js";

/** The choices offered under "Session started", in minutes. */
export const PREPAID_CHOICES = [30, 60, 120] as const;

/** What the operator sees after buying time: how to take the payment, or that nothing is owed. */
export function prepaidView(result: PrepayResult, timeZone: string): View {
  if (!result.ok) return { text: result.reason === "ended" ? texts.prepaid.ended : texts.session.notFound };
  const until = businessTime(result.prepaidUntil, timeZone);
  const { customerName, computerName, customerPhone } = result;
  if (result.amountKes === 0) return { text: texts.prepaid.boughtFree({ customerName, computerName, until }) };
  return {
    text: texts.prepaid.bought({ customerName, computerName, amountKes: result.amountKes, until, phone: customerPhone }),
    keyboard: settleKeyboard(result.paymentId, customerPhone !== null),
  };
}

export function prepaidHandlers(services: Services, config: Config): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(callbackPattern.prepay, async (ctx) => {
    const sessionId = Number(ctx.match[1]);
    const choice = ctx.match[2]!;
    await ctx.answerCallbackQuery();
    if (choice === "amount") return enterConversation(ctx, "prepay-amount", sessionId, ctx.staff.id);
    const message = ctx.callbackQuery.message;
    const result = await services.prepaid.prepay({
      sessionId,
      staffId: ctx.staff.id,
      minutes: Number(choice),
      idempotencyKey: `prepay:${ctx.chat?.id ?? ctx.from.id}:${message?.message_id ?? ctx.callbackQuery.id}`,
    });
    // The message's buttons have done their work: the purchase is in the reply.
    if (result.ok) await ctx.editMessageReplyMarkup().catch(() => undefined);
    const view = prepaidView(result, config.service.timezone);
    await ctx.reply(view.text, view.keyboard ? { reply_markup: view.keyboard } : {});
  });
  return composer;
}
