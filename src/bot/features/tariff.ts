// /tariff (managers): the café's tariff and each group's; change one in a short conversation, or send
// a group back to the café's. Operators are told it is for managers.
import { InlineKeyboard } from "grammy";
import { parseKesInput } from "../../domain/money.js";
import { chargeKes, parseWindowsInput, TARIFF_LIMITS, type Rounding, type Tariff, type TariffWindow } from "../../domain/tariff.js";
import type { Services } from "../../services/index.js";
import type { CurrentTariff, GroupTariff } from "../../services/tariff.js";
import { texts } from "../../texts/index.js";
import { callbackData, int } from "../callback-data.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { askChoice, askText, choice, type Parsed } from "../conversations/ask.js";
import { conversation } from "../conversations/enter.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { ManagersOnly } from "../managers-only.js";
import { markup, replaceWith, type View } from "../views.js";

const t = texts.manager;

const changeTariff = callbackData("tariff:change");
const changeGroupTariff = callbackData("tariff:change", { groupId: int });
/** `tariffId`: the group's tariff the manager saw, cleared only if still in force. */
const clearGroupTariff = callbackData("tariff:clear", { groupId: int, tariffId: int });

/** The tariff conversation, for the café (`groupId` null) or a group. */
const change = conversation<[staffId: number, groupId: number | null]>("tariff-change", "managers");

const ROUNDINGS: readonly Rounding[] = ["HALF_UP", "UP", "DOWN"];
/** Durations the confirmation prices with the new tariff, so the manager sees its effect. */
const EXAMPLE_SECONDS = [10 * 60, 70 * 60];

/** Whole shillings as people type them: "60", "1,000", "KES 60", "60/=". */
function parseWholeKes(max: number, problem: string) {
  return (text: string | null): Parsed<number> => {
    const value = text === null ? null : parseKesInput(text, { max });
    return value === null ? { ok: false, problem } : { ok: true, value };
  };
}

function tariffView(cafe: CurrentTariff, groups: GroupTariff[], when: (instant: Date) => string, notice?: string): View {
  const keyboard = new InlineKeyboard().text(t.tariff.changeButton, changeTariff.pack()).row();
  for (const group of groups) {
    keyboard.text(t.tariff.changeGroupButton(group.name), changeGroupTariff.pack({ groupId: group.groupId })).row();
    if (group.tariff) keyboard.text(t.tariff.clearGroupButton(group.name), clearGroupTariff.pack({ groupId: group.groupId, tariffId: group.tariff.id })).row();
  }
  const groupLines = groups.map((group) => t.tariff.group(group.name, group.tariff && { ...group.tariff, changedAt: when(group.tariff.changedAt) }));
  const text = [notice, t.tariff.current({ ...cafe, changedAt: cafe.changedAt ? when(cafe.changedAt) : null }), ...groupLines]
    .filter((part) => part !== undefined)
    .join("\n\n");
  return { text, keyboard };
}

