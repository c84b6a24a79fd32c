// /language: each staff member reads the bot in the language they choose, from the next message on
// (notifications, their command menu and questions already asked included).
import { Composer, InlineKeyboard } from "grammy";
import { LOCALES } from "../../domain/locale.js";
import { inLocale } from "../../texts/i18n.js";
import { texts } from "../../texts/index.js";
import { callbackData, oneOf } from "../callback-data.js";
import { showMenuOf } from "../commands.js";
import type { BotContext } from "../context.js";
import type { FeatureDeps, Feature } from "../feature.js";

const chooseLanguage = callbackData("lang", { locale: oneOf(...LOCALES) });

/** One button per language, each named in its own language; the one in use is ticked. */
function languageKeyboard(current: string | null): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) {
    const name = inLocale(locale, () => texts.language.name);
    keyboard.text(locale === current ? `✓ ${name}` : name, chooseLanguage.pack({ locale }));
  }
  return keyboard;
}

export function languageFeature({ services, config }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();
  composer.command("language", (ctx) => ctx.reply(texts.language.ask, { reply_markup: languageKeyboard(ctx.staff.language) }));
  composer.callbackQuery(chooseLanguage.filter(), async (ctx) => {
    const { locale } = chooseLanguage.unpack(ctx.callbackQuery.data);
    ctx.staff = await services.staff.chooseLanguage(ctx.staff.id, locale);
    await inLocale(locale, async () => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(texts.language.chosen);
    });
    // The choice is made and said; a menu Telegram did not take now is set again at the next start.
    await showMenuOf(ctx.api, ctx.staff, config.service.defaultLocale).catch(() => undefined);
  });
  return { handlers: composer };
}
