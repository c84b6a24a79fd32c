// Daraja's protocol as this service speaks it: paths, transaction types, limits, and the shapes of
// the bodies that go each way. The client builds requests and reads answers with it; the simulator
// reads requests and builds answers with it.
import { z } from "zod";
import type { Config, ShortcodeType } from "../config/index.js";
import { normalisePhone, type Msisdn } from "../domain/phone.js";
import { MpesaRequestError } from "./errors.js";
import { darajaTimestamp, stkPassword } from "./timestamp.js";

export const DARAJA_PATHS = {
  token: "/oauth/v1/generate",
  stkPush: "/mpesa/stkpush/v1/processrequest",
  stkQuery: "/mpesa/stkpushquery/v1/query",
  c2bRegister: "/mpesa/c2b/v1/registerurl",
  /** Sandbox (and simulator) only: a pretend customer pays the shortcode from the menu. */
  c2bSimulate: "/mpesa/c2b/v1/simulate",
  transactionStatus: "/mpesa/transactionstatus/v1/query",
} as const;

export const TRANSACTION_TYPES = {
  paybill: "CustomerPayBillOnline",
  till_number: "CustomerBuyGoodsOnline",
} as const satisfies Record<ShortcodeType, string>;

type TransactionType = (typeof TRANSACTION_TYPES)[ShortcodeType];

const MAX_ACCOUNT_REFERENCE_LENGTH = 12;
const MAX_DESCRIPTION_LENGTH = 13;
const MAX_STK_AMOUNT = 250_000;
/** A paybill, till or store number. */
export const SHORTCODE = /^\d{5,7}$/;
/** An M-Pesa receipt (TransID): ten upper-case letters and digits. */
const RECEIPT = /^[A-Z0-9]{10}$/;
/** Transaction Status's IdentifierType for the shortcode asked about. */
export const IDENTIFIER_TYPES = { paybill: "4", till: "2" } as const;
/** Daraja's answer to an invalid access token. */
export const INVALID_TOKEN_CODE = "404.001.03";

/** What the client needs from the M-Pesa settings (see Config["mpesa"] for each field). */
export type DarajaCredentials = Pick<
  Config["mpesa"],
  "baseUrl" | "consumerKey" | "consumerSecret" | "businessShortCode" | "partyB" | "shortcodeType" | "passkey"
>;

export interface StkPushRequest {
  /** As typed by the operator; normalised here. */
  readonly phone: string;
  /** Whole shillings, 1 to 250,000. */
  readonly amount: number;
  /** Shown on the customer's phone; cleaned and cut to 12 characters. */
  readonly accountReference: string;
  /** Cleaned and cut to 13 characters. */
  readonly description: string;
  readonly callbackUrl: string;
}

export interface StkPushBody {
  BusinessShortCode: string;
  Password: string;
  Timestamp: string;
  TransactionType: TransactionType;
  Amount: number;
  PartyA: Msisdn;
  PartyB: string;
  PhoneNumber: Msisdn;
  CallBackURL: string;
  AccountReference: string;
  TransactionDesc: string;
}

export interface StkQueryBody {
  BusinessShortCode: string;
  Password: string;
  Timestamp: string;
  CheckoutRequestID: string;
}

/** What the client needs to register the C2B URLs and to ask Transaction Status (see Config["mpesa"]["c2b"]). */
export type C2bSettings = Pick<
  Config["mpesa"]["c2b"],
  "shortCode" | "kind" | "responseType" | "confirmationUrl" | "validationUrl" | "statusResultUrl" | "statusTimeoutUrl"
>;
export type Initiator = NonNullable<Config["mpesa"]["initiator"]>;

export interface C2bRegisterBody {
  ShortCode: string;
  ResponseType: C2bSettings["responseType"];
  ConfirmationURL: string;
  ValidationURL: string;
}

