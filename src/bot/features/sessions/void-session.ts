// "🗑 Void" on a running session: the reason is typed, then the session is voided (the rules are
// checked again then: the 5 minutes may have passed while the operator typed).
import type { Services } from "../../../services/index.js";
import type { VoidRefusal, VoidedSession } from "../../../services/sessions.js";
import { texts } from "../../../texts/index.js";
import type { BotConversation, ConversationContext } from "../../context.js";
import { MAX_REASON_LENGTH, parseReason } from "../../conversations/answers.js";
import { askText } from "../../conversations/ask.js";
import { conversation } from "../../conversations/enter.js";

export const voidReason = conversation<[sessionId: number, staffId: number, session: VoidedSession]>("void-session");

/** Why a session could not be voided (or ended: `already_ended` says which it was). */
export function voidRefusalText(refusal: VoidRefusal, clock: (instant: Date) => string): string {
  switch (refusal.reason) {
    case "not_found":
      return texts.session.notFound;
    case "already_ended":
      return texts.session.alreadyEnded(refusal.endedBy, refusal.endedAt ? clock(refusal.endedAt) : null, refusal.voided);
    case "managers_only":
      return texts.session.voidManagersOnly;
  }
}

export function voidSessionConversation(services: Services, clock: (instant: Date) => string) {
  return async function askVoidReason(
    conversation: BotConversation,
    ctx: ConversationContext,
    sessionId: number,
    staffId: number,
    session: VoidedSession,
  ): Promise<void> {
    await ctx.reply(texts.session.askVoidReason(session.customerName, session.computerName));
    const { value: reason, ctx: answered } = await askText(conversation, parseReason, texts.invalidReason(MAX_REASON_LENGTH));
    const text = await conversation.external(async () => {
      const result = await services.sessions.voidSession(sessionId, staffId, reason);
      return result.ok ? texts.session.voided(result.voided.customerName, result.voided.computerName) : voidRefusalText(result, clock);
    });
    await answered.reply(text);
  };
}
