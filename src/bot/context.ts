import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Staff } from "../services/staff.js";

/**
 * The context outside conversations: the staff member behind the update is known, and `now` is the
 * service's clock (injected, so tests control time). Conversations read it through `currentTime`.
 */
export type BotContext = ConversationFlavor<Context & { staff: Staff; now: () => Date }>;

/** The context inside conversations (no conversation controls, no staff middleware). */
export type ConversationContext = Context;

export type BotConversation = Conversation<BotContext>;