export interface TransactionStatusBody {
  Initiator: string;
  SecurityCredential: string;
  CommandID: "TransactionStatusQuery";
  TransactionID: string;
  PartyA: string;
  IdentifierType: (typeof IDENTIFIER_TYPES)[C2bSettings["kind"]];
  ResultURL: string;
  QueueTimeOutURL: string;
  Remarks: string;
  Occasion: string;
}

export function buildC2bRegisterBody(c2b: C2bSettings): C2bRegisterBody {
  return { ShortCode: c2b.shortCode, ResponseType: c2b.responseType, ConfirmationURL: c2b.confirmationUrl, ValidationURL: c2b.validationUrl };
}

/** The receipt as typed (spaces, lower case) made M-Pesa's form; undefined when it cannot be one. */
export function normaliseReceipt(value: string): string | undefined {
  const receipt = value.replace(/\s+/g, "").toUpperCase();
  return RECEIPT.test(receipt) ? receipt : undefined;
}

export function buildTransactionStatusBody(c2b: C2bSettings, initiator: Initiator, receipt: string): TransactionStatusBody {
  return {
    Initiator: initiator.name,
    SecurityCredential: initiator.securityCredential,
    CommandID: "TransactionStatusQuery",
    TransactionID: receipt,
    PartyA: c2b.shortCode,
    IdentifierType: IDENTIFIER_TYPES[c2b.kind],
    ResultURL: c2b.statusResultUrl,
    QueueTimeOutURL: c2b.statusTimeoutUrl,
    Remarks: "Receipt check",
    Occasion: receipt,
  };
}

/** Letters, digits, spaces and - _ . survive; accents are dropped from their letters, the rest goes. */
function cleanForDaraja(value: string, maxLength: number): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9 ._-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength)
    .trim();
}

export const cleanAccountReference = (value: string) => cleanForDaraja(value, MAX_ACCOUNT_REFERENCE_LENGTH);
export const cleanDescription = (value: string) => cleanForDaraja(value, MAX_DESCRIPTION_LENGTH);

export function isAcceptableCallbackUrl(value: string): boolean {
  if (value.trim() !== value || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const isValidStkAmount = (amount: number) => Number.isSafeInteger(amount) && amount >= 1 && amount <= MAX_STK_AMOUNT;

/** The STK push payload; refuses (MpesaRequestError) what Daraja would refuse or mangle. */
export function buildStkPushBody(credentials: DarajaCredentials, request: StkPushRequest, at: Date): StkPushBody {
  const phone = normalisePhone(request.phone);
  if (!phone.ok) throw new MpesaRequestError("invalid_phone", "stk_push", "phone", phone.problem);
  if (!isValidStkAmount(request.amount)) throw new MpesaRequestError("invalid_amount", "stk_push", "amount");
  if (!isAcceptableCallbackUrl(request.callbackUrl)) throw new MpesaRequestError("invalid_callback_url", "stk_push", "callbackUrl");
  const accountReference = cleanAccountReference(request.accountReference);
  if (!accountReference) throw new MpesaRequestError("invalid_request", "stk_push", "accountReference");
  const description = cleanDescription(request.description);
  if (!description) throw new MpesaRequestError("invalid_request", "stk_push", "description");

  const timestamp = darajaTimestamp(at);
  return {
    BusinessShortCode: credentials.businessShortCode,
    Password: stkPassword(credentials.businessShortCode, credentials.passkey, timestamp),
    Timestamp: timestamp,
    TransactionType: TRANSACTION_TYPES[credentials.shortcodeType],
    Amount: request.amount,
    PartyA: phone.msisdn,
    PartyB: credentials.shortcodeType === "paybill" ? credentials.businessShortCode : credentials.partyB,
    PhoneNumber: phone.msisdn,
    CallBackURL: request.callbackUrl,
    AccountReference: accountReference,
    TransactionDesc: description,
  };
}

export function buildStkQueryBody(credentials: DarajaCredentials, checkoutRequestId: string, at: Date): StkQueryBody {
  const timestamp = darajaTimestamp(at);
  return {
    BusinessShortCode: credentials.businessShortCode,
    Password: stkPassword(credentials.businessShortCode, credentials.passkey, timestamp),
    Timestamp: timestamp,
    CheckoutRequestID: checkoutRequestId,
  };
}

// Answers. The schemas are what the client accepts; the types are what the simulator sends.

export const darajaErrorBodySchema = z.object({
  requestId: z.string().optional(),
  errorCode: z.union([z.string(), z.number()]).transform(String),
  errorMessage: z.string().optional(),
});
export type DarajaErrorBody = z.input<typeof darajaErrorBodySchema>;

export const tokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.union([z.number(), z.string()]).optional(),
});
export type TokenAnswer = z.input<typeof tokenAnswerSchema>;

