// Managers' staff commands: /invite (one-time join links), /invites (links not used yet; revoke one)
// and /staff (who is staff; make someone a manager or an operator, deactivate or reactivate someone).
// Operators are told these are for managers.
import { InlineKeyboard } from "grammy";
import type { OpenInvite, Staff, StaffRole } from "../../services/staff.js";
import { texts } from "../../texts/index.js";
import { callbackData, int, oneOf } from "../callback-data.js";
import { hasOwnMenu, showMenuOf } from "../commands.js";
import type { BotContext } from "../context.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { ManagersOnly } from "../managers-only.js";
import { inviteText, markup, replaceWith, type View } from "../views.js";

const t = texts.manager;

/** The managers' buttons: ids only, each press re-reads the current state. */
export const inviteRole = callbackData("invite", { role: oneOf("OPERATOR", "MANAGER") });
const deactivate = callbackData("staff:deactivate", { staffId: int });
export const confirmDeactivate = callbackData("staff:confirm", { staffId: int });
const reactivate = callbackData("staff:reactivate", { staffId: int });
export const confirmReactivate = callbackData("staff:back", { staffId: int });
/** `from`: the role the manager saw; the press changes it only while it is still that. */
const changeRole = callbackData("staff:role", { staffId: int, from: oneOf("OPERATOR", "MANAGER") });
export const confirmRole = callbackData("staff:role-ok", { staffId: int, from: oneOf("OPERATOR", "MANAGER") });
const staffList = callbackData("staff:list");
export const revokeInvite = callbackData("invites:revoke", { inviteId: int });

const otherRole = (role: StaffRole): StaffRole => (role === "MANAGER" ? "OPERATOR" : "MANAGER");

function staffView(staff: Staff[], meId: number, notice?: string): View {
  const lines = staff.map((person) => t.staff.item({ name: person.name, role: person.role, active: person.active, you: person.id === meId }));
  const keyboard = new InlineKeyboard();
  for (const person of staff) {
    if (person.active) keyboard.text(t.staff.roleButton(person.name, otherRole(person.role)), changeRole.pack({ staffId: person.id, from: person.role }));
    if (person.id !== meId) {
      if (person.active) keyboard.text(t.staff.deactivateButton(person.name), deactivate.pack({ staffId: person.id }));
      else keyboard.text(t.staff.reactivateButton(person.name), reactivate.pack({ staffId: person.id }));
    }
    keyboard.row();
  }
  return { text: [...(notice ? [notice, ""] : []), t.staff.header(staff.length), ...lines].join("\n"), keyboard };
}

function invitesView(invites: OpenInvite[], when: (instant: Date) => string, notice?: string): View {
  const lines = invites.map((invite, index) =>
    t.invites.item({ number: index + 1, role: invite.role, by: invite.createdBy?.name ?? null, until: when(invite.expiresAt) }),
  );
  const keyboard = new InlineKeyboard();
  invites.forEach((invite, index) => keyboard.text(t.invites.revokeButton(index + 1, invite.role), revokeInvite.pack({ inviteId: invite.id })).row());
  return { text: [...(notice ? [notice, ""] : []), t.invites.header(invites.length), ...lines].join("\n"), keyboard };
}

