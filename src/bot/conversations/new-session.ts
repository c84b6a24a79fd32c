// /new: pick or create the customer, optionally the computer, and start the session.
import { InlineKeyboard } from "grammy";
import type { Config } from "../../config/index.js";
import { businessTime } from "../../domain/dates.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData } from "../callback-data.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { askText, newIdempotencyKey, type Parsed } from "./ask.js";
import { pickCustomer } from "./pick-customer.js";

const STATION = /^[\p{L}\p{N}][\p{L}\p{N} ._#-]{0,19}$/u;

const parseStation = (text: string | null): Parsed<string | null> =>
  text === null ? { ok: true, value: null } : STATION.test(text) ? { ok: true, value: text.toUpperCase() } : { ok: false, problem: texts.session.invalidStation };

export function newSessionConversation(services: Services, config: Config) {
  const clock = (iso: string) => businessTime(new Date(iso), config.service.timezone);
  return async function newSession(conversation: BotConversation, ctx: ConversationContext, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const customer = await pickCustomer(conversation, ctx, services, `${key}:customer`);
    await ctx.reply(texts.session.askStation);
    const { value: station, ctx: answered } = await askText(conversation, parseStation, texts.session.invalidStation);
    const result = await conversation.external(async () => {
      const started = await services.sessions.startSession({ customerId: customer.id, station, staffId, idempotencyKey: `${key}:session` });
      if (started.ok) return { ok: true as const, startedAt: started.startedAt.toISOString() };
      if (started.reason === "already_active") {
        return { ok: false as const, sessionId: started.sessionId, station: started.station, startedAt: started.startedAt.toISOString() };
      }
      return { ok: false as const, sessionId: null, station: null, startedAt: null };
    });
    const name = `${customer.firstName} ${customer.lastName}`;
    if (result.ok) {
      await answered.reply(texts.session.started(name, station, clock(result.startedAt)));
    } else if (result.sessionId !== null) {
      const keyboard = new InlineKeyboard().text(texts.session.endButton(name, result.station), callbackData.endSession(result.sessionId));
      await answered.reply(texts.session.alreadyActive(name, result.station, clock(result.startedAt)), { reply_markup: keyboard });
    } else {
      await answered.reply(texts.somethingWentWrong);
    }
  };
}
