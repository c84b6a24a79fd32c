// What managers read in /computers, and how lists of computers are written everywhere. English; part
// of the catalogue in en.ts (section `computers`).
import {
  COMPUTER_NAME_MAX_LENGTH,
  GROUP_NAME_MAX_LENGTH,
  MAX_COMPUTERS_AT_ONCE,
  nameRuns,
  type ComputerNameProblem,
  type ComputerNamesProblem,
} from "../domain/computers.js";

/** PC-1, PC-2, PC-3, PC-7, PC-8 → "PC-1–PC-3, PC-7, PC-8". */
export function computerList(names: readonly string[]): string {
  return nameRuns(names)
    .map(({ first, last, count }) => (count === 1 ? first : count === 2 ? `${first}, ${last}` : `${first}–${last}`))
    .join(", ");
}

const nameProblem: Record<ComputerNameProblem, string> = {
  empty: "Type the computer's name, e.g. PC-4.",
  too_long: `A computer's name is at most ${COMPUTER_NAME_MAX_LENGTH} characters, e.g. PC-4.`,
  bad_characters: "A computer's name is letters and digits (spaces or hyphens between them are fine), e.g. PC-4.",
};

export const computerTexts = {
  nameProblem,
  namesProblem: {
    ...nameProblem,
    empty: "Type a name (PC-4), several (PC-4, PC-5) or a range (PC-1..PC-20).",
    bad_range: "A range goes up from one number to another with the same name before it, e.g. PC-1..PC-20.",
    too_many: `At most ${MAX_COMPUTERS_AT_ONCE} computers at once.`,
  } satisfies Record<ComputerNamesProblem, string>,
  groupNameProblem: {
    empty: "Type the group's name, e.g. Gaming.",
    too_long: `A group's name is at most ${GROUP_NAME_MAX_LENGTH} characters.`,
    bad_characters: "A group's name is letters, digits and spaces, e.g. Gaming.",
  } satisfies Record<ComputerNameProblem, string>,

  header: (count: number) =>
    count === 0
      ? "No computers are listed yet. Add them, one or a whole range (PC-1..PC-20): /new then offers the free ones, and /sessions shows them all."
      : `Computers (${count}):`,
  /** `group` null: the computers in no group. */
  groupLine: (group: string | null, names: readonly string[]) => `• ${group ? `${group} (${names.length}): ` : ""}${computerList(names)}`,
  outOfOrderLine: (names: readonly string[]) => `🔧 Out of order: ${computerList(names)}`,
  retiredLine: (names: readonly string[]) => `Retired: ${computerList(names)} (adding a name again brings it back)`,
  tapHint: "Tap a computer to rename it, put it in a group, mark it out of order or retire it.",
  computerButton: (name: string, outOfOrder: boolean) => (outOfOrder ? `🔧 ${name}` : name),
  addButton: "➕ Add computers",
  previousPage: "◀️ Back",
  nextPage: "Next ▶️",

  card: (c: { name: string; group: string | null; outOfOrder: boolean; session: { customerName: string; since: string } | null }) =>
    [
      `🖥 ${c.name}${c.group ? ` · ${c.group}` : ""}`,
      c.session ? `In use: ${c.session.customerName} since ${c.session.since}.` : c.outOfOrder ? "" : "Free.",
      c.outOfOrder ? "🔧 Out of order: not offered for new sessions." : "",
    ]
      .filter(Boolean)
      .join("\n"),
  renameButton: "✏️ Rename",
  groupButton: "🗂 Group",
  outOfOrderButton: "🔧 Out of order",
  backInOrderButton: "✅ Back in order",
  retireButton: "🗑 Retire",
  allButton: "◀️ All computers",

  askNames: "Which computers? Type a name (PC-4), several (PC-4, PC-5) or a range (PC-1..PC-20).",
  askGroup: (names: readonly string[]) => `Put ${computerList(names)} in a group?`,
  noGroupButton: "No group",
  newGroupButton: "➕ New group",
  askGroupName: "Name of the new group? (e.g. Gaming)",
  added: (r: { added: readonly string[]; restored: readonly string[]; already: readonly string[] }, group: string | null) =>
    [
      r.added.length > 0 ? `✅ Added: ${computerList(r.added)}${group ? ` (${group})` : ""}.` : "",
      r.restored.length > 0 ? `♻️ Brought back: ${computerList(r.restored)}.` : "",
      r.already.length > 0 ? `Already listed, left as they were: ${computerList(r.already)}.` : "",
    ]
      .filter(Boolean)
      .join("\n"),

  askRename: (name: string) => `New name for ${name}?`,
  renamed: (from: string, to: string) => (from === to ? `${to} keeps its name.` : `✅ ${from} is now ${to}.`),
  nameTaken: (name: string, retired: boolean) =>
    retired
      ? `${name} is the name of a retired computer: to use that one again, add ${name} in /computers. Type another name, or /cancel.`
      : `There is already a computer named ${name}. Type another name, or /cancel.`,
  moved: (name: string, group: string | null) => (group ? `✅ ${name} is in ${group}.` : `✅ ${name} is in no group.`),
  markedOutOfOrder: (name: string) => `🔧 ${name} is out of order: it is not offered for new sessions until it is back in order.`,
  markedBackInOrder: (name: string) => `✅ ${name} is back in order.`,
  confirmRetire: (name: string) => `Retire ${name}? It is no longer offered or listed; its past sessions keep its name. Adding ${name} again brings it back.`,
  confirmRetireButton: "🗑 Yes, retire",
  keepButton: "↩️ No, keep it",
  retired: (name: string) => `🗑 ${name} is retired.`,
  retireBusy: (name: string, customerName: string) => `${name} is in use (${customerName}): end that session first, then retire it.`,
  notFound: "That computer is no longer listed.",
};
