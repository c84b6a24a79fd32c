// One chat's updates are never handled by two instances at once: a conversation's state is read when
// an update comes and written once it has been handled, so two updates of a chat handled side by side
// would each write over the other's. Each update is handled while its instance holds the chat's lease
// in the database (src/services/leases.ts); another instance's update of that chat waits for it. A
// lease, not a compare-and-set on the stored conversation state: the conversations plugin cannot redo
// an update whose write lost the race (its messages are sent, its services called), and handlers that
// keep no conversation need their chat's updates one at a time too (a second tap must see the first's
// work). The lease expires 30 seconds after its holder stopped renewing it (a crash), so a dead
// instance holds a chat up no longer than that.
import type { MiddlewareFn } from "grammy";
import type { Services } from "../services/index.js";
import type { BotContext } from "./context.js";

/** The chat an update belongs to (its sender's, for updates without one); "" for neither. */
export function chatOf(ctx: BotContext): string {
  return String(ctx.chat?.id ?? ctx.from?.id ?? "");
}

export function chatLease(services: Services): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const chat = chatOf(ctx);
    return chat === "" ? next() : services.whileChatHeld(chat, next);
  };
}
