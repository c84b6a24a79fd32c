// Reading what staff type, the same way in every conversation.
import { checkName, type NameProblem } from "../../domain/names.js";
import { normalisePhone, type Msisdn } from "../../domain/phone.js";
import { texts } from "../../texts/index.js";
import type { Parsed } from "./ask.js";

const MAX_SEARCH_LENGTH = 60;
export const MAX_REASON_LENGTH = 200;

/** A name, spaces tidied; a refusal says what is wrong. /skip (null) keeps `current` when there is one. */
export function parseName(text: string | null, explain: (problem: NameProblem) => string, current?: string): Parsed<string> {
  if (text === null) return current === undefined ? { ok: false, problem: explain("missing") } : { ok: true, value: current };
  const result = checkName(text);
  return result.ok ? { ok: true, value: result.name } : { ok: false, problem: explain(result.problem) };
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

/** Why a session is voided or an amount lowered: a few words, spaces tidied; /skip gives none. */
export function parseReason(text: string | null): Parsed<string> {
  const reason = text?.replace(/\s+/g, " ").trim() ?? "";
  return reason.length > 0 && reason.length <= MAX_REASON_LENGTH ? { ok: true, value: reason } : { ok: false, problem: texts.invalidReason(MAX_REASON_LENGTH) };
}
