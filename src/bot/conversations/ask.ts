// Waiting for the operator's next answer inside a conversation, the same way everywhere:
// - an answer after CONVERSATION_TIMEOUT_MS ends the conversation with a message;
// - another command (anything but /skip) leaves the conversation and is handled as usual;
// - a button from another message is handled as usual while the conversation keeps waiting.
import { randomUUID } from "node:crypto";
import { texts } from "../../texts/index.js";
import { callbackPattern } from "../callback-data.js";
import type { BotConversation, ConversationContext } from "../context.js";

export const CONVERSATION_TIMEOUT_MS = 15 * 60 * 1000;

const SKIP_COMMAND = /^\/skip(@\w+)?$/i;

/** The next update for this conversation, after the checks every question shares (expiry, commands). */
export async function nextUpdate(conversation: BotConversation): Promise<ConversationContext> {
  const before = await conversation.now();
  const ctx = await conversation.wait();
  const text = ctx.message?.text?.trim();
  const isCommand = text !== undefined && text.startsWith("/") && !SKIP_COMMAND.test(text);
  if ((await conversation.now()) - before > CONVERSATION_TIMEOUT_MS) {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.reply(texts.expired);
    return isCommand ? conversation.halt({ next: true }) : conversation.halt();
  }
  if (isCommand) return conversation.halt({ next: true });
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
 * Waits for a press on a choice button (callback data `choice:<value>`) and returns its value;
 * typed text gets `hint`. The buttons are removed from the message once one is pressed.
 */
export async function askChoice<V extends string>(
  conversation: BotConversation,
  values: readonly V[],
  hint: string,
): Promise<{ value: V; ctx: ConversationContext }> {
  for (;;) {
    const ctx = await nextUpdate(conversation);
    const data = ctx.callbackQuery?.data;
    const match = data ? callbackPattern.choice.exec(data) : null;
    if (match && values.includes(match[1] as V)) {
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup().catch(() => undefined);
      return { value: match[1] as V, ctx };
    }
    if (ctx.callbackQuery) await conversation.skip({ next: true });
    await ctx.reply(hint);
  }
}

/** A key made once per conversation run, for services that must not repeat a write on replay. */
export function newIdempotencyKey(conversation: BotConversation): Promise<string> {
  return conversation.external(() => randomUUID());
}
