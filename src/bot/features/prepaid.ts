// Prepaid time: the buttons under "Session started" (30 min / 1 h / 2 h / an amount) and "➕ Extend"
// under the time notices; each message buys time once: a second tap on it shows the same purchase.
// "⏱ Amount…" asks what the customer pays, which buys the whole minutes it covers at the session's
// tariff. A manager refunds the unused part from the payment's details (/payments).
import { Composer, InlineKeyboard } from "grammy";
import { businessTime } from "../../domain/dates.js";
import { parseKesInput } from "../../domain/money.js";
import type { Services } from "../../services/index.js";
import type { PrepayResult } from "../../services/prepaid.js";
import { texts } from "../../texts/index.js";
import { callbackData, int, oneOf } from "../callback-data.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import { askText, newIdempotencyKey } from "../conversations/ask.js";
import { conversation } from "../conversations/enter.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { ManagersOnly } from "../managers-only.js";
import type { View } from "../views.js";
import { settleKeyboard } from "./settle/views.js";

/** The choices offered under "Session started", in minutes. */
export const PREPAID_CHOICES = [30, 60, 120] as const;

/** Prepaid time for a running session: so many minutes. */
export const prepay = callbackData("prepay", { sessionId: int, minutes: int });
/** Prepaid time for a running session: the amount the customer pays is typed. */
const prepayAmount = callbackData("prepay", { sessionId: int, amount: oneOf("amount") });
/** A manager gives back a session's unused prepaid time. */
export const refundPrepaid = callbackData("refund", { sessionId: int });

const askAmount = conversation<[sessionId: number, staffId: number]>("prepay-amount");

/** The buttons under "Session started": each choice with its price, then an amount. */
export function prepaidKeyboard(sessionId: number, prices: readonly { minutes: number; amountKes: number }[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const { minutes, amountKes } of prices) keyboard.text(texts.prepaid.choiceButton(minutes, amountKes), prepay.pack({ sessionId, minutes }));
  return keyboard.row().text(texts.prepaid.amountButton, prepayAmount.pack({ sessionId, amount: "amount" }));
}

/** What the operator sees after buying time: how to take the payment, or that nothing is owed. */
function prepaidView(result: PrepayResult, timeZone: string): View {
  if (!result.ok) return { text: result.reason === "ended" ? texts.prepaid.ended : texts.session.notFound };
  const until = businessTime(result.prepaidUntil, timeZone);
  const { customerName, computerName, customerPhone } = result;
  if (result.amountKes === 0) return { text: texts.prepaid.boughtFree({ customerName, computerName, until }) };
  return {
    text: texts.prepaid.bought({ customerName, computerName, amountKes: result.amountKes, until, phone: customerPhone }),
    keyboard: settleKeyboard(result.paymentId, customerPhone !== null),
  };
}

function prepayAmountConversation(services: Services, timeZone: string) {
  return async function askPrepaidAmount(conversation: BotConversation, ctx: ConversationContext, sessionId: number, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const name = await conversation.external(
      async () => (await services.sessions.activeSessions()).find((session) => session.id === sessionId)?.customerName ?? null,
    );
    if (name === null) {
      await ctx.reply(texts.prepaid.ended);
      return;
    }
    await ctx.reply(texts.prepaid.askAmount(name));
    for (;;) {
      const { value: amountKes, ctx: answer } = await askText(
        conversation,
        (text) => {
          const amount = text === null ? null : parseKesInput(text);
          return amount === null ? { ok: false, problem: texts.prepaid.invalidAmount } : { ok: true, value: amount };
        },
        texts.prepaid.invalidAmount,
      );
      const view = await conversation.external(async () => {
        const result = await services.prepaid.prepay({ sessionId, staffId, amountKes, idempotencyKey: `${key}:prepay` });
        if (!result.ok && result.reason === "too_little") return null;
        const { text, keyboard } = prepaidView(result, timeZone);
        return { text, buttons: keyboard?.inline_keyboard ?? null };
      });
      if (view === null) {
        await answer.reply(texts.prepaid.tooLittle(amountKes));
        continue;
      }
      await answer.reply(view.text, view.buttons ? { reply_markup: { inline_keyboard: view.buttons } } : {});
      return;
    }
  };
}

export function prepaidFeature({ services, config }: FeatureDeps): Feature {
  const timeZone = config.service.timezone;
  const composer = new Composer<BotContext>();

  composer.callbackQuery(prepay.filter(), async (ctx) => {
    const { sessionId, minutes } = prepay.unpack(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    const message = ctx.callbackQuery.message;
    const result = await services.prepaid.prepay({
      sessionId,
      staffId: ctx.staff.id,
      minutes,
      idempotencyKey: `prepay:${ctx.chat?.id ?? ctx.from.id}:${message?.message_id ?? ctx.callbackQuery.id}`,
    });
    // The message's buttons have done their work: the purchase is in the reply.
    if (result.ok) await ctx.editMessageReplyMarkup().catch(() => undefined);
    const view = prepaidView(result, timeZone);
    await ctx.reply(view.text, view.keyboard ? { reply_markup: view.keyboard } : {});
  });

  composer.callbackQuery(prepayAmount.filter(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await askAmount.enter(ctx, prepayAmount.unpack(ctx.callbackQuery.data).sessionId, ctx.staff.id);
  });

  // ↩️ Refund: recorded once; the details message then says who gave it back.
  const managers = new ManagersOnly();
  managers.callbackQuery(refundPrepaid, async (ctx) => {
    const result = await services.prepaid.refundPrepaid(refundPrepaid.unpack(ctx.callbackQuery.data).sessionId, ctx.staff.id);
    if (!result.ok) {
      const text =
        result.reason === "already_refunded"
          ? texts.prepaid.alreadyRefunded({ amountKes: result.amountKes, by: result.by, at: businessTime(result.at, timeZone) })
          : result.reason === "nothing_unused"
            ? texts.prepaid.nothingUnused
            : texts.session.notFound;
      return ctx.answerCallbackQuery({ text });
    }
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(texts.prepaid.refunded(result));
  });
  composer.use(managers);

  return { conversations: [askAmount.install(prepayAmountConversation(services, timeZone))], handlers: composer };
}