export function staffFeature({ services, config }: FeatureDeps): Feature {
  const managers = new ManagersOnly();
  const timeZone = config.service.timezone;
  const when = (instant: Date) => t.at(instant, timeZone);

  // /invite: pick the role, get a one-time link.
  managers.command("invite", async (ctx) => {
    const keyboard = new InlineKeyboard()
      .text(t.invite.roleButton.OPERATOR, inviteRole.pack({ role: "OPERATOR" }))
      .text(t.invite.roleButton.MANAGER, inviteRole.pack({ role: "MANAGER" }));
    await ctx.reply(t.invite.askRole, { reply_markup: keyboard });
  });

  managers.callbackQuery(inviteRole, async (ctx) => {
    const { role } = inviteRole.unpack(ctx.callbackQuery.data);
    const invite = await services.staff.createInvite(ctx.staff.id, role);
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, { text: inviteText(role, ctx.me.username, invite, timeZone) });
  });

  // /invites: the links nobody has used yet, with a Revoke button each.
  managers.command("invites", async (ctx) => {
    const view = invitesView(await services.staff.listOpenInvites(), when);
    await ctx.reply(view.text, markup(view.keyboard));
  });

  managers.callbackQuery(revokeInvite, async (ctx) => {
    const notice = (await services.staff.revokeInvite(revokeInvite.unpack(ctx.callbackQuery.data).inviteId)) ? t.invites.revoked : t.invites.gone;
    await ctx.answerCallbackQuery({ text: notice });
    await replaceWith(ctx, invitesView(await services.staff.listOpenInvites(), when, notice));
  });

  // /staff: the list, with a Deactivate button for each active person but yourself, and a Reactivate
  // button for each deactivated one.
  managers.command("staff", async (ctx) => {
    const view = staffView(await services.staff.listStaff(), ctx.staff.id);
    await ctx.reply(view.text, markup(view.keyboard));
  });

  const showList = async (ctx: BotContext, notice?: string) => replaceWith(ctx, staffView(await services.staff.listStaff(), ctx.staff.id, notice));

  managers.callbackQuery(staffList, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showList(ctx);
  });

  managers.callbackQuery(deactivate, async (ctx) => {
    const person = await services.staff.getStaff(deactivate.unpack(ctx.callbackQuery.data).staffId);
    const refusal = !person ? t.staff.notFound : person.id === ctx.staff.id ? t.staff.self : !person.active ? t.staff.alreadyInactive(person.name) : null;
    if (refusal !== null || !person) {
      await ctx.answerCallbackQuery({ text: refusal ?? t.staff.notFound });
      return showList(ctx, refusal ?? undefined);
    }
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, {
      text: t.staff.confirmDeactivate(person.name, person.role),
      keyboard: new InlineKeyboard().text(t.staff.confirmButton, confirmDeactivate.pack({ staffId: person.id })).text(t.staff.keepButton, staffList.pack()),
    });
  });

  managers.callbackQuery(confirmDeactivate, async (ctx) => {
    const { staffId } = confirmDeactivate.unpack(ctx.callbackQuery.data);
    const result = await services.staff.deactivateStaff(ctx.staff.id, staffId);
    let notice: string;
    if (result.ok) {
      notice = t.staff.deactivated(result.staff.name, result.revokedInvites);
      if (result.closedShift) notice += `\n${t.staff.shiftClosedUncounted(result.staff.name, result.closedShift.expectedKes)}`;
      // Someone off the staff has no commands: their chat falls back to the general menu.
      if (hasOwnMenu(result.staff)) {
        await ctx.api.deleteMyCommands({ scope: { type: "chat", chat_id: Number(result.staff.telegramId) } }).catch(() => undefined);
      }
    } else if (result.reason === "self") notice = t.staff.self;
    else if (result.reason === "not_found") notice = t.staff.notFound;
    else if (result.reason === "last_manager") notice = t.staff.lastManager;
    else {
      const person = await services.staff.getStaff(staffId);
      notice = person ? t.staff.alreadyInactive(person.name) : t.staff.notFound;
    }
    await ctx.answerCallbackQuery({ text: notice });
    await showList(ctx, notice);
  });

  managers.callbackQuery(changeRole, async (ctx) => {
    const { staffId, from } = changeRole.unpack(ctx.callbackQuery.data);
    const person = await services.staff.getStaff(staffId);
    const refusal = !person ? t.staff.notFound : !person.active || person.role !== from ? t.staff.roleStale(person.name, person.role, person.active) : null;
    if (refusal !== null || !person) {
      await ctx.answerCallbackQuery({ text: refusal ?? t.staff.notFound });
      return showList(ctx, refusal ?? undefined);
    }
    const to = otherRole(from);
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, {
      text: t.staff.confirmRole(person.name, to, person.id === ctx.staff.id),
      keyboard: new InlineKeyboard().text(t.staff.confirmRoleButton(to), confirmRole.pack({ staffId, from })).text(t.staff.keepOutButton, staffList.pack()),
    });
  });

  managers.callbackQuery(confirmRole, async (ctx) => {
    const { staffId, from } = confirmRole.unpack(ctx.callbackQuery.data);
    const result = await services.staff.changeRole(ctx.staff.id, staffId, from);
    const self = staffId === ctx.staff.id;
    let notice: string;
    if (result.ok) {
      notice = t.staff.roleChanged(result.staff.name, result.staff.role, self);
      // A former manager's chat falls back to the operators' menu (the general one, or in the language they chose).
      await showMenuOf(ctx.api, result.staff, config.service.defaultLocale).catch(() => undefined);
    } else if (result.reason === "stale") notice = t.staff.roleStale(result.staff.name, result.staff.role, result.staff.active);
    else notice = result.reason === "last_manager" ? t.staff.lastManager : t.staff.notFound;
    await ctx.answerCallbackQuery({ text: notice });
    // Someone who made themselves an operator has no use for the managers' list any more.
    if (result.ok && self) return replaceWith(ctx, { text: notice });
    await showList(ctx, notice);
  });

  managers.callbackQuery(reactivate, async (ctx) => {
    const person = await services.staff.getStaff(reactivate.unpack(ctx.callbackQuery.data).staffId);
    if (!person || person.active) {
      const refusal = person ? t.staff.alreadyActive(person.name) : t.staff.notFound;
      await ctx.answerCallbackQuery({ text: refusal });
      return showList(ctx, refusal);
    }
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, {
      text: t.staff.confirmReactivate(person.name, person.role),
      keyboard: new InlineKeyboard()
        .text(t.staff.confirmReactivateButton, confirmReactivate.pack({ staffId: person.id }))
        .text(t.staff.keepOutButton, staffList.pack()),
    });
  });

  managers.callbackQuery(confirmReactivate, async (ctx) => {
    const { staffId } = confirmReactivate.unpack(ctx.callbackQuery.data);
    const result = await services.staff.reactivateStaff(ctx.staff.id, staffId);
    let notice: string;
    if (result.ok) {
      notice = t.staff.reactivated(result.staff.name);
      if (hasOwnMenu(result.staff)) await showMenuOf(ctx.api, result.staff, config.service.defaultLocale).catch(() => undefined);
    } else if (result.reason === "not_found") notice = t.staff.notFound;
    else {
      const person = await services.staff.getStaff(staffId);
      notice = person ? t.staff.alreadyActive(person.name) : t.staff.notFound;
    }
    await ctx.answerCallbackQuery({ text: notice });
    await showList(ctx, notice);
  });

  return { handlers: managers };
}
