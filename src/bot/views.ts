// What people see, as text and buttons, and how it is shown: shared by the features (and by
// `npm run invite` for an invite's link).
import { GrammyError, type Context, type InlineKeyboard } from "grammy";
import type { StaffRole } from "../services/staff.js";
import { texts } from "../texts/index.js";

export interface View {
  text: string;
  keyboard?: InlineKeyboard;
}

/** The link that opens the bot with `/start <code>`: how an invite reaches the person it is for. */
export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}

/** What the maker of an invite reads (in the bot, or from `npm run invite`): the link, for whom, until when. */
export function inviteText(role: StaffRole, botUsername: string, invite: { code: string; expiresAt: Date }, timeZone: string): string {
  return texts.manager.invite.link(role, inviteLink(botUsername, invite.code), texts.manager.at(invite.expiresAt, timeZone));
}

/** An inline keyboard with at least one button, or nothing (Telegram wants no empty keyboards). */
export function markup(keyboard: InlineKeyboard | undefined): { reply_markup?: InlineKeyboard } {
  return keyboard && keyboard.inline_keyboard.some((row) => row.length > 0) ? { reply_markup: keyboard } : {};
}

/** Replaces the message the pressed button is on; an identical view (a double tap) is not an error. */
export async function replaceWith(ctx: Context, view: View): Promise<void> {
  try {
    await ctx.editMessageText(view.text, { ...markup(view.keyboard), link_preview_options: { is_disabled: true } });
  } catch (error) {
    if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
    throw error;
  }
}

/** A view about a prompt sent to the built-in simulator says so; others are left as they are. */
export function simulatedIf(simulated: boolean, view: View): View {
  return simulated ? { ...view, text: texts.simulated(view.text) } : view;
}
