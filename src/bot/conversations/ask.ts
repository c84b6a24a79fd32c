// Waiting for the operator's next answer inside a conversation, the same way everywhere:
// - anything after CONVERSATION_TIMEOUT_MS ends the conversation with a message (a command or a
//   button is then handled as usual);
// - another command (anything but /skip) is handled as usual while the conversation keeps waiting,
//   so the next typed answer goes on with it; one that opens a question of its own puts this one
//   aside through enterConversation (./enter.ts), which says so;
// - a button from another message is handled as usual while the conversation keeps waiting.
import { randomUUID } from "node:crypto";
import type { InlineKeyboard } from "grammy";
import { texts } from "../../texts/index.js";
import { callbackData, word } from "../callback-data.js";
import type { BotConversation, ConversationContext } from "../context.js";

const CONVERSATION_TIMEOUT_MS = 15 * 60 * 1000;

export const SKIP_COMMAND = /^\/skip(@\w+)?$/i;

/** The buttons of a question asked with `askChoice` (and of the other questions' own choices). */
export const choice = callbackData("choice", { value: word });

/**
 * The service's clock, read once and replayed: conversations never read the machine's clock
 * (`conversation.now()` would), so that "today" and expiry follow the same time as the services.
 */
export async function currentTime(conversation: BotConversation): Promise<Date> {
  return new Date(await conversation.external((ctx) => ctx.now().getTime()));
}

/** The next update for this conversation, after the checks every question shares (expiry, commands). */
export async function nextUpdate(conversation: BotConversation): Promise<ConversationContext> {
  const before = await currentTime(conversation);
  const ctx = await conversation.wait();
  const text = ctx.message?.text?.trim();
  const isCommand = text !== undefined && text.startsWith("/") && !SKIP_COMMAND.test(text);
  if ((await currentTime(conversation)).getTime() - before.getTime() > CONVERSATION_TIMEOUT_MS) {
    // The operator hears that the question is gone; a button or a command is then handled as if no
    // conversation were open.
    await ctx.reply(texts.expired);
    return conversation.halt({ next: ctx.callbackQuery !== undefined || isCommand });
  }
  if (isCommand) return conversation.skip({ next: true });
  return ctx;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Waits for a text answer and asks again until `parse` accepts it; `parse` gets null for /skip.
 * Returns the value and the context of the accepted answer.
 */
export async function askText<T>(
  conversation: BotConversation,
  parse: (text: string | null) => Parsed<T>,
  hint: string,
): Promise<{ value: T; ctx: ConversationContext }> {
  for (;;) {
    const ctx = await nextUpdate(conversation);
    if (ctx.callbackQuery) {
      await conversation.skip({ next: true });
    }
    const text = ctx.message?.text?.trim();
    if (text === undefined || text === "") {
      await ctx.reply(hint);
      continue;
    }
    const result = parse(SKIP_COMMAND.test(text) ? null : text);
    if (result.ok) return { value: result.value, ctx };
    await ctx.reply(result.problem);
  }
}

/**
 * Sends `text` with `keyboard` (buttons with `choice` data) and waits for a press on
 * that message; presses on other messages are handled as usual, typed text gets a reminder. The
 * buttons are removed once one is pressed.
 */
export async function askChoice<V extends string>(
  conversation: BotConversation,
  ctx: ConversationContext,
  text: string,
  keyboard: InlineKeyboard,
  values: readonly V[],
): Promise<{ value: V; ctx: ConversationContext }> {
  const question = await ctx.reply(text, { reply_markup: keyboard });
  for (;;) {
    const answer = await nextUpdate(conversation);
    const pressed = choice.parse(answer.callbackQuery?.data)?.value;
    const value = values.find((candidate) => candidate === pressed);
    if (answer.callbackQuery?.message?.message_id === question.message_id && value !== undefined) {
      await answer.answerCallbackQuery();
      await answer.editMessageReplyMarkup().catch(() => undefined);
      return { value, ctx: answer };
    }
    if (answer.callbackQuery) await conversation.skip({ next: true });
    await answer.reply(texts.tapAButton);
  }
}

/**
 * A key made once per conversation, for the services' writes that must not repeat when the
 * conversation is replayed. Make it before the first question: a key made right before the write
 * would itself be made anew if the process stopped between the two.
 */
export function newIdempotencyKey(conversation: BotConversation): Promise<string> {
  return conversation.external(() => randomUUID());
}
