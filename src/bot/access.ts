import { Composer, type Context } from "grammy";
import { localeOf, telegramLocale, type Locale } from "../domain/locale.js";
import type { Services } from "../services/index.js";
import type { Staff } from "../services/staff.js";
import { inLocale } from "../texts/i18n.js";
import { texts } from "../texts/index.js";
import { hasOwnMenu, showMenuOf } from "./commands.js";
import type { BotContext } from "./context.js";

function displayName(from: { first_name: string; last_name?: string }): string {
  return [from.first_name, from.last_name].filter(Boolean).join(" ").slice(0, 64);
}

/** The language to answer an update in: its staff member's, else their Telegram's when Kiswahili, else the café's. */
export function localeOfUpdate(ctx: Context, staff: Staff | undefined, defaultLocale: Locale): Locale {
  return localeOf(staff?.language ?? null, defaultLocale, ctx.from?.language_code);
}

/**
 * Lets only active staff through. Everyone else learns their Telegram id and nothing more, except
 * `/start <invite-code>`, which is how new staff join. What follows runs in the staff member's language.
 */
export function accessControl(services: Services, defaultLocale: Locale): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(async (ctx, next) => {
    const from = ctx.from;
    if (!from || from.is_bot) return;
    // Customers' names and numbers are shown only in private chats, never in a group.
    if (ctx.chat && ctx.chat.type !== "private") return;
    let staff = await services.staff.activeStaff(from.id, displayName(from));
    if (staff) {
      // Someone who never chose, writing from a Telegram app in Kiswahili, keeps Kiswahili: so that what
      // the outbox writes to them, and their command menu, are in it too.
      const appLocale = telegramLocale(from.language_code);
      if (staff.language === null && appLocale !== null) {
        staff = await services.staff.chooseLanguage(staff.id, appLocale);
        await showMenuOf(ctx.api, staff, defaultLocale).catch(() => undefined);
      }
      ctx.staff = staff;
      return inLocale(localeOfUpdate(ctx, staff, defaultLocale), next);
    }
    return inLocale(localeOfUpdate(ctx, undefined, defaultLocale), async () => {
      const code = ctx.message?.text?.match(/^\/start(?:@\w+)?\s+([\w-]{8,64})$/)?.[1];
      if (code) {
        const joined = await services.staff.redeemInvite(code, from.id, displayName(from), from.language_code);
        if (joined.ok) {
          ctx.staff = joined.staff;
          if (hasOwnMenu(joined.staff)) await showMenuOf(ctx.api, joined.staff, defaultLocale).catch(() => undefined);
          return ctx.reply(texts.welcome(joined.staff.name, joined.role));
        }
        return ctx.reply(texts.invite.refused[joined.reason]);
      }
      if (ctx.callbackQuery) return ctx.answerCallbackQuery({ text: texts.access.notStaff(from.id), show_alert: true });
      return ctx.reply(texts.access.notStaff(from.id));
    });
  });
  return composer;
}
