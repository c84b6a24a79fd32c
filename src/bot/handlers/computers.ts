// /computers (managers): the café's computers. The list, by group; tap one to rename it, put it in
// a group, mark it out of order (or back in order) or retire it; add one, several or a range
// (PC-1..PC-20). Operators are told it is for managers.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard, type Middleware } from "grammy";
import type { Config } from "../../config/index.js";
import { namesByGroup, normaliseComputerName, normaliseGroupName, parseComputerNames } from "../../domain/computers.js";
import { businessTime } from "../../domain/dates.js";
import type { Computer, Group } from "../../services/computers.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData } from "../../texts/callback-data.js";
import { askChoice, askText, type Parsed } from "../conversations/ask.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import { markup, replaceWith, type View } from "../views.js";
import { isManager } from "./manager.js";

const t = texts.computers;

/** Computer buttons on one page of the list (Telegram takes up to 100 buttons in a message). */
export const COMPUTERS_PAGE_SIZE = 40;
const BUTTONS_PER_ROW = 4;

const ADD_CONVERSATION = "computers-add";
const RENAME_CONVERSATION = "computer-rename";
const GROUP_CONVERSATION = "computer-group";

/** Callback data of /computers' buttons: ids only, each press re-reads the computer. */
export const computerCallback = {
  list: (page: number) => `pc:list:${page}`,
  open: (computerId: number) => `pc:open:${computerId}`,
  add: "pc:add",
  rename: (computerId: number) => `pc:rename:${computerId}`,
  group: (computerId: number) => `pc:group:${computerId}`,
  outOfOrder: (computerId: number, outOfOrder: boolean) => `pc:${outOfOrder ? "broken" : "fixed"}:${computerId}`,
  retire: (computerId: number) => `pc:retire:${computerId}`,
  confirmRetire: (computerId: number) => `pc:retired:${computerId}`,
};

const computerPattern = {
  list: /^pc:list:(\d+)$/,
  open: /^pc:open:(\d+)$/,
  add: /^pc:add$/,
  rename: /^pc:rename:(\d+)$/,
  group: /^pc:group:(\d+)$/,
  outOfOrder: /^pc:(broken|fixed):(\d+)$/,
  retire: /^pc:retire:(\d+)$/,
  confirmRetire: /^pc:retired:(\d+)$/,
};

const backToList = () => new InlineKeyboard().text(t.allButton, computerCallback.list(0));

function listView(computers: Computer[], retired: string[], requestedPage: number, notice?: string): View {
  const pages = Math.max(1, Math.ceil(computers.length / COMPUTERS_PAGE_SIZE));
  const page = Math.min(requestedPage, pages - 1);
  const outOfOrder = computers.filter((computer) => computer.outOfOrder).map((computer) => computer.name);
  const text = [
    ...(notice ? [notice, ""] : []),
    t.header(computers.length),
    ...namesByGroup(computers.map(({ name, group }) => ({ name, group: group?.name ?? null }))).map(({ group, names }) => t.groupLine(group, names)),
    ...(outOfOrder.length > 0 ? [t.outOfOrderLine(outOfOrder)] : []),
    ...(retired.length > 0 ? [t.retiredLine(retired)] : []),
    ...(computers.length > 0 ? ["", t.tapHint] : []),
  ].join("\n");
  const shown = computers.slice(page * COMPUTERS_PAGE_SIZE, (page + 1) * COMPUTERS_PAGE_SIZE);
  const keyboard = InlineKeyboard.from([shown.map((computer) => InlineKeyboard.text(t.computerButton(computer.name, computer.outOfOrder), computerCallback.open(computer.id)))]).toFlowed(BUTTONS_PER_ROW);
  const turns = [
    ...(page > 0 ? [InlineKeyboard.text(t.previousPage, computerCallback.list(page - 1))] : []),
    ...(page < pages - 1 ? [InlineKeyboard.text(t.nextPage, computerCallback.list(page + 1))] : []),
  ];
  if (turns.length > 0) keyboard.row(...turns);
  keyboard.row(InlineKeyboard.text(t.addButton, computerCallback.add));
  return { text, keyboard };
}