function tariffConversation(services: Services) {
  return async function askTariff(conversation: BotConversation, ctx: ConversationContext, staffId: number, groupId: number | null): Promise<void> {
    const current = await conversation.external(async () => {
      const group = groupId === null ? null : await services.tariff.groupTariff(groupId);
      // A group with no tariff of its own starts from the café's.
      const tariff = group?.tariff ?? (await services.tariff.currentTariff());
      const basedOnId = groupId === null ? tariff.id : (group?.tariff?.id ?? null);
      return {
        basedOnId,
        group: group?.name ?? null,
        ratePerHourKes: tariff.ratePerHourKes,
        minimumChargeKes: tariff.minimumChargeKes,
        rounding: tariff.rounding,
        windows: tariff.windows,
      };
    });
    if (groupId !== null && current.group === null) {
      await ctx.reply(t.tariff.groupGone);
      return;
    }

    await ctx.reply(t.tariff.askRate(current.ratePerHourKes, current.group));
    const invalidRate = t.tariff.invalidRate(TARIFF_LIMITS.maxRatePerHourKes);
    const rate = await askText(conversation, parseWholeKes(TARIFF_LIMITS.maxRatePerHourKes, invalidRate), invalidRate);

    await rate.ctx.reply(t.tariff.askWindows(current.windows));
    const windows = await askText(
      conversation,
      (text): Parsed<readonly TariffWindow[]> => {
        if (text === null) return { ok: true, value: current.windows };
        const parsed = parseWindowsInput(text);
        return parsed.ok ? { ok: true, value: parsed.windows } : { ok: false, problem: t.tariff.invalidWindows(parsed) };
      },
      t.tariff.askWindows(current.windows),
    );

    await windows.ctx.reply(t.tariff.askMinimum(current.minimumChargeKes));
    const invalidMinimum = t.tariff.invalidMinimum(TARIFF_LIMITS.maxMinimumChargeKes);
    const minimum = await askText(conversation, parseWholeKes(TARIFF_LIMITS.maxMinimumChargeKes, invalidMinimum), invalidMinimum);

    const roundingKeyboard = new InlineKeyboard();
    for (const rule of ROUNDINGS) roundingKeyboard.text(t.tariff.roundingButton[rule], choice.pack({ value: rule }));
    const rounding = await askChoice(conversation, minimum.ctx, t.tariff.askRounding, roundingKeyboard, ROUNDINGS);

    const proposal: Tariff = { ratePerHourKes: rate.value, minimumChargeKes: minimum.value, rounding: rounding.value, windows: windows.value };
    const examples = EXAMPLE_SECONDS.map((seconds) => ({ seconds, amountKes: chargeKes(seconds, proposal) }));
    const saveOrDiscard = new InlineKeyboard()
      .text(t.tariff.saveButton, choice.pack({ value: "save" }))
      .text(t.tariff.discardButton, choice.pack({ value: "discard" }));
    const answer = await askChoice(conversation, rounding.ctx, t.tariff.confirm(proposal, examples, current.group), saveOrDiscard, [
      "save",
      "discard",
    ] as const);
    if (answer.value === "discard") {
      await answer.ctx.reply(t.tariff.discarded);
      return;
    }

    // Compare-and-set on the tariff the manager started from: a replay finds its own row, and a
    // change another manager made meanwhile is not silently overwritten.
    const result = await conversation.external(() => services.tariff.changeTariffIfCurrent(staffId, current.basedOnId, proposal, groupId));
    if (result.ok) await answer.ctx.reply(current.group === null ? t.tariff.saved : t.tariff.savedForGroup(current.group));
    else if (result.reason === "changed_meanwhile") await answer.ctx.reply(t.tariff.changedMeanwhile(result.changedBy));
    else await answer.ctx.reply(t.tariff.invalid);
  };
}

export function tariffFeature({ services, config }: FeatureDeps): Feature {
  const managers = new ManagersOnly();
  const when = (instant: Date) => t.at(instant, config.service.timezone);

  // /tariff: what is charged now, the café's and each group's, with a Change button for each and a
  // button sending a group with its own tariff back to the café's.
  const currentTariffView = async (notice?: string) => tariffView(await services.tariff.currentTariff(), await services.tariff.groupTariffs(), when, notice);

  managers.command("tariff", async (ctx) => {
    const view = await currentTariffView();
    await ctx.reply(view.text, markup(view.keyboard));
  });

  managers.callbackQuery(changeTariff, async (ctx) => {
    await ctx.answerCallbackQuery();
    await change.enter(ctx, ctx.staff.id, null);
  });

  managers.callbackQuery(changeGroupTariff, async (ctx) => {
    await ctx.answerCallbackQuery();
    await change.enter(ctx, ctx.staff.id, changeGroupTariff.unpack(ctx.callbackQuery.data).groupId);
  });

  managers.callbackQuery(clearGroupTariff, async (ctx) => {
    const { groupId, tariffId } = clearGroupTariff.unpack(ctx.callbackQuery.data);
    const result = await services.tariff.clearGroupTariff(groupId, tariffId, ctx.staff.id);
    const notice = result.ok
      ? t.tariff.groupCleared(result.name)
      : result.reason === "changed_meanwhile"
        ? t.tariff.groupChangedMeanwhile(result.name, result.changedBy)
        : t.tariff.groupGone;
    await ctx.answerCallbackQuery({ text: notice });
    await replaceWith(ctx, await currentTariffView(notice));
  });

  return { conversations: [change.install(tariffConversation(services))], handlers: managers };
}
