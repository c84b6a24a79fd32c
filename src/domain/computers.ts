// The café's computers by name. A name is written one way, whatever way it is typed: letters
// upper-case, runs of letters and runs of digits joined by one hyphen ("pc 15", "PC15", "Pc-15" are
// all "PC-15"). A bare number is the computer of that number when all the café's names share one
// prefix ("15" is "PC-15" when the names are PC-1…PC-20). No I/O.

export const COMPUTER_NAME_MAX_LENGTH = 20;
export const GROUP_NAME_MAX_LENGTH = 30;
/** The most computers one "PC-1..PC-20" adds at once. */
export const MAX_COMPUTERS_AT_ONCE = 100;

export type ComputerNameProblem = "empty" | "too_long" | "bad_characters";
export type ComputerNamesProblem = ComputerNameProblem | "bad_range" | "too_many";

export type NameResult = { ok: true; name: string } | { ok: false; problem: ComputerNameProblem };

/** What may be typed: letters, digits 0-9, and spaces, hyphens, dots, underscores or # between them. */
const ALLOWED = /^[\p{L}0-9 ._#-]+$/u;
const SEPARATORS = /[ ._#-]+/g;
const TOKENS = /\p{L}+|[0-9]+/gu;
/** Longer input is refused before it is looked at. */
const MAX_INPUT_LENGTH = 64;

/** "PC-15" → { prefix: "PC", number: "15" }; "15" → { prefix: "", number: "15" }; "GAMING" → null. */
function splitNumber(name: string): { prefix: string; number: string } | null {
  const [, prefix = "", number] = /^(?:(.*)-)?([0-9]+)$/.exec(name) ?? [];
  return number === undefined ? null : { prefix, number };
}

/** The prefix every name shares before its number ("PC" for PC-1…PC-20), or null if they do not. */
export function sharedPrefix(names: readonly string[]): string | null {
  let prefix: string | null = null;
  for (const name of names) {
    const split = splitNumber(name);
    if (!split || split.prefix === "" || (prefix !== null && split.prefix !== prefix)) return null;
    prefix = split.prefix;
  }
  return prefix;
}

/**
 * The name of a computer as stored and shown. `known` are the names of the café's computers: a bare
 * number takes their shared prefix.
 */
export function normaliseComputerName(text: string, known: readonly string[] = []): NameResult {
  const trimmed = text.normalize("NFC").trim();
  if (trimmed.length > MAX_INPUT_LENGTH) return { ok: false, problem: "too_long" };
  if (trimmed.replace(SEPARATORS, "") === "") return { ok: false, problem: "empty" };
  if (!ALLOWED.test(trimmed)) return { ok: false, problem: "bad_characters" };
  const tokens = trimmed.toUpperCase().match(TOKENS) ?? [];
  let name = tokens.join("-");
  if (/^[0-9]+$/.test(name)) {
    const prefix = sharedPrefix(known);
    if (prefix !== null) name = `${prefix}-${name}`;
  }
  if (name.length > COMPUTER_NAME_MAX_LENGTH) return { ok: false, problem: "too_long" };
  return { ok: true, name };
}

/**
 * What a manager types to add computers: names separated by commas or new lines, each a name or a
 * range "PC-1..PC-20" (also "PC-1..20"). Zero-padded ranges keep their width ("PC-01..PC-12").
 */
export function parseComputerNames(text: string, known: readonly string[] = []): { ok: true; names: string[] } | { ok: false; problem: ComputerNamesProblem } {
  const names: string[] = [];
  for (const part of text.split(/[,\n]+/)) {
    if (part.trim() === "") continue;
    const range = /^(.*?)\s*(?:\.\.|…|–|—)\s*(.*)$/.exec(part);
    if (!range) {
      const single = normaliseComputerName(part, known);
      if (!single.ok) return single;
      names.push(single.name);
      continue;
    }
    const [, firstPart = "", lastPart = ""] = range;
    const first = normaliseComputerName(firstPart, known);
    if (!first.ok) return first;
    const from = splitNumber(first.name);
    const lastText = lastPart.trim();
    const last =
      /^[0-9]+$/.test(lastText) && from ? normaliseComputerName(from.prefix ? `${from.prefix}-${lastText}` : lastText) : normaliseComputerName(lastText, known);
    if (!last.ok) return last;
    const to = splitNumber(last.name);
    if (!from || !to || from.prefix !== to.prefix || Number(to.number) < Number(from.number)) return { ok: false, problem: "bad_range" };
    if (Number(to.number) - Number(from.number) + 1 > MAX_COMPUTERS_AT_ONCE) return { ok: false, problem: "too_many" };
    const width = from.number.startsWith("0") ? from.number.length : 1;
    for (let n = Number(from.number); n <= Number(to.number); n++) {
      const name = `${from.prefix ? `${from.prefix}-` : ""}${String(n).padStart(width, "0")}`;
      if (name.length > COMPUTER_NAME_MAX_LENGTH) return { ok: false, problem: "too_long" };
      names.push(name);
    }
  }
  const unique = [...new Set(names)];
  if (unique.length === 0) return { ok: false, problem: "empty" };
  if (unique.length > MAX_COMPUTERS_AT_ONCE) return { ok: false, problem: "too_many" };
  return { ok: true, names: unique };
}

/** PC-2 before PC-10; the order every list of computers uses. */
export function compareComputerNames(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/**
 * Names in order, consecutive numbers with one prefix run together: PC-1, PC-2, PC-3, PC-7 →
 * [{ first: "PC-1", last: "PC-3", count: 3 }, { first: "PC-7", last: "PC-7", count: 1 }].
 */
export function nameRuns(names: readonly string[]): { first: string; last: string; count: number }[] {
  const runs: { first: string; last: string; count: number; prefix: string; digits: string }[] = [];
  for (const name of [...names].sort(compareComputerNames)) {
    const split = splitNumber(name);
    const previous = runs.at(-1);
    if (split && previous && previous.digits !== "" && previous.prefix === split.prefix) {
      const next = String(Number(previous.digits) + 1);
      if (split.number === next || split.number === next.padStart(previous.digits.length, "0")) {
        previous.last = name;
        previous.digits = split.number;
        previous.count += 1;
        continue;
      }
    }
    runs.push({ first: name, last: name, count: 1, prefix: split?.prefix ?? "", digits: split?.number ?? "" });
  }
  return runs.map(({ first, last, count }) => ({ first, last, count }));
}

/** Names by group: the computers in no group first, then each group by name; PC-2 before PC-10 in each. */
export function namesByGroup(computers: readonly { name: string; group: string | null }[]): { group: string | null; names: string[] }[] {
  const groups = new Map<string | null, string[]>();
  for (const computer of computers) groups.set(computer.group, [...(groups.get(computer.group) ?? []), computer.name]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a.localeCompare(b, "en")))
    .map(([group, names]) => ({ group, names: names.sort(compareComputerNames) }));
}

export type GroupNameResult = { ok: true; name: string; key: string } | { ok: false; problem: ComputerNameProblem };

const GROUP_ALLOWED = /^[\p{L}\p{M}0-9][\p{L}\p{M}0-9 '&.-]*$/u;

/** A group's name as typed, spaces tidied; `key` (lower-case) makes "Gaming" and "gaming" one group. */
export function normaliseGroupName(text: string): GroupNameResult {
  const name = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (name === "") return { ok: false, problem: "empty" };
  if (name.length > GROUP_NAME_MAX_LENGTH) return { ok: false, problem: "too_long" };
  if (!GROUP_ALLOWED.test(name)) return { ok: false, problem: "bad_characters" };
  return { ok: true, name, key: name.toLowerCase() };
}
