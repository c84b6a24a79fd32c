// The body Safaricom POSTs to the C2B confirmation and validation URLs (money paid from the M-Pesa menu
// to the café's paybill or till), read without trusting its shape. Every value arrives as a string.
// Pure: no I/O, never throws.
import { parseDarajaTimestamp } from "./timestamp.js";

/** A menu payment as the confirmation (or validation) reports it. */
interface C2bPayment {
  /** "Pay Bill", "Buy Goods", "CustomerPayBillOnline"…, as sent. */
  readonly transactionType: string;
  /** TransID: M-Pesa's receipt, capital letters and digits (safe in a message). */
  readonly receipt: string;
  /**
   * TransTime, read on Nairobi's clock; null when missing or unreadable. The receipt and the amount are
   * what money needs: a body with those is never refused for its other fields.
   */
  readonly paidAt: Date | null;
  /** Whole shillings. */
  readonly amountKes: number;
  /** BusinessShortCode; null when missing. */
  readonly shortCode: string | null;
  /** BillRefNumber trimmed; null when empty (a till's payment has none). */
  readonly accountNumber: string | null;
  /** MSISDN as sent: full (2547…), masked ("2547 ***** 149") or a SHA-256 hash; null when empty. */
  readonly payerPhone: string | null;
  /** First, middle and last names joined; null when none was sent. */
  readonly payerName: string | null;
}

type C2bProblem = "not_json" | "not_an_object" | "missing" | "invalid_receipt" | "invalid_amount" | "not_whole_shillings";

interface C2bParseFailure {
  readonly problem: C2bProblem;
  /** Which field, for the logs and the stored row. */
  readonly field: string;
  /** The TransID, when the body got that far. */
  readonly receipt: string | undefined;
}

export type C2bParse = { readonly ok: true; readonly payment: C2bPayment } | { readonly ok: false; readonly error: C2bParseFailure };

/** What Safaricom expects back from the confirmation URL. */
export const C2B_CONFIRMATION_ACKNOWLEDGEMENT = { ResultCode: 0, ResultDesc: "Accepted" } as const;

/** Validation answers (the accepting code is a string there, unlike the confirmation's). */
export const C2B_VALIDATION_ANSWERS = {
  accept: { ResultCode: "0", ResultDesc: "Accepted" },
  invalidAccount: { ResultCode: "C2B00012", ResultDesc: "Rejected" },
  invalidAmount: { ResultCode: "C2B00013", ResultDesc: "Rejected" },
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A receipt as M-Pesa writes them (10 characters today; a little room either way). */
const RECEIPT = /^[A-Z0-9]{6,20}$/;

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function fail(problem: C2bProblem, field: string, receipt?: string): C2bParse {
  return { ok: false, error: { problem, field, receipt } };
}

/** "10", "10.0", "10.00" → 10; cents other than zero are refused (M-Pesa moves whole shillings), as are zero and less. */
function shillings(value: string): number | "not_whole" | undefined {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match?.[1]) return undefined;
  if (match[2] !== undefined && Number(match[2]) !== 0) return "not_whole";
  const amount = Number(match[1]);
  return amount >= 1 ? amount : undefined;
}

/** Reads a confirmation or validation body (the raw text as received). */
export function parseC2bBody(raw: string): C2bParse {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return fail("not_json", "body");
  }
  if (!isObject(body)) return fail("not_an_object", "body");

  const rawReceipt = text(body.TransID);
  if (!rawReceipt) return fail("missing", "TransID");
  const receipt = rawReceipt.toUpperCase();
  if (!RECEIPT.test(receipt)) return fail("invalid_receipt", "TransID");

  const rawAmount = text(body.TransAmount);
  if (!rawAmount) return fail("missing", "TransAmount", receipt);
  const amountKes = shillings(rawAmount);
  if (amountKes === undefined) return fail("invalid_amount", "TransAmount", receipt);
  if (amountKes === "not_whole") return fail("not_whole_shillings", "TransAmount", receipt);

  const rawTime = text(body.TransTime);
  const paidAt = rawTime ? (parseDarajaTimestamp(rawTime) ?? null) : null;
  const shortCode = text(body.BusinessShortCode) || null;

  const names = [body.FirstName, body.MiddleName, body.LastName].map(text).filter((name): name is string => Boolean(name));
  return {
    ok: true,
    payment: {
      transactionType: text(body.TransactionType) ?? "",
      receipt,
      paidAt,
      amountKes,
      shortCode,
      accountNumber: text(body.BillRefNumber) || null,
      payerPhone: text(body.MSISDN) || null,
      payerName: names.length > 0 ? names.join(" ") : null,
    },
  };
}

/**
 * The key a Transaction Status result or timeout body names (Result.OriginatorConversationID, or the
 * top-level one of a queue timeout), or null when it cannot be read.
 */
export function statusNoticeKey(raw: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(body)) return null;
  const result = isObject(body.Result) ? body.Result : body;
  return text(result.OriginatorConversationID) || null;
}
