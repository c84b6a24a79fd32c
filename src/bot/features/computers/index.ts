// /computers (managers): the café's computers. The list, by group; tap one to rename it, put it in
// a group, mark it out of order (or back in order) or retire it; add one, several or a range
// (PC-1..PC-20). Operators are told it is for managers.
import { InlineKeyboard } from "grammy";
import { businessTime } from "../../../domain/dates.js";
import { texts } from "../../../texts/index.js";
import type { Feature, FeatureDeps } from "../../feature.js";
import { ManagersOnly } from "../../managers-only.js";
import { markup, replaceWith } from "../../views.js";
import { addConversation, askComputersToAdd, askNewGroup, askNewName, groupConversation, renameConversation } from "./conversations.js";
import { addComputers, cardView, confirmRetire, groupComputer, listPage, listView, openComputer, renameComputer, retireComputer, setOrder } from "./views.js";

const t = texts.computers;

export function computersFeature({ services, config }: FeatureDeps): Feature {
  const managers = new ManagersOnly();
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

  managers.command("computers", async (ctx) => {
    const view = await list(0);
    await ctx.reply(view.text, markup(view.keyboard));
  });

  managers.callbackQuery(listPage, async (ctx) => {
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, await list(listPage.unpack(ctx.callbackQuery.data).page));
  });

  managers.callbackQuery(openComputer, async (ctx) => {
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, await card(openComputer.unpack(ctx.callbackQuery.data).computerId));
  });

  // Adding, renaming and grouping ask questions (./conversations.ts).
  managers.callbackQuery(addComputers, async (ctx) => {
    await ctx.answerCallbackQuery();
    await addConversation.enter(ctx);
  });
  managers.callbackQuery(renameComputer, async (ctx) => {
    await ctx.answerCallbackQuery();
    await renameConversation.enter(ctx, renameComputer.unpack(ctx.callbackQuery.data).computerId);
  });
  managers.callbackQuery(groupComputer, async (ctx) => {
    await ctx.answerCallbackQuery();
    await groupConversation.enter(ctx, groupComputer.unpack(ctx.callbackQuery.data).computerId);
  });

  managers.callbackQuery(setOrder, async (ctx) => {
    const { state, computerId } = setOrder.unpack(ctx.callbackQuery.data);
    const outOfOrder = state === "broken";
    const changed = await services.computers.setOutOfOrder(computerId, outOfOrder);
    const computer = changed ? await services.computers.getComputer(computerId) : null;
    const notice = computer ? (outOfOrder ? t.markedOutOfOrder(computer.name) : t.markedBackInOrder(computer.name)) : t.notFound;
    await ctx.answerCallbackQuery({ text: notice });
    await replaceWith(ctx, await card(computerId, notice));
  });

  managers.callbackQuery(retireComputer, async (ctx) => {
    const { computerId } = retireComputer.unpack(ctx.callbackQuery.data);
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
      keyboard: new InlineKeyboard().text(t.confirmRetireButton, confirmRetire.pack({ computerId })).text(t.keepButton, openComputer.pack({ computerId })),
    });
  });

  managers.callbackQuery(confirmRetire, async (ctx) => {
    const { computerId } = confirmRetire.unpack(ctx.callbackQuery.data);
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

  return {
    conversations: [
      addConversation.install(askComputersToAdd(services)),
      renameConversation.install(askNewName(services)),
      groupConversation.install(askNewGroup(services)),
    ],
    handlers: managers,
  };
}
