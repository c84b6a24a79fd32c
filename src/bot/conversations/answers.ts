// Reading what staff type, the same way in every conversation.
import { normalisePhone, type Msisdn } from "../../domain/phone.js";
import { texts } from "../../texts/index.js";
import type { Parsed } from "./ask.js";

/** Letters (any script), spaces, apostrophes, dots and hyphens; starts with a letter. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’ .-]{0,49}$/u;
const MAX_SEARCH_LENGTH = 60;

/** A name, spaces tidied. /skip (null) keeps `current` when there is one. */
export function parseName(text: string | null, problem: string, current?: string): Parsed<string> {
  if (text === null) return current === undefined ? { ok: false, problem } : { ok: true, value: current };
  const name = text.replace(/\s+/g, " ").trim();
  return NAME.test(name) ? { ok: true, value: name } : { ok: false, problem };
}

/** A Safaricom number, as Daraja wants it; the refusal says why in the operator's words. */
export function parsePhone(text: string | null): Parsed<Msisdn> {
  const result = normalisePhone(text ?? "");
  return result.ok ? { ok: true, value: result.msisdn } : { ok: false, problem: texts.mpesa.explainPhoneProblem(result) };
}

/** Part of a name, phone or ID number: at least two letters or digits, not a command. */
export function parseSearch(text: string | null): Parsed<string> {
  if (text === null || text.startsWith("/")) return { ok: false, problem: texts.customer.searchTooShort };
  const query = text.replace(/\s+/g, " ").trim().slice(0, MAX_SEARCH_LENGTH);
  if (query.replace(/[^\p{L}\p{N}]/gu, "").length < 2) return { ok: false, problem: texts.customer.searchTooShort };
  return { ok: true, value: query };
}
