// People's names as typed at the counter: letters of any script, with the spaces, apostrophes, dots
// and hyphens names have. A refusal names what is wrong, so the operator knows what to change.

export const MAX_NAME_LENGTH = 50;

export type NameProblem = "missing" | "digits" | "emoji" | "symbols" | "first_letter" | "too_long";

/** A name, spaces tidied, or what is wrong with it (the first of: digits, emoji, other symbols, …). */
export function checkName(typed: string): { ok: true; name: string } | { ok: false; problem: NameProblem } {
  const name = typed.replace(/\s+/g, " ").trim();
  if (name === "") return { ok: false, problem: "missing" };
  if (/\p{N}/u.test(name)) return { ok: false, problem: "digits" };
  if (/[\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(name)) return { ok: false, problem: "emoji" };
  if (/[^\p{L}\p{M}'’ .-]/u.test(name)) return { ok: false, problem: "symbols" };
  if (!/^[\p{L}\p{M}]/u.test(name)) return { ok: false, problem: "first_letter" };
  if (Array.from(name).length > MAX_NAME_LENGTH) return { ok: false, problem: "too_long" };
  return { ok: true, name };
}

/** How a customer is named wherever people read it: first name, then last name. */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