function cardView(computer: Computer, clock: (date: Date) => string, notice?: string): View {
  const session = computer.session ? { customerName: computer.session.customerName, since: clock(computer.session.startedAt) } : null;
  const text = [...(notice ? [notice, ""] : []), t.card({ name: computer.name, group: computer.group?.name ?? null, outOfOrder: computer.outOfOrder, session })].join("\n");
  const keyboard = new InlineKeyboard()
    .text(t.renameButton, computerCallback.rename(computer.id))
    .text(t.groupButton, computerCallback.group(computer.id))
    .row()
    .text(computer.outOfOrder ? t.backInOrderButton : t.outOfOrderButton, computerCallback.outOfOrder(computer.id, !computer.outOfOrder))
    .text(t.retireButton, computerCallback.retire(computer.id))
    .row()
    .text(t.allButton, computerCallback.list(0));
  return { text, keyboard };
}

/** The group for some computers: one of the café's, none, or a new one typed. */
async function askGroup(conversation: BotConversation, ctx: ConversationContext, services: Services, question: string): Promise<{ group: Group | null; ctx: ConversationContext }> {
  const groups = await conversation.external(() => services.computers.listGroups());
  const choice = (group: Group) => `g${group.id}`;
  const keyboard = new InlineKeyboard();
  for (const group of groups) keyboard.text(group.name, callbackData.choice(choice(group))).row();
  keyboard.text(t.noGroupButton, callbackData.choice("none")).text(t.newGroupButton, callbackData.choice("new"));
  const answer = await askChoice(conversation, ctx, question, keyboard, [...groups.map(choice), "none", "new"]);
  if (answer.value === "none") return { group: null, ctx: answer.ctx };
  const picked = groups.find((group) => choice(group) === answer.value);
  if (picked) return { group: picked, ctx: answer.ctx };
  await answer.ctx.reply(t.askGroupName);
  const typed = await askText(
    conversation,
    (text): Parsed<string> => {
      const result = normaliseGroupName(text ?? "");
      return result.ok ? { ok: true, value: result.name } : { ok: false, problem: t.groupNameProblem[result.problem] };
    },
    t.askGroupName,
  );
  const made = await conversation.external(() => services.computers.groupNamed(typed.value));
  return { group: made.ok ? made.group : null, ctx: typed.ctx };
}

function addConversation(services: Services) {
  return async function (conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const known = await conversation.external(() => services.computers.computerNames());
    await ctx.reply(t.askNames);
    const names = await askText(
      conversation,
      (text): Parsed<string[]> => {
        const result = parseComputerNames(text ?? "", known);
        return result.ok ? { ok: true, value: result.names } : { ok: false, problem: t.namesProblem[result.problem] };
      },
      t.namesProblem.empty,
    );
    const { group, ctx: answered } = await askGroup(conversation, names.ctx, services, t.askGroup(names.value));
    const added = await conversation.external(() => services.computers.addComputers(names.value, group?.id ?? null));
    await answered.reply(t.added(added, group?.name ?? null), { reply_markup: backToList() });
  };
}

function renameConversation(services: Services) {
  return async function (conversation: BotConversation, ctx: ConversationContext, computerId: number): Promise<void> {
    const name = await conversation.external(async () => (await services.computers.getComputer(computerId))?.name ?? null);
    if (name === null) {
      await ctx.reply(t.notFound);
      return;
    }
    await ctx.reply(t.askRename(name));
    for (;;) {
      const typed = await askText(
        conversation,
        (text): Parsed<string> => {
          const result = normaliseComputerName(text ?? "");
          return result.ok ? { ok: true, value: text ?? "" } : { ok: false, problem: t.nameProblem[result.problem] };
        },
        t.nameProblem.empty,
      );
      const result = await conversation.external(() => services.computers.renameComputer(computerId, typed.value));
      if (result.ok) {
        await typed.ctx.reply(t.renamed(result.from, result.to), { reply_markup: backToList() });
        return;
      }
      if (result.reason === "not_found") {
        await typed.ctx.reply(t.notFound);
        return;
      }
      await typed.ctx.reply(result.reason === "taken" ? t.nameTaken(result.name, result.retired) : t.nameProblem[result.problem]);
    }
  };
}

function groupConversation(services: Services) {
  return async function (conversation: BotConversation, ctx: ConversationContext, computerId: number): Promise<void> {
    const name = await conversation.external(async () => (await services.computers.getComputer(computerId))?.name ?? null);
    if (name === null) {
      await ctx.reply(t.notFound);
      return;
    }
    const { group, ctx: answered } = await askGroup(conversation, ctx, services, t.askGroup([name]));
    const moved = await conversation.external(() => services.computers.moveToGroup(computerId, group?.id ?? null));
    await answered.reply(moved ? t.moved(name, group?.name ?? null) : t.notFound, { reply_markup: backToList() });
  };
}

