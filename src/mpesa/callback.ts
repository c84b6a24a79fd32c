// The body Safaricom POSTs to the CallBackURL, read without trusting its shape, and Daraja's result
// codes sorted into what they mean for the café. Pure: no I/O, never throws.
import { parseDarajaTimestamp } from "./timestamp.js";

/** A numeric ResultCode as a number (`"1032"` → 1032); anything else as its string (`"SFC_IC0003"`). */
export type StkResultCode = number | string;

export type StkFailureReason =
  | "insufficient_funds"
  | "amount_below_minimum"
  | "amount_above_maximum"
  | "daily_limit_reached"
  | "balance_limit_reached"
  | "duplicate_request"
  | "system_busy"
  | "subscriber_locked"
  | "expired"
  | "prompt_not_sent"
  | "cancelled"
  | "unreachable"
  | "wrong_pin"
  | "merchant_misconfigured";

/**
 * What a result code means. `unknown` is a code nobody documented: whether money moved cannot be
 * told from it, so it goes to a person (and an STK query) rather than being called failed.
 */
export type StkOutcome =
  | { readonly status: "paid" }
  | { readonly status: "pending" }
  | { readonly status: "failed"; readonly reason: StkFailureReason }
  | { readonly status: "unknown" };

export const STK_PENDING_RESULT_CODE = 4999;

const FAILURE_REASONS: ReadonlyMap<StkResultCode, StkFailureReason> = new Map<StkResultCode, StkFailureReason>([
  [1, "insufficient_funds"],
  [2, "amount_below_minimum"],
  [3, "amount_above_maximum"],
  [4, "daily_limit_reached"],
  [8, "balance_limit_reached"],
  [17, "duplicate_request"],
  [26, "system_busy"],
  [1001, "subscriber_locked"],
  [1019, "expired"],
  [1025, "prompt_not_sent"],
  [9999, "prompt_not_sent"],
  [1031, "cancelled"],
  [1032, "cancelled"],
  [1036, "unreachable"],
  [1037, "unreachable"],
  [2001, "wrong_pin"],
  [2028, "merchant_misconfigured"],
  ["SFC_IC0003", "merchant_misconfigured"],
]);

/** `0`, `"0"`, `" 1032 "` → numbers; `"SFC_IC0003"` stays a string; anything else is not a code. */
export function normaliseResultCode(raw: unknown): StkResultCode | undefined {
  if (typeof raw === "number") return Number.isSafeInteger(raw) ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  const text = raw.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text);
  return /^[A-Za-z0-9_.-]{1,40}$/.test(text) ? text.toUpperCase() : undefined;
}

/** Decides on the code alone: the ResultDesc texts vary and carry prefixes. */
export function classifyResultCode(code: StkResultCode): StkOutcome {
  if (code === 0) return { status: "paid" };
  if (code === STK_PENDING_RESULT_CODE) return { status: "pending" };
  const reason = FAILURE_REASONS.get(code);
  return reason ? { status: "failed", reason } : { status: "unknown" };
}

export interface StkPayment {
  /** Whole shillings. */
  readonly amount: number;
  /** Ten capital letters and digits (RECEIPT_NUMBER): safe to put in a message. */
  readonly receiptNumber: string;
  /** The moment M-Pesa recorded, read as East Africa Time; undefined when absent or unreadable. */
  readonly transactionDate: Date | undefined;
  /** The paying number, digits only; undefined when absent or anything else (masked, or not a number). */
  readonly phoneNumber: string | undefined;
}

type StkCallbackResult =
  | { readonly status: "paid"; readonly payment: StkPayment }
  | { readonly status: "pending" }
  | { readonly status: "failed"; readonly reason: StkFailureReason }
  | { readonly status: "unknown" };

export interface StkCallback {
  readonly merchantRequestId: string;
  readonly checkoutRequestId: string;
  readonly resultCode: StkResultCode;
  readonly resultDesc: string;
  readonly result: StkCallbackResult;
}

type StkCallbackProblem =
  "not_json" | "not_an_stk_callback" | "missing_checkout_request_id" | "invalid_result_code" | "missing_payment_details" | "invalid_amount" | "invalid_receipt";

interface StkCallbackParseFailure {
  readonly problem: StkCallbackProblem;
  /** Which field, for the logs. */
  readonly field: string;
  /** Known when the body got that far: lets the service put that payment up for review. */
  readonly checkoutRequestId: string | undefined;
}

export type StkCallbackParse = { readonly ok: true; readonly callback: StkCallback } | { readonly ok: false; readonly error: StkCallbackParseFailure };

