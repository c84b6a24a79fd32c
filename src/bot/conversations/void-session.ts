// "🗑 Void" on a running session: the reason is typed, then the session is voided (the rules are
// checked again then: the 5 minutes may have passed while the operator typed).
import type { Services } from "../../services/index.js";
import type { VoidedSession } from "../../services/sessions.js";
import { texts } from "../../texts/index.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { voidRefusalText } from "../views.js";
import { askText } from "./ask.js";
import { MAX_REASON_LENGTH, parseReason } from "./answers.js";

export function voidSessionConversation(services: Services, clock: (instant: Date) => string) {
  return async function voidSession(conversation: BotConversation, ctx: ConversationContext, sessionId: number, staffId: number, session: VoidedSession): Promise<void> {
    await ctx.reply(texts.session.askVoidReason(session.customerName, session.computerName));
    const { value: reason, ctx: answered } = await askText(conversation, parseReason, texts.invalidReason(MAX_REASON_LENGTH));
    const text = await conversation.external(async () => {
      const result = await services.sessions.voidSession(sessionId, staffId, reason);
      return result.ok ? texts.session.voided(result.voided.customerName, result.voided.computerName) : voidRefusalText(result, clock);
    });
    await answered.reply(text);
  };
}
