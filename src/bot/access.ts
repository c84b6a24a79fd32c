import { Composer } from "grammy";
import type { Services } from "../services/index.js";
import { texts } from "../texts/index.js";
import { showManagerMenu } from "./commands.js";
import type { BotContext } from "./context.js";

function displayName(from: { first_name: string; last_name?: string }): string {
  return [from.first_name, from.last_name].filter(Boolean).join(" ").slice(0, 64);
}

/**
 * Lets only active staff through. Everyone else learns their Telegram id and nothing more, except
 * `/start <invite-code>`, which is how new staff join.
 */
export function accessControl(services: Services): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(async (ctx, next) => {
    const from = ctx.from;
    if (!from || from.is_bot) return;
    // Customers' names and numbers are shown only in private chats, never in a group.
    if (ctx.chat && ctx.chat.type !== "private") return;
    const staff = await services.staff.activeStaff(from.id, displayName(from));
    if (staff) {
      ctx.staff = staff;
      return next();
    }
    const code = ctx.message?.text?.match(/^\/start(?:@\w+)?\s+([\w-]{8,64})$/)?.[1];
    if (code) {
      const joined = await services.staff.redeemInvite(code, from.id, displayName(from));
      if (joined.ok) {
        ctx.staff = joined.staff;
        if (joined.role === "MANAGER") {
          await showManagerMenu(ctx.api, from.id);
        }
        return ctx.reply(texts.welcome(joined.staff.name, joined.role));
      }
      return ctx.reply(texts.invite.refused[joined.reason]);
    }
    if (ctx.callbackQuery) return ctx.answerCallbackQuery({ text: texts.access.notStaff(from.id), show_alert: true });
    return ctx.reply(texts.access.notStaff(from.id));
  });
  return composer;
}
