// Managers' commands: /invite (one-time join links), /invites (links not used yet; revoke one), /staff
// (who is staff; deactivate or reactivate someone) and /tariff (see the café's tariff and each
// group's; change one in a short conversation, or send a group back to the café's). Operators are
// told these are for managers.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard, type Middleware } from "grammy";
import type { Config } from "../../config/index.js";
import { businessDate, businessTime } from "../../domain/dates.js";
import { parseKesInput } from "../../domain/money.js";
import { chargeKes, parseWindowsInput, TARIFF_LIMITS, type Rounding, type Tariff, type TariffWindow } from "../../domain/tariff.js";
import type { Services } from "../../services/index.js";
import type { OpenInvite, Staff, StaffRole } from "../../services/staff.js";
import type { CurrentTariff, GroupTariff } from "../../services/tariff.js";
import { texts } from "../../texts/index.js";
import { callbackData } from "../../texts/callback-data.js";
import { askChoice, askText, type Parsed } from "../conversations/ask.js";
import { enterConversation, type ConversationName } from "../conversations/enter.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import { inviteText, markup, replaceWith, type View } from "../views.js";
import { commandMenus } from "./access.js";

const t = texts.manager;

export const TARIFF_CONVERSATION: ConversationName = "tariff-change";

/** Callback data of the managers' buttons: ids only, each press re-reads the current state. */
export const managerCallback = {
  invite: (role: StaffRole) => `invite:${role}`,
  deactivate: (staffId: number) => `staff:deactivate:${staffId}`,
  confirmDeactivate: (staffId: number) => `staff:confirm:${staffId}`,
  reactivate: (staffId: number) => `staff:reactivate:${staffId}`,
  confirmReactivate: (staffId: number) => `staff:back:${staffId}`,
  staffList: "staff:list",
  revokeInvite: (inviteId: number) => `invites:revoke:${inviteId}`,
  changeTariff: "tariff:change",
  changeGroupTariff: (groupId: number) => `tariff:change:${groupId}`,
  clearGroupTariff: (groupId: number) => `tariff:clear:${groupId}`,
};

const managerPattern = {
  invite: /^invite:(OPERATOR|MANAGER)$/,
  deactivate: /^staff:deactivate:(\d+)$/,
  confirmDeactivate: /^staff:confirm:(\d+)$/,
  reactivate: /^staff:reactivate:(\d+)$/,
  confirmReactivate: /^staff:back:(\d+)$/,
  staffList: /^staff:list$/,
  revokeInvite: /^invites:revoke:(\d+)$/,
  changeTariff: /^tariff:change(?::(\d+))?$/,
  clearGroupTariff: /^tariff:clear:(\d+)$/,
};

const ROUNDINGS: readonly Rounding[] = ["HALF_UP", "UP", "DOWN"];
/** Durations the confirmation prices with the new tariff, so the manager sees its effect. */
const EXAMPLE_SECONDS = [10 * 60, 70 * 60];

/** True for managers; anyone else is told the command is for managers. */
export async function isManager(ctx: BotContext): Promise<boolean> {
  if (ctx.staff.role === "MANAGER") return true;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: texts.managersOnly, show_alert: true });
  else await ctx.reply(texts.managersOnly);
  return false;
}

function staffView(staff: Staff[], meId: number, notice?: string): View {
  const lines = staff.map((person) => t.staff.item({ name: person.name, role: person.role, active: person.active, you: person.id === meId }));
  const keyboard = new InlineKeyboard();
  for (const person of staff) {
    if (person.id === meId) continue;
    if (person.active) keyboard.text(t.staff.deactivateButton(person.name), managerCallback.deactivate(person.id)).row();
    else keyboard.text(t.staff.reactivateButton(person.name), managerCallback.reactivate(person.id)).row();
  }
  return { text: [...(notice ? [notice, ""] : []), t.staff.header(staff.length), ...lines].join("\n"), keyboard };
}

function invitesView(invites: OpenInvite[], when: (instant: Date) => string, notice?: string): View {
  const lines = invites.map((invite, index) => t.invites.item({ number: index + 1, role: invite.role, by: invite.createdBy?.name ?? null, until: when(invite.expiresAt) }));
  const keyboard = new InlineKeyboard();
  invites.forEach((invite, index) => keyboard.text(t.invites.revokeButton(index + 1, invite.role), managerCallback.revokeInvite(invite.id)).row());
  return { text: [...(notice ? [notice, ""] : []), t.invites.header(invites.length), ...lines].join("\n"), keyboard };
}

/** Whole shillings as people type them: "60", "1,000", "KES 60", "60/=". */
function parseWholeKes(max: number, problem: string) {
  return (text: string | null): Parsed<number> => {
    const value = text === null ? null : parseKesInput(text, { max });
    return value === null ? { ok: false, problem } : { ok: true, value };
  };
}

