// /new: pick or create the customer, then the computer, and start the session. The free computers
// are offered as buttons; a typed name is read the way the café writes names ("pc 15" is PC-15).
// A café that lists no computers yet starts sessions on none (/skip), or a manager adds the computer
// on the spot.
import { InlineKeyboard } from "grammy";
import { fullName } from "../../../domain/names.js";
import type { Services } from "../../../services/index.js";
import { texts } from "../../../texts/index.js";
import type { BotConversation, ConversationContext } from "../../context.js";
import { choice, newIdempotencyKey, nextUpdate, SKIP_COMMAND } from "../../conversations/ask.js";
import { conversation } from "../../conversations/enter.js";
import { pickCustomer } from "../../conversations/pick-customer.js";
import { markup } from "../../views.js";
import { PREPAID_CHOICES, prepaidKeyboard } from "../prepaid.js";
import { endSession } from "./buttons.js";

export const newSession = conversation<[staffId: number]>("new-session");

/** More free computers than this are not all offered as buttons; their names can still be typed. */
const MAX_COMPUTER_BUTTONS = 40;
const BUTTONS_PER_ROW = 4;
const ADD_CHOICE = "add";
const computerChoice = (computerId: number) => `pc${computerId}`;

interface Offer {
  listed: boolean;
  free: { id: number; name: string }[];
  manager: boolean;
}

/** What a typed name turned out to be, as plain data (conversation.external stores it). */
type Typed = { kind: "invalid"; problem: string } | { kind: "free"; id: number } | { kind: "refused"; notice: string } | { kind: "unknown"; name: string };

/**
 * Asks for the computer until one free is picked (its id), /skip is typed where no computers are
 * listed (null), or nothing is free (undefined: the operator was told).
 */
async function askComputer(
  conversation: BotConversation,
  ctx: ConversationContext,
  services: Services,
  staffId: number,
  clock: (date: Date) => string,
  firstNotice: string | null,
): Promise<number | null | undefined> {
  const examine = async (text: string): Promise<Typed> => {
    const found = await services.computers.findComputer(text);
    if (!found.ok) return { kind: "invalid", problem: texts.computers.nameProblem[found.problem] };
    const { computer } = found;
    if (!computer) return { kind: "unknown", name: found.name };
    if (computer.session)
      return { kind: "refused", notice: texts.session.computerBusy(computer.name, computer.session.customerName, clock(computer.session.startedAt)) };
    if (computer.outOfOrder) return { kind: "refused", notice: texts.session.computerOutOfOrder(computer.name) };
    return { kind: "free", id: computer.id };
  };
  let notice = firstNotice;
  // A name a manager typed that is not listed yet: offered as "➕ Add".
  let addable: string | null = null;
  for (;;) {
    const offer = await conversation.external(async (): Promise<Offer> => {
      const [computers, staff] = await Promise.all([services.computers.listComputers(), services.staff.getStaff(staffId)]);
      const free = computers.filter((computer) => !computer.session && !computer.outOfOrder).map(({ id, name }) => ({ id, name }));
      return { listed: computers.length > 0, free, manager: staff?.role === "MANAGER" };
    });
    if (offer.listed && offer.free.length === 0 && addable === null) {
      await ctx.reply([notice, texts.session.noComputerFree].filter(Boolean).join("\n"));
      return undefined;
    }
    const keyboard = new InlineKeyboard();
    if (addable !== null) keyboard.text(texts.session.addComputerButton(addable), choice.pack({ value: ADD_CHOICE })).row();
    const free = offer.free
      .slice(0, MAX_COMPUTER_BUTTONS)
      .map((computer) => InlineKeyboard.text(computer.name, choice.pack({ value: computerChoice(computer.id) })));
    keyboard.append(InlineKeyboard.from([free]).toFlowed(BUTTONS_PER_ROW));
    const question = offer.listed ? texts.session.askComputer : texts.session.askComputerNoneListed(offer.manager);
    const asked = await ctx.reply([notice, question].filter(Boolean).join("\n"), markup(keyboard));

    for (;;) {
      const answer = await nextUpdate(conversation);
      let typed: Typed;
      if (answer.callbackQuery) {
        const data = answer.callbackQuery.message?.message_id === asked.message_id ? answer.callbackQuery.data : undefined;
        const value = choice.parse(data)?.value;
        const picked = offer.free.find((computer) => value === computerChoice(computer.id));
        const adding = value === ADD_CHOICE ? addable : null;
        const name = picked?.name ?? adding;
        if (name === null) return conversation.skip({ next: true });
        await answer.answerCallbackQuery();
        await answer.editMessageReplyMarkup().catch(() => undefined);
        if (picked) return picked.id;
        // A manager's ➕ Add: listed now, then taken like a typed name (someone may have been quicker).
        typed = await conversation.external(async (): Promise<Typed> => {
          await services.computers.addComputers([name], null);
          return examine(name);
        });
      } else {
        const text = answer.message?.text?.trim() ?? "";
        if (SKIP_COMMAND.test(text)) {
          if (!offer.listed) return null;
          await answer.reply(texts.session.askComputer);
          continue;
        }
        typed = await conversation.external(() => examine(text));
      }
      if (typed.kind === "invalid") {
        await answer.reply(typed.problem);
        continue;
      }
      if (typed.kind === "free") return typed.id;
      addable = typed.kind === "unknown" && offer.manager ? typed.name : null;
      notice =
        typed.kind === "refused" ? typed.notice : offer.manager ? texts.session.computerAddQuestion(typed.name) : texts.session.computerUnknown(typed.name);
      break;
    }
  }
}

