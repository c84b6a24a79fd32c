// The grammY bot: access control, then the conversations, then the features' commands and buttons
// (./features, one file or folder each). Handlers stay thin: they read the update, call a service, and
// answer with texts from src/texts.
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../config/index.js";
import type { Logger } from "../logger.js";
import type { Services } from "../services/index.js";
import { texts } from "../texts/index.js";
import { accessControl, localeOfUpdate } from "./access.js";
import { inLocale } from "../texts/i18n.js";
import { chatLease, chatOf } from "./chat-lease.js";
import type { BotContext, ConversationContext } from "./context.js";
import { conversationStorage } from "./conversation-storage.js";
import type { FeatureFactory } from "./feature.js";
import { auditFeature } from "./features/audit.js";
import { computersFeature } from "./features/computers/index.js";
import { customersFeature } from "./features/customers.js";
import { exportFeature } from "./features/export.js";
import { languageFeature } from "./features/language.js";
import { payFeature } from "./features/pay.js";
import { paymentsFeature } from "./features/payments.js";
import { prepaidFeature } from "./features/prepaid.js";
import { receiptsFeature } from "./features/receipts/index.js";
import { reportFeature } from "./features/report.js";
import { sessionsFeature } from "./features/sessions/index.js";
import { settleFeature } from "./features/settle/index.js";
import { shiftFeature } from "./features/shift.js";
import { staffFeature } from "./features/staff.js";
import { tariffFeature } from "./features/tariff.js";
import { unplacedFeature } from "./features/unplaced.js";
import { welcomeFeature } from "./features/welcome.js";

/** The bot's features, one line each (a new command: a file in ./features and a line here). */
const FEATURES: FeatureFactory[] = [
  sessionsFeature,
  prepaidFeature,
  settleFeature,
  payFeature,
  paymentsFeature,
  unplacedFeature,
  customersFeature,
  staffFeature,
  tariffFeature,
  computersFeature,
  reportFeature,
  shiftFeature,
  auditFeature,
  exportFeature,
  // Last: it takes any text holding a receipt code that no command or question took.
  receiptsFeature,
  languageFeature,
];

export interface BotDeps {
  config: Config;
  services: Services;
  logger: Logger;
  /** The service's clock; conversations take "today" and question expiry from it. */
  now: () => Date;
  /** Tests pass the bot's identity instead of asking Telegram. */
  botInfo?: UserFromGetMe;
}

/** Bumped whenever a conversation's steps change shape: stored conversations of another version are dropped. */
const CONVERSATIONS_VERSION = 3;

export function createBot({ config, services, logger, now, botInfo }: BotDeps): Bot<BotContext> {
  const options: BotConfig<BotContext> = { client: { apiRoot: config.telegram.apiRoot } };
  if (botInfo) options.botInfo = botInfo;
  const bot = new Bot<BotContext>(config.telegram.botToken, options);
  bot.use((ctx, next) => {
    ctx.now = now;
    return next();
  });

  // Updates of one chat are handled one after the other (a conversation's state is read and written
  // per chat), updates of different chats at the same time: one operator waiting on M-Pesa does not
  // hold up the others. In this process by sequentialize; across instances by the chat's lease.
  bot.use(sequentialize(chatOf));

  // A failing handler is logged and the operator told; the update is still acknowledged, so Telegram
  // does not send it again and again.
  const guarded = bot.errorBoundary(async ({ error, ctx }) => {
    logger.error({ err: error, updateId: ctx.update.update_id }, "bot handler failed");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (ctx.chat) await inLocale(localeOfUpdate(ctx, ctx.staff, config.service.defaultLocale), () => ctx.reply(texts.somethingWentWrong));
    } catch (replyError) {
      logger.warn({ err: replyError }, "could not tell the operator about the failure");
    }
  });

  guarded.use(chatLease(services));
  guarded.use(accessControl(services, config.service.defaultLocale));
  // Telegram re-sends an update it thinks was not received: each staff update is handled once. Recorded
  // once handled (src/services/telegram-updates.ts), even when its handler failed (the operator was told).
  guarded.use(async (ctx, next) => {
    const updateId = ctx.update.update_id;
    if (await services.telegramUpdates.alreadyHandled(updateId)) {
      logger.info({ updateId }, "update delivered again; ignored");
      return;
    }
    try {
      await next();
    } finally {
      await services.telegramUpdates.markHandled(updateId);
    }
  });
  // /start and /help are answered before the conversations: they never count as an answer.
  guarded.use(welcomeFeature().handlers);

  guarded.use(
    conversations<BotContext, ConversationContext>({
      storage: { type: "key", version: CONVERSATIONS_VERSION, adapter: conversationStorage(services.conversationState) },
    }),
  );
  // /cancel sits after the plugin (which provides ctx.conversation) and before the conversations
  // (which would otherwise take it as an answer).
  guarded.command("cancel", async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(active ? texts.cancelled : texts.nothingToCancel, { reply_markup: { remove_keyboard: true } });
  });
  const features = FEATURES.map((feature) => feature({ services, config }));
  for (const { conversations: installs = [] } of features) guarded.use(...installs);
  for (const { handlers } of features) guarded.use(handlers);

  guarded.on("callback_query:data", (ctx) => ctx.answerCallbackQuery({ text: texts.staleButton }));
  guarded.on("message", (ctx) => ctx.reply(texts.unknownCommand));
  return bot;
}

/** The update types the bot handles, for setWebhook and getUpdates. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;