export function computerHandlers(services: Services, config: Config): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const clock = (date: Date) => businessTime(date, config.service.timezone);
  const list = async (page: number, notice?: string) => {
    const [computers, retired] = await Promise.all([services.computers.listComputers(), services.computers.retiredComputerNames()]);
    return listView(computers, retired, page, notice);
  };
  /** The computer's card, or the list with "no longer listed" when it was retired meanwhile. */
  const card = async (computerId: number, notice?: string) => {
    const computer = await services.computers.getComputer(computerId);
    return computer && !computer.retired ? cardView(computer, clock, notice) : list(0, t.notFound);
  };

  composer.command("computers", async (ctx) => {
    if (!(await isManager(ctx))) return;
    const view = await list(0);
    await ctx.reply(view.text, markup(view.keyboard));
  });

  composer.callbackQuery(computerPattern.list, async (ctx) => {
    if (!(await isManager(ctx))) return;
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, await list(Number(ctx.match[1])));
  });

  composer.callbackQuery(computerPattern.open, async (ctx) => {
    if (!(await isManager(ctx))) return;
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, await card(Number(ctx.match[1])));
  });

  // Adding, renaming and grouping ask questions: like a new command, whatever was open is left.
  const startConversation = (pattern: RegExp, conversation: string) =>
    composer.callbackQuery(pattern, async (ctx) => {
      if (!(await isManager(ctx))) return;
      await ctx.answerCallbackQuery();
      await ctx.conversation.exitAll();
      await ctx.conversation.enter(conversation, ...(ctx.match[1] ? [Number(ctx.match[1])] : []));
    });
  startConversation(computerPattern.add, ADD_CONVERSATION);
  startConversation(computerPattern.rename, RENAME_CONVERSATION);
  startConversation(computerPattern.group, GROUP_CONVERSATION);

  composer.callbackQuery(computerPattern.outOfOrder, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const outOfOrder = ctx.match[1] === "broken";
    const computerId = Number(ctx.match[2]);
    const changed = await services.computers.setOutOfOrder(computerId, outOfOrder);
    const computer = changed ? await services.computers.getComputer(computerId) : null;
    const notice = computer ? (outOfOrder ? t.markedOutOfOrder(computer.name) : t.markedBackInOrder(computer.name)) : t.notFound;
    await ctx.answerCallbackQuery({ text: notice });
    await replaceWith(ctx, await card(computerId, notice));
  });

  composer.callbackQuery(computerPattern.retire, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const computerId = Number(ctx.match[1]);
    const computer = await services.computers.getComputer(computerId);
    if (!computer || computer.retired || computer.session) {
      const refusal = computer?.session && !computer.retired ? t.retireBusy(computer.name, computer.session.customerName) : t.notFound;
      await ctx.answerCallbackQuery({ text: refusal });
      await replaceWith(ctx, await card(computerId, refusal));
      return;
    }
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, {
      text: t.confirmRetire(computer.name),
      keyboard: new InlineKeyboard().text(t.confirmRetireButton, computerCallback.confirmRetire(computerId)).text(t.keepButton, computerCallback.open(computerId)),
    });
  });

  composer.callbackQuery(computerPattern.confirmRetire, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const computerId = Number(ctx.match[1]);
    const result = await services.computers.retireComputer(computerId);
    if (result.ok) {
      const notice = t.retired(result.name);
      await ctx.answerCallbackQuery({ text: notice });
      await replaceWith(ctx, await list(0, notice));
      return;
    }
    const refusal = result.reason === "busy" ? t.retireBusy(result.name, result.customerName) : t.notFound;
    await ctx.answerCallbackQuery({ text: refusal, show_alert: true });
    await replaceWith(ctx, await card(computerId, refusal));
  });

  return composer;
}

export function computerConversations(services: Services): Middleware<BotContext>[] {
  return [
    createConversation(addConversation(services), ADD_CONVERSATION),
    createConversation(renameConversation(services), RENAME_CONVERSATION),
    createConversation(groupConversation(services), GROUP_CONVERSATION),
  ];
}