/** What Safaricom expects back, whatever the body held. */
export const STK_CALLBACK_ACKNOWLEDGEMENT = { ResultCode: 0, ResultDesc: "Accepted" } as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function fail(problem: StkCallbackProblem, field: string, checkoutRequestId?: string): StkCallbackParse {
  return { ok: false, error: { problem, field, checkoutRequestId } };
}

function decode(raw: unknown): unknown {
  if (typeof raw === "string" || raw instanceof Uint8Array) {
    try {
      return JSON.parse(typeof raw === "string" ? raw : Buffer.from(raw).toString("utf8"));
    } catch {
      return undefined;
    }
  }
  return raw;
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Items by Name, never by position; an item without a Value (Balance) maps to undefined. */
function metadataItems(metadata: unknown): Map<string, unknown> | undefined {
  if (!isObject(metadata)) return undefined;
  const list = Array.isArray(metadata.Item) ? metadata.Item : isObject(metadata.Item) ? [metadata.Item] : undefined;
  if (!list) return undefined;
  const items = new Map<string, unknown>();
  for (const item of list) {
    if (isObject(item) && typeof item.Name === "string") items.set(item.Name.trim().toLowerCase(), item.Value);
  }
  return items;
}

/**
 * What an M-Pesa receipt looks like. Anything else in a "paid" callback is not Safaricom's (or is
 * garbled): the callback is refused, the payment stays pending and the STK query, which asks Daraja
 * itself, settles it. A receipt goes into people's messages, so nothing but these characters may.
 */
const RECEIPT_NUMBER = /^[A-Z0-9]{10}$/;
/** A phone number as it may be shown: digits only (E.164 has at most 15). */
const PHONE_DIGITS = /^\d{9,15}$/;

/** 1, 1.0, "1.00" → 1; fractions, zero and negatives are not shillings M-Pesa moves. */
function wholeShillings(value: unknown): number | undefined {
  const amount = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(amount) && amount >= 1 ? amount : undefined;
}

function paymentFrom(items: Map<string, unknown>): { payment: StkPayment } | { problem: StkCallbackProblem; field: string } {
  const rawAmount = items.get("amount");
  if (rawAmount === undefined) return { problem: "missing_payment_details", field: "Amount" };
  const amount = wholeShillings(rawAmount);
  if (amount === undefined) return { problem: "invalid_amount", field: "Amount" };
  const receiptNumber = text(items.get("mpesareceiptnumber"));
  if (!receiptNumber) return { problem: "missing_payment_details", field: "MpesaReceiptNumber" };
  if (!RECEIPT_NUMBER.test(receiptNumber)) return { problem: "invalid_receipt", field: "MpesaReceiptNumber" };
  const rawDate = items.get("transactiondate");
  const transactionDate = typeof rawDate === "number" || typeof rawDate === "string" ? parseDarajaTimestamp(rawDate) : undefined;
  const rawPhone = items.get("phonenumber");
  const phoneText = typeof rawPhone === "number" ? (Number.isSafeInteger(rawPhone) ? String(rawPhone) : undefined) : text(rawPhone);
  const phoneNumber = phoneText !== undefined && PHONE_DIGITS.test(phoneText) ? phoneText : undefined;
  return { payment: { amount, receiptNumber, transactionDate, phoneNumber } };
}

/** Reads a callback body (parsed JSON, or the raw text/bytes). */
export function parseStkCallback(raw: unknown): StkCallbackParse {
  const body = decode(raw);
  if (body === undefined) return fail("not_json", "body");
  const stk = isObject(body) && isObject(body.Body) ? body.Body.stkCallback : undefined;
  if (!isObject(stk)) return fail("not_an_stk_callback", "Body.stkCallback");

  const checkoutRequestId = text(stk.CheckoutRequestID);
  if (!checkoutRequestId) return fail("missing_checkout_request_id", "Body.stkCallback.CheckoutRequestID");
  const resultCode = normaliseResultCode(stk.ResultCode);
  if (resultCode === undefined) return fail("invalid_result_code", "Body.stkCallback.ResultCode", checkoutRequestId);

  const common = {
    merchantRequestId: text(stk.MerchantRequestID) ?? "",
    checkoutRequestId,
    resultCode,
    resultDesc: text(stk.ResultDesc) ?? "",
  };
  const outcome = classifyResultCode(resultCode);
  if (outcome.status !== "paid") return { ok: true, callback: { ...common, result: outcome } };

  const items = metadataItems(stk.CallbackMetadata);
  if (!items) return fail("missing_payment_details", "Body.stkCallback.CallbackMetadata", checkoutRequestId);
  const found = paymentFrom(items);
  if (!("payment" in found)) return fail(found.problem, `Body.stkCallback.CallbackMetadata.${found.field}`, checkoutRequestId);
  return { ok: true, callback: { ...common, result: { status: "paid", payment: found.payment } } };
}
