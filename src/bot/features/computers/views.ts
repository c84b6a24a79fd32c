// /computers' list and a computer's card, with their buttons.
import { InlineKeyboard } from "grammy";
import { namesByGroup } from "../../../domain/computers.js";
import type { Computer } from "../../../services/computers.js";
import { texts } from "../../../texts/index.js";
import { callbackData, int, oneOf } from "../../callback-data.js";
import type { View } from "../../views.js";

const t = texts.computers;

/** Computer buttons on one page of the list (Telegram takes up to 100 buttons in a message). */
const COMPUTERS_PAGE_SIZE = 40;
const BUTTONS_PER_ROW = 4;

/** /computers' buttons: ids only, each press re-reads the computer. */
export const listPage = callbackData("pc:list", { page: int });
export const openComputer = callbackData("pc:open", { computerId: int });
export const addComputers = callbackData("pc:add");
export const renameComputer = callbackData("pc:rename", { computerId: int });
export const groupComputer = callbackData("pc:group", { computerId: int });
/** Out of order ("broken") or back in order ("fixed"). */
export const setOrder = callbackData("pc", { state: oneOf("broken", "fixed"), computerId: int });
export const retireComputer = callbackData("pc:retire", { computerId: int });
export const confirmRetire = callbackData("pc:retired", { computerId: int });

export const backToList = () => new InlineKeyboard().text(t.allButton, listPage.pack({ page: 0 }));

export function listView(computers: Computer[], retired: string[], requestedPage: number, notice?: string): View {
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
  const keyboard = InlineKeyboard.from([
    shown.map((computer) => InlineKeyboard.text(t.computerButton(computer.name, computer.outOfOrder), openComputer.pack({ computerId: computer.id }))),
  ]).toFlowed(BUTTONS_PER_ROW);
  const turns = [
    ...(page > 0 ? [InlineKeyboard.text(t.previousPage, listPage.pack({ page: page - 1 }))] : []),
    ...(page < pages - 1 ? [InlineKeyboard.text(t.nextPage, listPage.pack({ page: page + 1 }))] : []),
  ];
  if (turns.length > 0) keyboard.row(...turns);
  keyboard.row(InlineKeyboard.text(t.addButton, addComputers.pack()));
  return { text, keyboard };
}

export function cardView(computer: Computer, clock: (date: Date) => string, notice?: string): View {
  const session = computer.session ? { customerName: computer.session.customerName, since: clock(computer.session.startedAt) } : null;
  const text = [
    ...(notice ? [notice, ""] : []),
    t.card({ name: computer.name, group: computer.group?.name ?? null, outOfOrder: computer.outOfOrder, session }),
  ].join("\n");
  const keyboard = new InlineKeyboard()
    .text(t.renameButton, renameComputer.pack({ computerId: computer.id }))
    .text(t.groupButton, groupComputer.pack({ computerId: computer.id }))
    .row()
    .text(
      computer.outOfOrder ? t.backInOrderButton : t.outOfOrderButton,
      setOrder.pack({ state: computer.outOfOrder ? "fixed" : "broken", computerId: computer.id }),
    )
    .text(t.retireButton, retireComputer.pack({ computerId: computer.id }))
    .row()
    .text(t.allButton, listPage.pack({ page: 0 }));
  return { text, keyboard };
}
