// Customers' phone numbers: what people type at the counter turned into the MSISDN Daraja wants.
//
// libphonenumber-js does the parsing (separators, "+254 (0)", pasted bidi marks and non-breaking spaces,
// other countries' codes, lengths). The decision "is this a Kenyan mobile number" is ours: every
// 9-digit national number starting with 7 or 1 is accepted, whatever the library's range metadata
// says, so a newly opened Safaricom range is never refused because of an old library.
import { parsePhoneNumberWithError, ParseError } from "libphonenumber-js";

/** A Kenyan mobile number as Daraja wants it: `2547XXXXXXXX` or `2541XXXXXXXX`. */
export type Msisdn = string & { readonly __brand: "Msisdn" };

export type PhoneProblem = "empty" | "not_a_phone_number" | "too_short" | "too_long" | "not_kenyan" | "not_mobile" | "not_safaricom";

export type MobileNetwork = "airtel" | "telkom";

export type PhoneNormalisation =
  { readonly ok: true; readonly msisdn: Msisdn } | { readonly ok: false; readonly problem: PhoneProblem; readonly network?: MobileNetwork };

export interface NetworkPrefixes {
  readonly network: MobileNetwork;
  /** National prefixes with the leading 0, as people read them. */
  readonly prefixes: readonly string[];
}

/**
 * Well-known ranges that are not Safaricom: Daraja only prompts Safaricom lines. Deliberately short:
 * a number missing here is sent and Daraja answers for it, whereas a Safaricom range listed here by
 * mistake would block paying customers. A number ported to Safaricom from one of these ranges is
 * refused too; pass `{ nonSafaricomPrefixes: [] }` to switch the check off.
 * Safaricom's own 0110-0115 and 07xx ranges (0757-0759 included) must never appear here.
 */
export const NON_SAFARICOM_PREFIXES: readonly NetworkPrefixes[] = [
  { network: "airtel", prefixes: ["073", "0750", "0751", "0752", "0753", "0754", "0755", "0756", "078", "0100", "0101", "0102"] },
  { network: "telkom", prefixes: ["077"] },
];

export interface NormalisePhoneOptions {
  nonSafaricomPrefixes?: readonly NetworkPrefixes[];
}

const MSISDN_PATTERN = /^254[17]\d{8}$/;
/** Digits, the separators people use, and invisible marks that come with pasted numbers. */
const PHONE_CHARACTERS = /^[\d\s+\-.()/\u00a0\u200b-\u200f\u202a-\u202e\u2010-\u2015\u2060\ufeff]+$/;
const KENYAN_MOBILE_NATIONAL = /^[17]\d{8}$/;

function refuse(problem: PhoneProblem, network?: MobileNetwork): PhoneNormalisation {
  return network === undefined ? { ok: false, problem } : { ok: false, problem, network };
}

function parseProblem(error: unknown): PhoneProblem {
  if (error instanceof ParseError) {
    if (error.message === "TOO_SHORT") return "too_short";
    if (error.message === "TOO_LONG") return "too_long";
    if (error.message === "INVALID_COUNTRY") return "not_kenyan";
  }
  return "not_a_phone_number";
}

/** Turns what an operator typed into an MSISDN, or says why it cannot be one. */
export function normalisePhone(input: string, options: NormalisePhoneOptions = {}): PhoneNormalisation {
  // NFKC turns full-width and other compatibility digits into ASCII ones.
  const text = input.normalize("NFKC").trim();
  if (text === "" || /^[\s\u200b-\u200f\u202a-\u202e\u2060\ufeff]*$/.test(text)) return refuse("empty");
  if (!PHONE_CHARACTERS.test(text)) return refuse("not_a_phone_number");
  // Written from abroad: 00 254 ...
  const typed = text.replace(/^00(?=[1-9])/, "+");

  let nationalNumber: string;
  try {
    const parsed = parsePhoneNumberWithError(typed, { defaultCountry: "KE" });
    if (parsed.countryCallingCode !== "254") return refuse("not_kenyan");
    nationalNumber = parsed.nationalNumber;
  } catch (error) {
    return refuse(parseProblem(error));
  }

  if (!KENYAN_MOBILE_NATIONAL.test(nationalNumber)) {
    // Judge the length on what the person meant: "2547123456" is a 254 number missing digits.
    const digits = typed.replace(/\D/g, "");
    const meant = (digits.startsWith("254") ? digits.slice(3) : digits).replace(/^0/, "");
    const length = nationalNumber.length === 9 ? 9 : meant.length;
    if (length < 9) return refuse("too_short");
    if (length > 9) return refuse("too_long");
    return refuse("not_mobile");
  }

  const national = `0${nationalNumber}`;
  for (const { network, prefixes } of options.nonSafaricomPrefixes ?? NON_SAFARICOM_PREFIXES) {
    if (prefixes.some((prefix) => national.startsWith(prefix))) return refuse("not_safaricom", network);
  }
  return { ok: true, msisdn: `254${nationalNumber}` as Msisdn };
}

/** True for a string already in Daraja's form (no Safaricom check). */
export function isMsisdn(value: string): value is Msisdn {
  return MSISDN_PATTERN.test(value);
}

/** `254712345678` → `0712 345 678`, the way people read a number. */
export function formatPhoneForPeople(msisdn: Msisdn | string): string {
  if (!MSISDN_PATTERN.test(msisdn)) return msisdn;
  const national = `0${msisdn.slice(3)}`;
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}

/** `254712345678` → `2547******78`, enough to recognise a number in logs without exposing it. */
export function maskMsisdn(msisdn: string): string {
  if (msisdn.length < 8) return "*".repeat(msisdn.length);
  return `${msisdn.slice(0, 4)}${"*".repeat(msisdn.length - 6)}${msisdn.slice(-2)}`;
}
