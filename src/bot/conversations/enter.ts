// Opening a conversation from a command or a button. One is open at a time: a conversation of another
// kind still open is put aside, and the operator is told so, never left to find out from the next
// answer. One of the same kind simply starts again (a double tap, /new sent again).
import { texts } from "../../texts/index.js";
import type { BotContext } from "../context.js";

/** The conversations' names, as registered in src/bot/index.ts; each has its "put aside" sentence. */
export type ConversationName = keyof typeof texts.putAside;

export async function enterConversation(ctx: BotContext, name: ConversationName, ...args: unknown[]): Promise<void> {
  const open = Object.keys(await ctx.conversation.active()) as ConversationName[];
  await ctx.conversation.exitAll();
  for (const earlier of open) if (earlier !== name) await ctx.reply(texts.putAside[earlier]);
  await ctx.conversation.enter(name, ...args);
}
