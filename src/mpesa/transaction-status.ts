// The bodies Daraja POSTs after a Transaction Status query: the result (to the ResultURL) and the queue
// timeout (to the QueueTimeOutURL), read without trusting their shape. Pure: no I/O, never throws.
import { normaliseResultCode, type StkResultCode } from "./callback.js";
import { parseDarajaTimestamp } from "./timestamp.js";

/** What M-Pesa says of the receipt when it found it (ResultCode 0). */
export interface ReceiptStatus {
  /** Ten capital letters and digits. */
  readonly receipt: string;
  /** Whole shillings. */
  readonly amountKes: number;
  /** "Completed", "Failed", "Reversed"…, as sent. */
  readonly transactionStatus: string;
  /** "254722000000 - John Doe": the payer's number and name (the number is sometimes masked). */
  readonly debitParty: { readonly phone: string | null; readonly name: string | null };
  /** "600638 - Café": the shortcode the money went to, and its name. */
  readonly creditParty: { readonly shortCode: string | null; readonly name: string | null };
  /** When M-Pesa finished it; undefined when absent or unreadable. */
  readonly finalisedAt: Date | undefined;
  readonly reasonType: string | null;
  readonly transactionReason: string | null;
}

interface TransactionStatusResult {
  readonly originatorConversationId: string;
  readonly conversationId: string | null;
  readonly transactionId: string | null;
  readonly resultCode: StkResultCode;
  readonly resultDesc: string;
  /** Present when the result code is 0: what M-Pesa found. */
  readonly status: ReceiptStatus | null;
}

export type TransactionStatusParse = { readonly ok: true; readonly result: TransactionStatusResult } | { readonly ok: false; readonly field: string };

interface TransactionStatusTimeout {
  readonly originatorConversationId: string;
  readonly conversationId: string | null;
  readonly resultDesc: string;
}

export type TransactionStatusTimeoutParse = { readonly ok: true; readonly timeout: TransactionStatusTimeout } | { readonly ok: false; readonly field: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

const RECEIPT = /^[A-Z0-9]{10}$/;
/** Ids as Daraja makes them ("AG_20191219_00004e48cf7e3533f581", "10571-7910404-1"): nothing else is kept. */
const CONVERSATION_ID = /^[A-Za-z0-9_.-]{1,100}$/;

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

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/** 10, "10", "10.00" → 10; fractions, zero and negatives are not shillings M-Pesa moves. */
function wholeShillings(value: unknown): number | undefined {
  const amount = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(amount) && amount >= 1 ? amount : undefined;
}

/** "254722000000 - John Doe" → its two halves; either may be missing. */
function party(value: unknown): { id: string | null; name: string | null } {
  const whole = text(value);
  if (whole === null) return { id: null, name: null };
  const dash = whole.indexOf(" - ");
  if (dash < 0) return /^[\d*\s]+$/.test(whole) ? { id: whole, name: null } : { id: null, name: whole };
  return { id: whole.slice(0, dash).trim() || null, name: whole.slice(dash + 3).trim() || null };
}

/** ResultParameters.ResultParameter by Key: a list, or a single object when there is one. */
function parameters(result: Json): Map<string, unknown> | undefined {
  const holder = result.ResultParameters;
  if (!isObject(holder)) return undefined;
  const list = Array.isArray(holder.ResultParameter) ? holder.ResultParameter : isObject(holder.ResultParameter) ? [holder.ResultParameter] : undefined;
  if (!list) return undefined;
  const found = new Map<string, unknown>();
  for (const item of list) if (isObject(item) && typeof item.Key === "string") found.set(item.Key.trim().toLowerCase(), item.Value);
  return found;
}

function conversationIds(result: Json): { originatorConversationId: string; conversationId: string | null } | { field: string } {
  const originatorConversationId = text(result.OriginatorConversationID);
  if (originatorConversationId === null || !CONVERSATION_ID.test(originatorConversationId)) return { field: "Result.OriginatorConversationID" };
  const conversationId = text(result.ConversationID);
  if (conversationId !== null && !CONVERSATION_ID.test(conversationId)) return { field: "Result.ConversationID" };
  return { originatorConversationId, conversationId };
}

function statusFrom(items: Map<string, unknown>): ReceiptStatus | { field: string } {
  const receipt = text(items.get("receiptno"));
  if (receipt === null || !RECEIPT.test(receipt)) return { field: "ReceiptNo" };
  const amountKes = wholeShillings(items.get("amount"));
  if (amountKes === undefined) return { field: "Amount" };
  const transactionStatus = text(items.get("transactionstatus"));
  if (transactionStatus === null) return { field: "TransactionStatus" };
  const debit = party(items.get("debitpartyname"));
  const credit = party(items.get("creditpartyname"));
  const finalised = items.get("finalisedtime");
  return {
    receipt,
    amountKes,
    transactionStatus,
    debitParty: { phone: debit.id, name: debit.name },
    creditParty: { shortCode: credit.id, name: credit.name },
    finalisedAt: typeof finalised === "number" || typeof finalised === "string" ? parseDarajaTimestamp(finalised) : undefined,
    reasonType: text(items.get("reasontype")),
    transactionReason: text(items.get("transactionreason")),
  };
}

/** The `Result` object both bodies hold, and its conversation ids; or the field that could not be read. */
function envelope(raw: unknown): { field: string } | { result: Json; ids: { originatorConversationId: string; conversationId: string | null } } {
  const body = decode(raw);
  if (body === undefined) return { field: "body" };
  const result = isObject(body) ? body.Result : undefined;
  if (!isObject(result)) return { field: "Result" };
  const ids = conversationIds(result);
  if ("field" in ids) return { field: ids.field };
  return { result, ids };
}

/** Reads a Transaction Status result body (parsed JSON, or the raw text/bytes). */
export function parseTransactionStatusResult(raw: unknown): TransactionStatusParse {
  const read = envelope(raw);
  if ("field" in read) return { ok: false, field: read.field };
  const { result, ids } = read;
  const resultCode = normaliseResultCode(result.ResultCode);
  if (resultCode === undefined) return { ok: false, field: "Result.ResultCode" };
  const common = { ...ids, transactionId: text(result.TransactionID), resultCode, resultDesc: text(result.ResultDesc) ?? "" };
  if (resultCode !== 0) return { ok: true, result: { ...common, status: null } };
  const items = parameters(result);
  if (!items) return { ok: false, field: "Result.ResultParameters.ResultParameter" };
  const status = statusFrom(items);
  if ("field" in status) return { ok: false, field: `Result.ResultParameters.${status.field}` };
  return { ok: true, result: { ...common, status } };
}

/** Reads a queue-timeout body: the same envelope, saying the query was not answered in time. */
export function parseTransactionStatusTimeout(raw: unknown): TransactionStatusTimeoutParse {
  const read = envelope(raw);
  if ("field" in read) return { ok: false, field: read.field };
  const { result, ids } = read;
  return { ok: true, timeout: { ...ids, resultDesc: text(result.ResultDesc) ?? "" } };
}
