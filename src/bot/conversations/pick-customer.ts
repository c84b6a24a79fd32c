// Choosing the customer, shared by /new and /pay: type part of a name, phone or ID number, pick a
// match, or create the customer on the spot.
import { InlineKeyboard } from "grammy";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { SEARCH_LIMIT } from "../../services/customers.js";
import { callbackData, int } from "../callback-data.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { parseName, parsePhone, parseSearch } from "./answers.js";
import { askText, choice, nextUpdate, type Parsed } from "./ask.js";

const pick = callbackData("pick", { customerId: int });
const create = choice.pack({ value: "new" });

export interface PickedCustomer {
  id: number;
  firstName: string;
  lastName: string;
  phone: string | null;
}

const ID_NUMBER = /^[A-Za-z0-9]{4,20}$/;

const parseNewName = (text: string | null) => parseName(text, texts.customer.invalidName);

const parseOptionalPhone = (text: string | null): Parsed<string | null> => (text === null ? { ok: true, value: null } : parsePhone(text));

const parseIdNumber = (text: string | null): Parsed<string | null> =>
  text === null
    ? { ok: true, value: null }
    : ID_NUMBER.test(text)
      ? { ok: true, value: text.toUpperCase() }
      : { ok: false, problem: texts.customer.invalidIdNumber };

const plain = (c: PickedCustomer & { idNumber?: string | null }): PickedCustomer & { idNumber: string | null } => ({
  id: c.id,
  firstName: c.firstName,
  lastName: c.lastName,
  phone: c.phone,
  idNumber: c.idNumber ?? null,
});

async function createCustomer(conversation: BotConversation, ctx: ConversationContext, services: Services, idempotencyKey: string): Promise<PickedCustomer> {
  await ctx.reply(texts.customer.askFirstName);
  const { value: firstName } = await askText(conversation, parseNewName, texts.customer.invalidName("missing"));
  await ctx.reply(texts.customer.askLastName);
  const { value: lastName } = await askText(conversation, parseNewName, texts.customer.invalidName("missing"));
  await ctx.reply(texts.customer.askPhone);
  const { value: phone } = await askText(conversation, parseOptionalPhone, texts.customer.askPhone);
  await ctx.reply(texts.customer.askIdNumber);
  const { value: idNumber } = await askText(conversation, parseIdNumber, texts.customer.askIdNumber);
  const result = await conversation.external(async () => {
    const created = await services.customers.createCustomer({ firstName, lastName, phone, idNumber }, idempotencyKey);
    return created.ok ? { ok: true as const, customer: plain(created.customer) } : { ok: false as const, existing: plain(created.existing) };
  });
  if (!result.ok) {
    await ctx.reply(texts.customer.idNumberTaken(texts.customer.label(result.existing)));
    return result.existing;
  }
  await ctx.reply(texts.customer.created(texts.customer.label(result.customer)));
  return result.customer;
}

/**
 * Finds the customer, or creates one (`idempotencyKey`, made at the conversation's start, keeps a
 * replay from creating them twice).
 */
export async function pickCustomer(
  conversation: BotConversation,
  ctx: ConversationContext,
  services: Services,
  idempotencyKey: string,
): Promise<PickedCustomer> {
  await ctx.reply(texts.customer.askSearch);
  let query = (await askText(conversation, parseSearch, texts.customer.askSearch)).value;
  for (;;) {
    const matches = await conversation.external(async () => (await services.customers.searchCustomers(query)).map(plain));
    const keyboard = new InlineKeyboard();
    for (const match of matches) keyboard.text(texts.customer.label(match), pick.pack({ customerId: match.id })).row();
    keyboard.text(texts.customer.createButton, create);
    const list = await ctx.reply(texts.customer.matches(matches.length, SEARCH_LIMIT), { reply_markup: keyboard });

    // A press on one of these buttons, or new text to search again.
    for (;;) {
      const answer = await nextUpdate(conversation);
      const onList = answer.callbackQuery?.message?.message_id === list.message_id;
      const data = onList ? answer.callbackQuery.data : undefined;
      if (data === create) {
        await answer.answerCallbackQuery();
        await answer.editMessageReplyMarkup().catch(() => undefined);
        return createCustomer(conversation, answer, services, idempotencyKey);
      }
      const picked = pick.parse(data);
      const match = picked ? matches.find((m) => m.id === picked.customerId) : undefined;
      if (match) {
        await answer.answerCallbackQuery();
        await answer.editMessageReplyMarkup().catch(() => undefined);
        return match;
      }
      if (answer.callbackQuery) await conversation.skip({ next: true });
      const search = parseSearch(answer.message?.text ?? null);
      if (search.ok) {
        query = search.value;
        break;
      }
      await answer.reply(texts.customer.searchTooShort);
    }
  }
}
