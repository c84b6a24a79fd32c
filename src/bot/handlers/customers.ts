// /customers: find a customer by part of their name, phone or ID number, see what they did and owe,
// and correct their phone number or name. For all staff.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard, type Middleware } from "grammy";
import { businessDate, businessTime } from "../../domain/dates.js";
import { billableSeconds } from "../../domain/tariff.js";
import type { Services } from "../../services/index.js";
import { SEARCH_LIMIT } from "../../services/customers.js";
import { texts } from "../../texts/index.js";
import { askText } from "../conversations/ask.js";
import { enterConversation, type ConversationName } from "../conversations/enter.js";
import { parseName, parsePhone, parseSearch } from "../conversations/answers.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";

const t = texts.customers;

export const CUSTOMER_SEARCH_CONVERSATION: ConversationName = "customer-search";
export const CUSTOMER_EDIT_CONVERSATION: ConversationName = "customer-edit";

type EditField = "phone" | "name";

/** Callback data of the customer buttons: ids only, each press re-reads the customer. */
export const customerCallback = {
  show: (customerId: number) => `cust:${customerId}`,
  edit: (field: EditField, customerId: number) => `cust:${field}:${customerId}`,
};

const customerPattern = {
  show: /^cust:(\d+)$/,
  edit: /^cust:(phone|name):(\d+)$/,
};

type PaymentState = keyof typeof texts.stateName;

/** A name as typed; /skip keeps `current`. */
const nameKeeping = (current: string) => (text: string | null) => parseName(text, t.invalidName, current);

function detailsKeyboard(customerId: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(t.changePhoneButton, customerCallback.edit("phone", customerId))
    .text(t.changeNameButton, customerCallback.edit("name", customerId));
}

/** The customer's card as plain text (safe to return from `conversation.external`); null if gone. */
async function customerCard(services: Services, customerId: number): Promise<{ text: string; label: string } | null> {
  const history = await services.customers.customerHistory(customerId);
  if (!history) return null;
  const timeZone = services.context.config.service.timezone;
  const { customer } = history;
  const text = t.details({
    name: `${customer.firstName} ${customer.lastName}`,
    phone: customer.phone,
    idNumber: customer.idNumber,
    unpaidKes: history.unpaidKes,
    latestBalanceKes: history.latestBalanceKes,
    sessions: history.sessions.map((session) => ({
      startedAt: `${texts.format.date(businessDate(session.startedAt, timeZone))} ${businessTime(session.startedAt, timeZone)}`,
      computer: session.computer,
      seconds: session.endedAt ? billableSeconds(session.startedAt, session.endedAt) : null,
      amountKes: session.amountKes,
    })),
    payments: history.payments.map((payment) => {
      const state = payment.state as PaymentState;
      return {
        id: payment.id,
        icon: texts.stateIcon[state] ?? "",
        stateName: texts.stateName[state] ?? payment.state,
        amountKes: payment.amountKes,
        date: texts.format.date(payment.date),
        method: payment.method as "MPESA" | "CASH" | null,
        simulated: payment.simulated,
        receipt: payment.receipt,
        forSession: payment.sessionId !== null,
      };
    }),
  });
  return { text, label: texts.customer.label(customer) };
}

function searchConversation(services: Services) {
  return async function (conversation: BotConversation, ctx: ConversationContext, initialQuery?: string): Promise<void> {
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
        for (const match of matches) keyboard.text(match.label, customerCallback.show(match.id)).row();
        await replyTo.reply(t.pick(matches.length, SEARCH_LIMIT), { reply_markup: keyboard });
        return;
      }
      await replyTo.reply(t.noMatch(words));
      query = null;
    }
  };
}

function editConversation(services: Services) {
  return async function (conversation: BotConversation, ctx: ConversationContext, customerId: number, field: EditField): Promise<void> {
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
      await ctx.reply(t.askPhone(`${customer.firstName} ${customer.lastName}`, customer.phone));
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
      const updated = await services.customers.updateCustomer(customerId, change);
      return updated ? customerCard(services, customerId) : null;
    });
    if (!card) {
      await replyTo.reply(t.notFound);
      return;
    }
    await replyTo.reply(`${t.saved(card.label)}\n\n${card.text}`, { reply_markup: detailsKeyboard(customerId) });
  };
}

export function customerHandlers(services: Services): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  // "/customers" asks what to look for; "/customers jane" looks right away.
  composer.command("customers", async (ctx) => {
    const query = ctx.match.trim();
    await enterConversation(ctx, CUSTOMER_SEARCH_CONVERSATION, ...(query ? [query] : []));
  });

  composer.callbackQuery(customerPattern.show, async (ctx) => {
    const card = await customerCard(services, Number(ctx.match[1]));
    if (!card) return ctx.answerCallbackQuery({ text: t.notFound });
    await ctx.answerCallbackQuery();
    await ctx.reply(card.text, { reply_markup: detailsKeyboard(Number(ctx.match[1])) });
  });

  composer.callbackQuery(customerPattern.edit, async (ctx) => {
    const customerId = Number(ctx.match[2]);
    const exists = await services.customers.getCustomer(customerId);
    if (!exists) return ctx.answerCallbackQuery({ text: t.notFound });
    await ctx.answerCallbackQuery();
    await enterConversation(ctx, CUSTOMER_EDIT_CONVERSATION, customerId, ctx.match[1] as EditField);
  });

  return composer;
}

export function customerConversations(services: Services): Middleware<BotContext>[] {
  return [
    createConversation(searchConversation(services), CUSTOMER_SEARCH_CONVERSATION),
    createConversation(editConversation(services), CUSTOMER_EDIT_CONVERSATION),
  ];
}