function tariffView(cafe: CurrentTariff, groups: GroupTariff[], when: (instant: Date) => string, notice?: string): View {
  const keyboard = new InlineKeyboard().text(t.tariff.changeButton, managerCallback.changeTariff).row();
  for (const group of groups) {
    keyboard.text(t.tariff.changeGroupButton(group.name), managerCallback.changeGroupTariff(group.groupId)).row();
    if (group.tariff) keyboard.text(t.tariff.clearGroupButton(group.name), managerCallback.clearGroupTariff(group.groupId)).row();
  }
  const groupLines = groups.map((group) => t.tariff.group(group.name, group.tariff && { ...group.tariff, changedAt: when(group.tariff.changedAt) }));
  const text = [notice, t.tariff.current({ ...cafe, changedAt: cafe.changedAt ? when(cafe.changedAt) : null }), ...groupLines].filter((part) => part !== undefined).join("\n\n");
  return { text, keyboard };
}

/** The tariff conversation, for the café (`groupId` null) or a group. */
function tariffConversation(services: Services) {
  return async function (conversation: BotConversation, ctx: ConversationContext, staffId: number, groupId: number | null = null): Promise<void> {
    const current = await conversation.external(async () => {
      const group = groupId === null ? null : await services.tariff.groupTariff(groupId);
      // A group with no tariff of its own starts from the café's.
      const tariff = group?.tariff ?? (await services.tariff.currentTariff());
      const basedOnId = groupId === null ? tariff.id : (group?.tariff?.id ?? null);
      return { basedOnId, group: group?.name ?? null, ratePerHourKes: tariff.ratePerHourKes, minimumChargeKes: tariff.minimumChargeKes, rounding: tariff.rounding, windows: tariff.windows };
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
    for (const rule of ROUNDINGS) roundingKeyboard.text(t.tariff.roundingButton[rule], callbackData.choice(rule));
    const rounding = await askChoice(conversation, minimum.ctx, t.tariff.askRounding, roundingKeyboard, ROUNDINGS);

    const proposal: Tariff = { ratePerHourKes: rate.value, minimumChargeKes: minimum.value, rounding: rounding.value, windows: windows.value };
    const examples = EXAMPLE_SECONDS.map((seconds) => ({ seconds, amountKes: chargeKes(seconds, proposal) }));
    const saveOrDiscard = new InlineKeyboard().text(t.tariff.saveButton, callbackData.choice("save")).text(t.tariff.discardButton, callbackData.choice("discard"));
    const answer = await askChoice(conversation, rounding.ctx, t.tariff.confirm(proposal, examples, current.group), saveOrDiscard, ["save", "discard"] as const);
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

export function managerHandlers(services: Services, config: Config): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const when = (instant: Date) => t.at(texts.format.date(businessDate(instant, config.service.timezone)), businessTime(instant, config.service.timezone));

  // /invite: pick the role, get a one-time link.
  composer.command("invite", async (ctx) => {
    if (!(await isManager(ctx))) return;
    const keyboard = new InlineKeyboard()
      .text(t.invite.roleButton.OPERATOR, managerCallback.invite("OPERATOR"))
      .text(t.invite.roleButton.MANAGER, managerCallback.invite("MANAGER"));
    await ctx.reply(t.invite.askRole, { reply_markup: keyboard });
  });

  composer.callbackQuery(managerPattern.invite, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const role = ctx.match[1] as StaffRole;
    const invite = await services.staff.createInvite(ctx.staff.id, role);
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, { text: inviteText(role, ctx.me.username, invite, config.service.timezone) });
  });

  // /invites: the links nobody has used yet, with a Revoke button each.
  composer.command("invites", async (ctx) => {
    if (!(await isManager(ctx))) return;
    const view = invitesView(await services.staff.listOpenInvites(), when);
    await ctx.reply(view.text, markup(view.keyboard));
  });

  composer.callbackQuery(managerPattern.revokeInvite, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const notice = (await services.staff.revokeInvite(Number(ctx.match[1]))) ? t.invites.revoked : t.invites.gone;
    await ctx.answerCallbackQuery({ text: notice });
    await replaceWith(ctx, invitesView(await services.staff.listOpenInvites(), when, notice));
  });

  // /staff: the list, with a Deactivate button for each active person but yourself, and a Reactivate
  // button for each deactivated one.
  composer.command("staff", async (ctx) => {
    if (!(await isManager(ctx))) return;
    const view = staffView(await services.staff.listStaff(), ctx.staff.id);
    await ctx.reply(view.text, markup(view.keyboard));
  });

  const showList = async (ctx: BotContext, notice?: string) => replaceWith(ctx, staffView(await services.staff.listStaff(), ctx.staff.id, notice));

  composer.callbackQuery(managerPattern.staffList, async (ctx) => {
    if (!(await isManager(ctx))) return;
    await ctx.answerCallbackQuery();
    await showList(ctx);
  });

  composer.callbackQuery(managerPattern.deactivate, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const person = await services.staff.getStaff(Number(ctx.match[1]));
    let refusal: string | null = null;
    if (!person) refusal = t.staff.notFound;
    else if (person.id === ctx.staff.id) refusal = t.staff.self;
    else if (!person.active) refusal = t.staff.alreadyInactive(person.name);
    if (refusal !== null || !person) {
      await ctx.answerCallbackQuery({ text: refusal ?? t.staff.notFound });
      return showList(ctx, refusal ?? undefined);
    }
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, {
      text: t.staff.confirmDeactivate(person.name, person.role),
      keyboard: new InlineKeyboard().text(t.staff.confirmButton, managerCallback.confirmDeactivate(person.id)).text(t.staff.keepButton, managerCallback.staffList),
    });
  });

  composer.callbackQuery(managerPattern.confirmDeactivate, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const staffId = Number(ctx.match[1]);
    const result = await services.staff.deactivateStaff(ctx.staff.id, staffId);
    let notice: string;
    if (result.ok) {
      notice = t.staff.deactivated(result.staff.name, result.revokedInvites);
      // A former manager's chat falls back to the default (operators') command menu.
      if (result.staff.role === "MANAGER") {
        await ctx.api.deleteMyCommands({ scope: { type: "chat", chat_id: Number(result.staff.telegramId) } }).catch(() => undefined);
      }
    } else if (result.reason === "self") notice = t.staff.self;
    else if (result.reason === "not_found") notice = t.staff.notFound;
    else {
      const person = await services.staff.getStaff(staffId);
      notice = person ? t.staff.alreadyInactive(person.name) : t.staff.notFound;
    }
    await ctx.answerCallbackQuery({ text: notice });
    await showList(ctx, notice);
  });

  composer.callbackQuery(managerPattern.reactivate, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const person = await services.staff.getStaff(Number(ctx.match[1]));
    if (!person || person.active) {
      const refusal = person ? t.staff.alreadyActive(person.name) : t.staff.notFound;
      await ctx.answerCallbackQuery({ text: refusal });
      return showList(ctx, refusal);
    }
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, {
      text: t.staff.confirmReactivate(person.name, person.role),
      keyboard: new InlineKeyboard().text(t.staff.confirmReactivateButton, managerCallback.confirmReactivate(person.id)).text(t.staff.keepOutButton, managerCallback.staffList),
    });
  });

  composer.callbackQuery(managerPattern.confirmReactivate, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const staffId = Number(ctx.match[1]);
    const result = await services.staff.reactivateStaff(staffId);
    let notice: string;
    if (result.ok) {
      notice = t.staff.reactivated(result.staff.name);
      if (result.staff.role === "MANAGER") {
        await ctx.api.setMyCommands(commandMenus().manager, { scope: { type: "chat", chat_id: Number(result.staff.telegramId) } }).catch(() => undefined);
      }
    } else if (result.reason === "not_found") notice = t.staff.notFound;
    else {
      const person = await services.staff.getStaff(staffId);
      notice = person ? t.staff.alreadyActive(person.name) : t.staff.notFound;
    }
    await ctx.answerCallbackQuery({ text: notice });
    await showList(ctx, notice);
  });

  // /tariff: what is charged now, the café's and each group's, with a Change button for each and a
  // button sending a group with its own tariff back to the café's.
  const currentTariffView = async (notice?: string) => tariffView(await services.tariff.currentTariff(), await services.tariff.groupTariffs(), when, notice);

  composer.command("tariff", async (ctx) => {
    if (!(await isManager(ctx))) return;
    const view = await currentTariffView();
    await ctx.reply(view.text, markup(view.keyboard));
  });

  composer.callbackQuery(managerPattern.changeTariff, async (ctx) => {
    if (!(await isManager(ctx))) return;
    await ctx.answerCallbackQuery();
    await enterConversation(ctx, TARIFF_CONVERSATION, ctx.staff.id, ctx.match[1] === undefined ? null : Number(ctx.match[1]));
  });

  composer.callbackQuery(managerPattern.clearGroupTariff, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const group = await services.tariff.groupTariff(Number(ctx.match[1]));
    const notice = group && (await services.tariff.clearGroupTariff(group.groupId)) ? t.tariff.groupCleared(group.name) : t.tariff.groupGone;
    await ctx.answerCallbackQuery({ text: notice });
    await replaceWith(ctx, await currentTariffView(notice));
  });

  return composer;
}

export function managerConversations(services: Services): Middleware<BotContext>[] {
  return [createConversation(tariffConversation(services), TARIFF_CONVERSATION)];
}