export const pushAnswerSchema = z.object({
  MerchantRequestID: z.string().min(1),
  CheckoutRequestID: z.string().min(1),
  ResponseCode: z.union([z.string(), z.number()]),
  ResponseDescription: z.string().optional(),
  CustomerMessage: z.string().optional(),
});
export type PushAnswer = z.input<typeof pushAnswerSchema>;

export const queryAnswerSchema = z.object({
  MerchantRequestID: z.string().optional(),
  CheckoutRequestID: z.string().optional(),
  ResultCode: z.unknown(),
  ResultDesc: z.string().optional(),
});
export interface QueryAnswer extends z.input<typeof queryAnswerSchema> {
  ResponseCode: string;
  ResponseDescription: string;
  ResultCode: string;
}

/** The callback Daraja POSTs to the CallBackURL (read by parseStkCallback in callback.ts). */
export interface StkCallbackBody {
  Body: {
    stkCallback: {
      MerchantRequestID: string;
      CheckoutRequestID: string;
      ResultCode: number;
      ResultDesc: string;
      CallbackMetadata?: { Item: Array<{ Name: string; Value?: number | string }> };
    };
  };
}

/** Daraja's acknowledgement of a URL registration or a C2B simulation (Safaricom's spelling of OriginatorCoversationID). */
export const c2bAnswerSchema = z.object({
  OriginatorCoversationID: z.string().optional(),
  ResponseCode: z.union([z.string(), z.number()]),
  ResponseDescription: z.string().optional(),
});
export type C2bAnswer = z.input<typeof c2bAnswerSchema>;

/** Daraja's acknowledgement of a Transaction Status query; the result comes later, to the ResultURL. */
export const statusAnswerSchema = z.object({
  OriginatorConversationID: z.string().min(1),
  ConversationID: z.string().min(1),
  ResponseCode: z.union([z.string(), z.number()]),
  ResponseDescription: z.string().optional(),
});
export type StatusAnswer = z.input<typeof statusAnswerSchema>;

/** What M-Pesa POSTs to the validation and confirmation URLs: every value a string. */
export interface C2bNotificationBody {
  TransactionType: "Pay Bill" | "Buy Goods";
  TransID: string;
  /** yyyyMMddHHmmss, Nairobi's clock. */
  TransTime: string;
  /** "100.00" */
  TransAmount: string;
  BusinessShortCode: string;
  /** The account number typed; empty for Buy Goods. */
  BillRefNumber: string;
  InvoiceNumber: string;
  OrgAccountBalance: string;
  ThirdPartyTransID: string;
  /** Masked ("2547 ***** 149") or hashed (SHA-256 hex). */
  MSISDN: string;
  FirstName: string;
  MiddleName: string;
  LastName: string;
}

/** What Daraja POSTs to the ResultURL (and, without ResultParameters, to the QueueTimeOutURL). */
export interface TransactionStatusResultBody {
  Result: {
    ResultType: number;
    ResultCode: number | string;
    ResultDesc: string;
    OriginatorConversationID: string;
    ConversationID: string;
    TransactionID: string;
    ResultParameters?: { ResultParameter: Array<{ Key: string; Value?: string | number }> };
    ReferenceData: { ReferenceItem: { Key: string; Value?: string } };
  };
}
