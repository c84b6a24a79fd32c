// The grammY bot: access control, then conversations, then commands and buttons. Handlers stay thin:
// they read the update, call a service, and answer with texts from src/texts.
import { conversations, createConversation } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, Composer, type BotConfig } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../config/index.js";
import { businessTime } from "../domain/dates.js";
import type { Logger } from "../logger.js";
import type { Services } from "../services/index.js";
import { texts } from "../texts/index.js";
import type { BotContext, ConversationContext } from "./context.js";
import { conversationStorage } from "./conversation-storage.js";
import { newSessionConversation } from "./conversations/new-session.js";
import { otherNumberConversation } from "./conversations/other-number.js";
import { payConversation } from "./conversations/pay.js";
import { prepayAmountConversation } from "./conversations/prepay-amount.js";
import { voidSessionConversation } from "./conversations/void-session.js";
import { lowerAmountConversation } from "./conversations/lower-amount.js";
import { adjustmentHandlers } from "./handlers/adjustments.js";
import { accessControl, commandMenus, welcomeHandlers } from "./handlers/access.js";
import { prepaidHandlers } from "./handlers/prepaid.js";
import { sessionHandlers } from "./handlers/sessions.js";
import { settleHandlers } from "./handlers/settle.js";
import { paymentListHandlers } from "./handlers/payment-lists.js";
import { managerHandlers, managerConversations } from "./handlers/manager.js";
import { customerHandlers, customerConversations } from "./handlers/customers.js";
import { computerHandlers, computerConversations } from "./handlers/computers.js";

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
const CONVERSATIONS_VERSION = 2;

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
  // hold up the others.
  bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? "")));

  // A failing handler is logged and the operator told; the update is still acknowledged, so Telegram
  // does not send it again and again.
  const guarded = bot.errorBoundary(async ({ error, ctx }) => {
    logger.error({ err: error, updateId: ctx.update.update_id }, "bot handler failed");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (ctx.chat) await ctx.reply(texts.somethingWentWrong);
    } catch (replyError) {
      logger.warn({ err: replyError }, "could not tell the operator about the failure");
    }
  });

  guarded.use(accessControl(services));
  // Telegram re-sends an update it thinks was not received: each staff update is handled once.
  guarded.use(async (ctx, next) => {
    if (await services.telegramUpdates.isFirstDelivery(ctx.update.update_id)) return next();
    logger.info({ updateId: ctx.update.update_id }, "update delivered again; ignored");
  });
  guarded.use(welcomeHandlers());

  guarded.use(
    conversations<BotContext, ConversationContext>({
      storage: { type: "key", version: CONVERSATIONS_VERSION, adapter: conversationStorage(services.context.db) },
    }),
  );
  // /cancel sits after the plugin (which provides ctx.conversation) and before the conversations
  // (which would otherwise take it as an answer).
  guarded.command("cancel", async (ctx) => {
    const active = Object.keys(await ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(active ? texts.cancelled : texts.nothingToCancel, { reply_markup: { remove_keyboard: true } });
  });
  const conversationComposer = new Composer<BotContext>();
  conversationComposer.use(createConversation(newSessionConversation(services, config), "new-session"));
  conversationComposer.use(createConversation(otherNumberConversation(services), "other-number"));
  conversationComposer.use(createConversation(payConversation(services, config), "pay"));
  conversationComposer.use(createConversation(prepayAmountConversation(services, config), "prepay-amount"));
  conversationComposer.use(createConversation(voidSessionConversation(services, (instant) => businessTime(instant, config.service.timezone)), "void-session"));
  conversationComposer.use(createConversation(lowerAmountConversation(services), "lower-amount"));
  for (const conversation of [...managerConversations(services), ...customerConversations(services), ...computerConversations(services)]) {
    conversationComposer.use(conversation);
  }
  guarded.use(conversationComposer);

  guarded.use(sessionHandlers(services, config));
  guarded.use(prepaidHandlers(services, config));
  guarded.use(settleHandlers(services));
  guarded.use(adjustmentHandlers(services));
  guarded.use(paymentListHandlers(services));
  guarded.use(customerHandlers(services));
  guarded.use(managerHandlers(services, config));
  guarded.use(computerHandlers(services, config));

  guarded.on("callback_query:data", (ctx) => ctx.answerCallbackQuery({ text: texts.staleButton }));
  guarded.on("message", (ctx) => ctx.reply(texts.unknownCommand));
  return bot;
}

/** The update types the bot handles, for setWebhook and getUpdates. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/** Registers the command menu Telegram shows (operators' commands for everyone, managers' in their chats). */
export async function registerCommands(bot: Bot<BotContext>, managerChatIds: number[]): Promise<void> {
  const menus = commandMenus();
  await bot.api.setMyCommands(menus.operator);
  for (const chatId of managerChatIds) {
    await bot.api.setMyCommands(menus.manager, { scope: { type: "chat", chat_id: chatId } });
  }
}
