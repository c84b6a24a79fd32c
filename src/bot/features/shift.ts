// /shift (operators and managers): with no shift open, opens one with the float counted into the
// drawer; with one open, shows it so far and offers to close it with the cash counted (the cash-up,
// which the managers receive too).
import { Composer, InlineKeyboard } from "grammy";
import { parseKesInput } from "../../domain/money.js";
import type { Services } from "../../services/index.js";
import { MAX_DRAWER_KES } from "../../services/shifts.js";
import { texts } from "../../texts/index.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import { askChoice, askText, choice, currentTime, newIdempotencyKey, type Parsed } from "../conversations/ask.js";
import { conversation } from "../conversations/enter.js";
import type { Feature, FeatureDeps } from "../feature.js";

const t = texts.shifts;
const shift = conversation<[staffId: number]>("shift");

/** Whole shillings counted in the drawer, 0 included; `problem` otherwise (and for /skip). */
function drawerAmount(problem: string) {
  return (text: string | null): Parsed<number> => {
    const amount = text === null ? null : parseKesInput(text, { allowZero: true, max: MAX_DRAWER_KES });
    return amount === null ? { ok: false, problem } : { ok: true, value: amount };
  };
}

export function shiftFeature({ services, config }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();
  composer.command("shift", (ctx) => shift.enter(ctx, ctx.staff.id));
  return { conversations: [shift.install(shiftConversation(services, config.service.timezone))], handlers: composer };
}

function shiftConversation(services: Services, timeZone: string) {
  return async function askShift(conversation: BotConversation, ctx: ConversationContext, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const asOf = await currentTime(conversation);
    const open = await conversation.external(async () => {
      const current = await services.shifts.currentShift(staffId);
      return current && { id: current.shift.id, text: t.soFar(current.shift, current.running, asOf, timeZone) };
    });

    if (!open) {
      await ctx.reply(t.askFloat);
      const { value: floatKes, ctx: answer } = await askText(conversation, drawerAmount(t.invalidFloat), t.invalidFloat);
      const opened = await conversation.external(async () => {
        const result = await services.shifts.openShift(staffId, floatKes, key);
        return result.ok ? t.opened(result.shift, timeZone) : t.alreadyOpen(result.shift, timeZone);
      });
      await answer.reply(opened);
      return;
    }

    const keyboard = new InlineKeyboard().text(t.closeButton, choice.pack({ value: "close" })).text(t.keepButton, choice.pack({ value: "keep" }));
    const { value, ctx: chosen } = await askChoice(conversation, ctx, open.text, keyboard, ["close", "keep"] as const);
    if (value === "keep") {
      await chosen.reply(t.keptOpen);
      return;
    }
    await chosen.reply(t.askCounted);
    const { value: countedKes, ctx: answer } = await askText(conversation, drawerAmount(t.invalidCounted), t.invalidCounted);
    const closed = await conversation.external(async () => {
      const result = await services.shifts.closeShift(open.id, staffId, countedKes);
      if (result.ok) return t.closed(result.shift, result.running, timeZone);
      return result.reason === "already_closed" ? t.alreadyClosed(result.shift, timeZone) : t.notFound;
    });
    await answer.reply(closed);
  };
}
