// The command menus Telegram shows, in the reader's language: operators' commands for everyone (in the
// café's default language, and in Kiswahili for Telegram apps in Kiswahili), and in their own chat
// managers' commands, or an operator's in the language they chose.
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import { isLocale, localeOf, type Locale } from "../domain/locale.js";
import type { Staff } from "../services/staff.js";
import { inLocale } from "../texts/i18n.js";
import { texts } from "../texts/index.js";

export function commandMenus(): { operator: BotCommand[]; manager: BotCommand[] } {
  const c = texts.commands;
  const operator: BotCommand[] = [
    { command: "new", description: c.new },
    { command: "sessions", description: c.sessions },
    { command: "pay", description: c.pay },
    { command: "payments", description: c.payments },
    { command: "unpaid", description: c.unpaid },
    { command: "unplaced", description: c.unplaced },
    { command: "customers", description: c.customers },
    { command: "shift", description: c.shift },
    { command: "language", description: texts.language.command },
    { command: "help", description: c.help },
    { command: "cancel", description: c.cancel },
  ];
  const manager: BotCommand[] = [
    ...operator,
    { command: "invite", description: c.invite },
    { command: "invites", description: c.invites },
    { command: "staff", description: c.staff },
    { command: "tariff", description: c.tariff },
    { command: "computers", description: c.computers },
    { command: "report", description: c.report },
    { command: "export", description: c.export },
    { command: "audit", description: c.audit },
  ];
  return { operator, manager };
}

/** Whether a staff member's chat has a menu of its own: a manager's, or an operator's in a language they chose. */
export function hasOwnMenu(staff: Pick<Staff, "role" | "language">): boolean {
  return staff.role === "MANAGER" || isLocale(staff.language);
}

/** Shows a staff member their menu in their chat, or (none of their own) the general one. */
export async function showMenuOf(api: Api, staff: Pick<Staff, "telegramId" | "role" | "language">, defaultLocale: Locale): Promise<void> {
  const scope = { type: "chat", chat_id: Number(staff.telegramId) } as const;
  if (!hasOwnMenu(staff)) {
    await api.deleteMyCommands({ scope });
    return;
  }
  const menus = inLocale(localeOf(staff.language, defaultLocale), commandMenus);
  await api.setMyCommands(staff.role === "MANAGER" ? menus.manager : menus.operator, { scope });
}

/**
 * Sets every menu at start-up: the general one in the café's language and in Kiswahili for Telegram apps
 * in Kiswahili, then the chats' own (`staff`: the active staff).
 */
export async function registerCommands(api: Api, staff: readonly Pick<Staff, "telegramId" | "role" | "language">[], defaultLocale: Locale): Promise<void> {
  await api.setMyCommands(inLocale(defaultLocale, commandMenus).operator);
  await api.setMyCommands(inLocale("sw", commandMenus).operator, { language_code: "sw" });
  for (const person of staff) if (hasOwnMenu(person)) await showMenuOf(api, person, defaultLocale);
}
