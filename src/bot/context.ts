import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Staff } from "../services/staff.js";

/** The context outside conversations: the staff member behind the update is known. */
export type BotContext = ConversationFlavor<Context & { staff: Staff }>;

/** The context inside conversations (no conversation controls, no staff middleware). */
export type ConversationContext = Context;

export type BotConversation = Conversation<BotContext, ConversationContext>;
