// Opening a conversation from a command or a button. One is open at a time: a conversation of another
// kind still open is put aside, and the operator is told so, never left to find out from the next
// answer. One of the same kind simply starts again (a double tap, /new sent again).
import { createConversation } from "@grammyjs/conversations";
import { Composer, type Middleware } from "grammy";
import { texts } from "../../texts/index.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";

/** The conversations that say so when put aside; each has its "put aside" sentence. */
export type ConversationName = keyof typeof texts.putAside;

const hasPutAsideText = (id: string): id is ConversationName => Object.hasOwn(texts.putAside, id);

/** A conversation declared once: its id, the arguments it is entered with, how to install and enter it. */
export interface ConversationHandle<A extends unknown[]> {
  readonly id: string;
  install(builder: (conversation: BotConversation, ctx: ConversationContext, ...args: A) => Promise<void>): Middleware<BotContext>;
  enter(ctx: BotContext, ...args: A): Promise<void>;
}

/** Who may answer a conversation's questions: anyone on the staff, or managers only. */
type Audience = "staff" | "managers";

/**
 * A managers' conversation is closed, not answered, when the one answering is not a manager any more
 * (made an operator while the question was open): the answer would otherwise act with a manager's powers.
 */
function managersOnly(id: string, installed: Middleware<BotContext>): Middleware<BotContext> {
  const run = new Composer<BotContext>(installed).middleware();
  return async (ctx, next) => {
    if (ctx.staff.role !== "MANAGER" && ctx.conversation.active(id) > 0) {
      await ctx.conversation.exit(id);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      await ctx.reply(texts.managersOnlyQuestionClosed);
      return;
    }
    await run(ctx, next);
  };
}

function handle<A extends unknown[]>(id: string, audience: Audience, enter: (ctx: BotContext, ...args: A) => Promise<void>): ConversationHandle<A> {
  return {
    id,
    install: (builder) => {
      const installed = createConversation<BotContext, ConversationContext>(builder, id);
      return audience === "managers" ? managersOnly(id, installed) : installed;
    },
    enter,
  };
}

/** A conversation that puts aside whatever other one was open, saying so. */
export function conversation<A extends unknown[]>(id: ConversationName, audience: Audience = "staff"): ConversationHandle<A> {
  return handle<A>(id, audience, async (ctx, ...args) => {
    const open = Object.keys(ctx.conversation.active());
    await ctx.conversation.exitAll();
    for (const earlier of open) if (earlier !== id && hasPutAsideText(earlier)) await ctx.reply(texts.putAside[earlier]);
    await ctx.conversation.enter(id, ...args);
  });
}

/** A conversation that leaves whatever was open without a word (the managers' /computers questions). */
export function quietConversation<A extends unknown[]>(id: string, audience: Audience = "staff"): ConversationHandle<A> {
  return handle<A>(id, audience, async (ctx, ...args) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(id, ...args);
  });
}
