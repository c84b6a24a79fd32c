// /computers' questions: adding computers (one, several or a range), renaming one, putting one in a group.
import { InlineKeyboard } from "grammy";
import { normaliseComputerName, normaliseGroupName, parseComputerNames } from "../../../domain/computers.js";
import type { Group } from "../../../services/computers.js";
import type { Services } from "../../../services/index.js";
import { texts } from "../../../texts/index.js";
import type { BotConversation, ConversationContext } from "../../context.js";
import { askChoice, askText, choice, type Parsed } from "../../conversations/ask.js";
import { quietConversation } from "../../conversations/enter.js";
import { backToList } from "./views.js";

const t = texts.computers;

// Like a new command, each leaves whatever was open.
export const addConversation = quietConversation<[]>("computers-add", "managers");
export const renameConversation = quietConversation<[computerId: number]>("computer-rename", "managers");
export const groupConversation = quietConversation<[computerId: number]>("computer-group", "managers");

/** The group for some computers: one of the café's, none, or a new one typed. */
async function askGroup(
  conversation: BotConversation,
  ctx: ConversationContext,
  services: Services,
  question: string,
): Promise<{ group: Group | null; ctx: ConversationContext }> {
  const groups = await conversation.external(() => services.computers.listGroups());
  const groupChoice = (group: Group) => `g${group.id}`;
  const keyboard = new InlineKeyboard();
  for (const group of groups) keyboard.text(group.name, choice.pack({ value: groupChoice(group) })).row();
  keyboard.text(t.noGroupButton, choice.pack({ value: "none" })).text(t.newGroupButton, choice.pack({ value: "new" }));
  const answer = await askChoice(conversation, ctx, question, keyboard, [...groups.map(groupChoice), "none", "new"]);
  if (answer.value === "none") return { group: null, ctx: answer.ctx };
  const picked = groups.find((group) => groupChoice(group) === answer.value);
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

export function askComputersToAdd(services: Services) {
  return async function askNames(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
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

/** The computer's name; null, having said so, when it is no longer listed. */
async function computerNameOrSayGone(conversation: BotConversation, ctx: ConversationContext, services: Services, computerId: number): Promise<string | null> {
  const name = await conversation.external(async () => (await services.computers.getComputer(computerId))?.name ?? null);
  if (name === null) await ctx.reply(t.notFound);
  return name;
}

export function askNewName(services: Services) {
  return async function askRename(conversation: BotConversation, ctx: ConversationContext, computerId: number): Promise<void> {
    const name = await computerNameOrSayGone(conversation, ctx, services, computerId);
    if (name === null) return;
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

export function askNewGroup(services: Services) {
  return async function askGroupOf(conversation: BotConversation, ctx: ConversationContext, computerId: number): Promise<void> {
    const name = await computerNameOrSayGone(conversation, ctx, services, computerId);
    if (name === null) return;
    const { group, ctx: answered } = await askGroup(conversation, ctx, services, t.askGroup([name]));
    const moved = await conversation.external(() => services.computers.moveToGroup(computerId, group?.id ?? null));
    await answered.reply(moved ? t.moved(name, group?.name ?? null) : t.notFound, { reply_markup: backToList() });
  };
}
