// The command menus Telegram shows: operators' commands for everyone, managers' in their chats.
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
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

/** Shows a manager the managers' menu in their chat. */
export function showManagerMenu(api: Api, chatId: number): Promise<true> {
  return api.setMyCommands(commandMenus().manager, { scope: { type: "chat", chat_id: chatId } });
}
