import { Composer } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import type { BotContext } from "../context.js";

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
          await ctx.api.setMyCommands(commandMenus().manager, { scope: { type: "chat", chat_id: from.id } });
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

/** /start and /help for staff: what they can do. */
export function welcomeHandlers(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command(["start", "help"], (ctx) => ctx.reply(texts.welcome(ctx.staff.name, ctx.staff.role)));
  return composer;
}

export function commandMenus(): { operator: BotCommand[]; manager: BotCommand[] } {
  const c = texts.commands;
  const operator: BotCommand[] = [
    { command: "new", description: c.new },
    { command: "sessions", description: c.sessions },
    { command: "pay", description: c.pay },
    { command: "payments", description: c.payments },
    { command: "unpaid", description: c.unpaid },
    { command: "customers", description: c.customers },
    { command: "help", description: c.help },
    { command: "cancel", description: c.cancel },
  ];
  const manager: BotCommand[] = [
    ...operator,
    { command: "invite", description: c.invite },
    { command: "invites", description: c.invites },
    { command: "staff", description: c.staff },
    { command: "tariff", description: c.tariff },
    { command: "computers", description: c.computers },
  ];
  return { operator, manager };
}
