// "⏱ Amount…" under "Session started": the amount the customer pays is typed, and buys the whole
// minutes it covers at the session's tariff.
import type { Config } from "../../config/index.js";
import { parseKesInput } from "../../domain/money.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { prepaidView } from "../handlers/prepaid.js";
import { askText, newIdempotencyKey } from "./ask.js";

export function prepayAmountConversation(services: Services, config: Config) {
  return async function prepayAmount(conversation: BotConversation, ctx: ConversationContext, sessionId: number, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const name = await conversation.external(async () => (await services.sessions.activeSessions()).find((session) => session.id === sessionId)?.customerName ?? null);
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
        const { text, keyboard } = prepaidView(result, config.service.timezone);
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
