// /customers: find a customer by part of their name, phone or ID number, see what they did and owe,
// and correct their phone number or name. For all staff.
import { Composer, InlineKeyboard } from "grammy";
import { fullName } from "../../domain/names.js";
import { billableSeconds } from "../../domain/tariff.js";
import { SEARCH_LIMIT } from "../../services/customers.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData, int, oneOf } from "../callback-data.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import { parseName, parsePhone, parseSearch } from "../conversations/answers.js";
import { askText } from "../conversations/ask.js";
import { conversation } from "../conversations/enter.js";
import type { Feature, FeatureDeps } from "../feature.js";

const t = texts.customers;

type EditField = "phone" | "name";

/** The customer buttons: ids only, each press re-reads the customer. */
export const showCustomer = callbackData("cust", { customerId: int });
export const editCustomer = callbackData("cust", { field: oneOf("phone", "name"), customerId: int });

const search = conversation<[query?: string]>("customer-search");
const edit = conversation<[customerId: number, field: EditField, staffId: number]>("customer-edit");

/** A name as typed; /skip keeps `current`. */
const nameKeeping = (current: string) => (text: string | null) => parseName(text, t.invalidName, current);

function detailsKeyboard(customerId: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(t.changePhoneButton, editCustomer.pack({ field: "phone", customerId }))
    .text(t.changeNameButton, editCustomer.pack({ field: "name", customerId }));
}

/** The customer's card as plain text (safe to return from `conversation.external`); null if gone. */
async function customerCard(services: Services, timeZone: string, customerId: number): Promise<{ text: string; label: string } | null> {
  const history = await services.customers.customerHistory(customerId);
  if (!history) return null;
  const { customer } = history;
  const text = t.details({
    name: fullName(customer),
    phone: customer.phone,
    idNumber: customer.idNumber,
    note: customer.note,
    unpaidKes: history.unpaidKes,
    latestBalanceKes: history.latestBalanceKes,
    sessions: history.sessions.map((session) => ({
      startedAt: texts.format.dateTime(session.startedAt, timeZone),
      computer: session.computer,
      seconds: session.endedAt ? billableSeconds(session.startedAt, session.endedAt) : null,
      amountKes: session.amountKes,
    })),
    payments: history.payments.map((payment) => ({
      id: payment.id,
      icon: texts.stateIcon[payment.state],
      stateName: texts.stateName[payment.state],
      amountKes: payment.amountKes,
      date: texts.format.date(payment.date),
      method: payment.method,
      simulated: payment.simulated,
      receipt: payment.receipt,
      forSession: payment.sessionId !== null,
    })),
  });
  return { text, label: texts.customer.label(customer) };
}

function searchConversation(services: Services) {
  return async function askSearch(conversation: BotConversation, ctx: ConversationContext, initialQuery?: string): Promise<void> {
    let replyTo = ctx;
    let query: string | null = null;
    if (initialQuery) {
      const parsed = parseSearch(initialQuery);
      if (parsed.ok) query = parsed.value;
      else await ctx.reply(parsed.problem);
    } else {
      await ctx.reply(texts.customer.askSearch);
    }
    for (;;) {
      if (query === null) {
        const answer = await askText(conversation, parseSearch, texts.customer.askSearch);
        query = answer.value;
        replyTo = answer.ctx;
      }
      const words = query;
      const matches = await conversation.external(async () =>
        (await services.customers.searchCustomers(words)).map((customer) => ({ id: customer.id, label: texts.customer.label(customer) })),
      );
      if (matches.length > 0) {
        const keyboard = new InlineKeyboard();
        for (const match of matches) keyboard.text(match.label, showCustomer.pack({ customerId: match.id })).row();
        await replyTo.reply(t.pick(matches.length, SEARCH_LIMIT), { reply_markup: keyboard });
        return;
      }
      await replyTo.reply(t.noMatch(words));
      query = null;
    }
  };
}

function editConversation(services: Services, timeZone: string) {
  return async function askChange(
    conversation: BotConversation,
    ctx: ConversationContext,
    customerId: number,
    field: EditField,
    staffId: number,
  ): Promise<void> {
    const customer = await conversation.external(async () => {
      const found = await services.customers.getCustomer(customerId);
      return found ? { firstName: found.firstName, lastName: found.lastName, phone: found.phone } : null;
    });
    if (!customer) {
      await ctx.reply(t.notFound);
      return;
    }

    let change: { phone: string } | { firstName: string; lastName: string };
    let replyTo: ConversationContext;
    if (field === "phone") {
      await ctx.reply(t.askPhone(fullName(customer), customer.phone));
      const answer = await askText(conversation, parsePhone, texts.mpesa.phoneProblem.empty);
      change = { phone: answer.value };
      replyTo = answer.ctx;
    } else {
      await ctx.reply(t.askFirstName(customer.firstName));
      const first = await askText(conversation, nameKeeping(customer.firstName), t.invalidName("missing"));
      await first.ctx.reply(t.askLastName(customer.lastName));
      const last = await askText(conversation, nameKeeping(customer.lastName), t.invalidName("missing"));
      change = { firstName: first.value, lastName: last.value };
      replyTo = last.ctx;
    }

    // Setting the same values again is harmless, so a replay of this step changes nothing more.
    const card = await conversation.external(async () => {
      const updated = await services.customers.updateCustomer(customerId, change, staffId);
      return updated ? customerCard(services, timeZone, customerId) : null;
    });
    if (!card) {
      await replyTo.reply(t.notFound);
      return;
    }
    await replyTo.reply(`${t.saved(card.label)}\n\n${card.text}`, { reply_markup: detailsKeyboard(customerId) });
  };
}

export function customersFeature({ services, config }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();
  const timeZone = config.service.timezone;

  // "/customers" asks what to look for; "/customers jane" looks right away.
  composer.command("customers", async (ctx) => {
    const query = ctx.match.trim();
    await (query ? search.enter(ctx, query) : search.enter(ctx));
  });

  composer.callbackQuery(showCustomer.filter(), async (ctx) => {
    const { customerId } = showCustomer.unpack(ctx.callbackQuery.data);
    const card = await customerCard(services, timeZone, customerId);
    if (!card) return ctx.answerCallbackQuery({ text: t.notFound });
    await ctx.answerCallbackQuery();
    await ctx.reply(card.text, { reply_markup: detailsKeyboard(customerId) });
  });

  composer.callbackQuery(editCustomer.filter(), async (ctx) => {
    const { field, customerId } = editCustomer.unpack(ctx.callbackQuery.data);
    const exists = await services.customers.getCustomer(customerId);
    if (!exists) return ctx.answerCallbackQuery({ text: t.notFound });
    await ctx.answerCallbackQuery();
    await edit.enter(ctx, customerId, field, ctx.staff.id);
  });

  return {
    conversations: [search.install(searchConversation(services)), edit.install(editConversation(services, timeZone))],
    handlers: composer,
  };
}