export function newSessionConversation(services: Services, clock: (instant: Date) => string) {
  return async function startSession(conversation: BotConversation, ctx: ConversationContext, staffId: number): Promise<void> {
    const key = await newIdempotencyKey(conversation);
    const customer = await pickCustomer(conversation, ctx, services, `${key}:customer`);
    const name = fullName(customer);
    let notice: string | null = null;
    for (;;) {
      const computerId = await askComputer(conversation, ctx, services, staffId, clock, notice);
      if (computerId === undefined) return;
      const result = await conversation.external(async () => {
        const started = await services.sessions.startSession({ customerId: customer.id, computerId, staffId, idempotencyKey: `${key}:session` });
        if (started.ok) {
          const amounts = (await services.prepaid.prepaidPrices(started.sessionId, PREPAID_CHOICES)) ?? [];
          const prices = PREPAID_CHOICES.flatMap((minutes, index) => {
            const amountKes = amounts[index];
            return amountKes === undefined ? [] : [{ minutes, amountKes }];
          });
          return {
            kind: "started" as const,
            sessionId: started.sessionId,
            prices,
            text: texts.session.started(name, started.computerName, clock(started.startedAt)),
          };
        }
        switch (started.reason) {
          case "already_active":
            return {
              kind: "already_active" as const,
              sessionId: started.sessionId,
              computerName: started.computerName,
              text: texts.session.alreadyActive(name, started.computerName, clock(started.startedAt)),
            };
          case "computer_busy":
            return { kind: "retry" as const, text: texts.session.computerBusy(started.computerName, started.customerName, clock(started.startedAt)) };
          case "computer_unavailable":
            return {
              kind: "retry" as const,
              text: started.outOfOrder && started.computerName ? texts.session.computerOutOfOrder(started.computerName) : texts.computers.notFound,
            };
          case "no_customer":
            return { kind: "failed" as const, text: texts.somethingWentWrong };
        }
      });
      if (result.kind === "retry") {
        // Taken (or put out of order) since it was offered: offer what is free now.
        notice = result.text;
        continue;
      }
      if (result.kind === "already_active") {
        const keyboard = new InlineKeyboard().text(texts.session.endButton(name, result.computerName), endSession.pack({ sessionId: result.sessionId }));
        await ctx.reply(result.text, { reply_markup: keyboard });
        return;
      }
      if (result.kind === "started") {
        // Open-ended unless time is prepaid here.
        await ctx.reply(result.text, { reply_markup: prepaidKeyboard(result.sessionId, result.prices) });
        return;
      }
      await ctx.reply(result.text);
      return;
    }
  };
}
