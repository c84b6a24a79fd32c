// The Daraja client: OAuth token cache, STK push, STK query. It talks HTTP to whatever baseUrl says:
// Safaricom's sandbox, production, or the built-in simulator; it cannot tell them apart.
import axios, { type AxiosAdapter, type AxiosInstance } from "axios";
import { z } from "zod";
import type { Config, ShortcodeType } from "../config/index.js";
import { maskMsisdn, normalisePhone, type Msisdn } from "../domain/phone.js";
import type { Logger } from "../logger.js";
import { classifyResultCode, normaliseResultCode, STK_PENDING_RESULT_CODE, type StkOutcome, type StkResultCode } from "./callback.js";
import {
  DarajaApiError,
  isStillProcessingAnswer,
  MpesaConfigError,
  MpesaPushOutcomeUnknownError,
  MpesaRequestError,
  MpesaTransportError,
  type DarajaErrorAnswer,
  type DarajaOperation,
  type MpesaError,
} from "./errors.js";
import { darajaTimestamp, stkPassword } from "./timestamp.js";

export const DARAJA_PATHS = {
  token: "/oauth/v1/generate",
  stkPush: "/mpesa/stkpush/v1/processrequest",
  stkQuery: "/mpesa/stkpushquery/v1/query",
} as const;

export const TRANSACTION_TYPES = {
  paybill: "CustomerPayBillOnline",
  till_number: "CustomerBuyGoodsOnline",
} as const satisfies Record<ShortcodeType, string>;

export const MAX_ACCOUNT_REFERENCE_LENGTH = 12;
export const MAX_DESCRIPTION_LENGTH = 13;
export const MAX_STK_AMOUNT = 250_000;
export const DEFAULT_TIMEOUT_MS = 20_000;
/** A token is renewed this long before Daraja would expire it (less for very short-lived tokens). */
export const DEFAULT_TOKEN_REFRESH_MARGIN_MS = 60_000;
/** When an answer carries no readable expires_in: Daraja's usual hour, less a second. */
const FALLBACK_TOKEN_LIFETIME_S = 3599;
const MAX_ANSWER_BYTES = 64 * 1024;

/** What the client needs from the M-Pesa settings (see Config["mpesa"] for each field). */
export type DarajaCredentials = Pick<
  Config["mpesa"],
  "baseUrl" | "consumerKey" | "consumerSecret" | "businessShortCode" | "partyB" | "shortcodeType" | "passkey"
>;

export interface DarajaClientOptions extends DarajaCredentials {
  /** Applies to every call, token included. */
  readonly timeoutMs?: number;
  readonly tokenRefreshMarginMs?: number;
  readonly now?: () => Date;
  readonly logger?: Logger;
  /** Replaces the HTTP transport (tests that need a socket error HTTP cannot produce). */
  readonly adapter?: AxiosAdapter;
}

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
  TransactionType: (typeof TRANSACTION_TYPES)[ShortcodeType];
  Amount: number;
  PartyA: string;
  PartyB: string;
  PhoneNumber: string;
  CallBackURL: string;
  AccountReference: string;
  TransactionDesc: string;
}

export interface StkPushAccepted {
  readonly merchantRequestId: string;
  /** The key for the callback and for STK queries. */
  readonly checkoutRequestId: string;
  readonly msisdn: Msisdn;
  readonly amount: number;
  readonly customerMessage: string;
}

export interface StkQueryAnswer {
  readonly checkoutRequestId: string;
  readonly merchantRequestId: string | undefined;
  readonly resultCode: StkResultCode;
  readonly resultDesc: string;
  readonly outcome: StkOutcome;
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

export function buildStkQueryBody(credentials: DarajaCredentials, checkoutRequestId: string, at: Date) {
  const timestamp = darajaTimestamp(at);
  return {
    BusinessShortCode: credentials.businessShortCode,
    Password: stkPassword(credentials.businessShortCode, credentials.passkey, timestamp),
    Timestamp: timestamp,
    CheckoutRequestID: checkoutRequestId,
  };
}

function checkCredentials(options: DarajaClientOptions): void {
  const wrong: string[] = [];
  try {
    const url = new URL(options.baseUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") wrong.push("baseUrl");
  } catch {
    wrong.push("baseUrl");
  }
  if (!options.consumerKey?.trim()) wrong.push("consumerKey");
  if (!options.consumerSecret?.trim()) wrong.push("consumerSecret");
  if (!options.passkey?.trim()) wrong.push("passkey");
  if (!/^\d{5,7}$/.test(options.businessShortCode ?? "")) wrong.push("businessShortCode");
  if (!/^\d{5,7}$/.test(options.partyB ?? "")) wrong.push("partyB");
  if (options.shortcodeType !== "paybill" && options.shortcodeType !== "till_number") wrong.push("shortcodeType");
  if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) wrong.push("timeoutMs");
  if (wrong.length > 0) throw new MpesaConfigError(wrong);
}

interface HttpAnswer {
  readonly status: number;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  readonly body: unknown;
}

const darajaErrorBodySchema = z.object({
  requestId: z.string().optional(),
  errorCode: z.union([z.string(), z.number()]).transform(String),
  errorMessage: z.string().optional(),
});

/** Daraja's error shape, or for an answer without one, the bare HTTP status. */
function errorAnswerOf(answer: HttpAnswer): DarajaErrorAnswer {
  const parsed = darajaErrorBodySchema.safeParse(answer.body);
  return {
    httpStatus: answer.status,
    errorCode: parsed.success ? parsed.data.errorCode : undefined,
    errorMessage: parsed.success ? parsed.data.errorMessage : undefined,
    requestId: parsed.success ? parsed.data.requestId : undefined,
  };
}

const isSuccess = (answer: HttpAnswer) => answer.status >= 200 && answer.status < 300;

const tokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.union([z.number(), z.string()]).optional(),
});

const pushAnswerSchema = z.object({
  MerchantRequestID: z.string().min(1),
  CheckoutRequestID: z.string().min(1),
  ResponseCode: z.union([z.string(), z.number()]),
  ResponseDescription: z.string().optional(),
  CustomerMessage: z.string().optional(),
});

const queryAnswerSchema = z.object({
  MerchantRequestID: z.string().optional(),
  CheckoutRequestID: z.string().optional(),
  ResultCode: z.unknown(),
  ResultDesc: z.string().optional(),
});

/** Socket errors raised before a request left this machine: nothing reached Daraja. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_INVALID_URL",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);
const TIMEOUT_CODES = new Set(["ECONNABORTED", "ETIMEDOUT"]);

/** Turns a transport failure into a typed error. The axios error itself is dropped: it holds the Authorization header. */
function transportError(error: unknown, operation: DarajaOperation): MpesaError {
  const code = axios.isAxiosError(error) ? error.code : (error as { code?: unknown } | null)?.code;
  const codeText = typeof code === "string" ? code : undefined;
  const timedOut = codeText !== undefined && TIMEOUT_CODES.has(codeText);
  if (operation === "stk_push" && !(codeText !== undefined && NOT_SENT_CODES.has(codeText))) {
    return new MpesaPushOutcomeUnknownError(timedOut ? "timeout" : "connection_lost", codeText);
  }
  return new MpesaTransportError(timedOut ? "timeout" : "network", operation, codeText);
}

function expiresInSeconds(value: number | string | undefined): number | undefined {
  const seconds = typeof value === "string" ? Number(value.trim()) : value;
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

interface CachedToken {
  readonly value: string;
  readonly refreshAtMs: number;
}

export class DarajaClient {
  private readonly http: AxiosInstance;
  private readonly now: () => Date;
  private readonly log: Logger | undefined;
  private readonly refreshMarginMs: number;
  private cached: CachedToken | undefined;
  private refreshing: Promise<string> | undefined;

  constructor(private readonly options: DarajaClientOptions) {
    checkCredentials(options);
    this.now = options.now ?? (() => new Date());
    this.log = options.logger?.child({ component: "daraja" });
    this.refreshMarginMs = options.tokenRefreshMarginMs ?? DEFAULT_TOKEN_REFRESH_MARGIN_MS;
    this.http = axios.create({
      baseURL: options.baseUrl.replace(/\/+$/, ""),
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRedirects: 0,
      maxContentLength: MAX_ANSWER_BYTES,
      // Every status is an answer to read; only transport failures throw.
      validateStatus: () => true,
      responseType: "text",
      transformResponse: [(data: unknown) => data],
      transitional: { clarifyTimeoutError: true },
      headers: { Accept: "application/json" },
      ...(options.adapter ? { adapter: options.adapter } : {}),
    });
  }

  /** A valid access token, from the cache when it has time left; concurrent callers share one refresh. */
  async accessToken(): Promise<string> {
    if (this.cached && this.now().getTime() < this.cached.refreshAtMs) return this.cached.value;
    this.refreshing ??= this.fetchToken().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Drops the cached token if it is still the given one (another caller may have renewed it already). */
  private forgetToken(token: string): void {
    if (this.cached?.value === token) this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const basic = Buffer.from(`${this.options.consumerKey}:${this.options.consumerSecret}`, "utf8").toString("base64");
    const answer = await this.send("token", () =>
      this.http.get<string>(DARAJA_PATHS.token, {
        params: { grant_type: "client_credentials" },
        headers: { Authorization: `Basic ${basic}` },
      }),
    );
    if (!isSuccess(answer)) throw new DarajaApiError("token", errorAnswerOf(answer));
    const parsed = tokenAnswerSchema.safeParse(answer.body);
    if (!parsed.success) throw new DarajaApiError("token", errorAnswerOf(answer), "unexpected_response");

    const lifetimeS = expiresInSeconds(parsed.data.expires_in);
    if (lifetimeS === undefined) this.log?.warn("token answer without a usable expires_in; assuming an hour");
    const lifetimeMs = (lifetimeS ?? FALLBACK_TOKEN_LIFETIME_S) * 1000;
    const margin = Math.min(this.refreshMarginMs, lifetimeMs / 10);
    this.cached = { value: parsed.data.access_token, refreshAtMs: this.now().getTime() + lifetimeMs - margin };
    this.log?.debug({ expiresInSeconds: lifetimeMs / 1000 }, "daraja access token renewed");
    return parsed.data.access_token;
  }

  private async send(operation: DarajaOperation, request: () => Promise<{ status: number; data: unknown }>): Promise<HttpAnswer> {
    let response: { status: number; data: unknown };
    try {
      response = await request();
    } catch (error) {
      throw transportError(error, operation);
    }
    return { status: response.status, body: parseJsonText(response.data) };
  }

  /** POSTs with the cached token; on `404.001.03` renews the token once and tries again. */
  private async authorizedPost(operation: "stk_push" | "stk_query", path: string, body: object): Promise<HttpAnswer> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.accessToken();
      const answer = await this.send(operation, () =>
        this.http.post<string>(path, body, { headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" } }),
      );
      // An invalid token is refused at Daraja's gateway, before any prompt: resending is safe.
      if (attempt === 1 && errorAnswerOf(answer).errorCode === "404.001.03") {
        this.log?.info({ operation }, "daraja refused the access token; renewing it once");
        this.forgetToken(token);
        continue;
      }
      return answer;
    }
  }

  /**
   * Sends the M-Pesa prompt to the customer's phone. Never retried: if the answer is lost the
   * error is MpesaPushOutcomeUnknownError and the operator decides.
   */
  async stkPush(request: StkPushRequest): Promise<StkPushAccepted> {
    const body = buildStkPushBody(this.options, request, this.now());
    const answer = await this.authorizedPost("stk_push", DARAJA_PATHS.stkPush, body);

    if (isSuccess(answer)) {
      const parsed = pushAnswerSchema.safeParse(answer.body);
      if (!parsed.success) {
        this.log?.warn({ httpStatus: answer.status }, "stk push answer unreadable: outcome unknown");
        throw new MpesaPushOutcomeUnknownError("unreadable_answer", undefined);
      }
      const accepted = parsed.data;
      if (normaliseResultCode(accepted.ResponseCode) !== 0) {
        throw new DarajaApiError("stk_push", {
          httpStatus: answer.status,
          errorCode: String(accepted.ResponseCode),
          errorMessage: accepted.ResponseDescription,
          requestId: undefined,
        });
      }
      this.log?.info(
        { checkoutRequestId: accepted.CheckoutRequestID, amount: body.Amount, phone: maskMsisdn(body.PhoneNumber) },
        "stk push accepted",
      );
      return {
        merchantRequestId: accepted.MerchantRequestID,
        checkoutRequestId: accepted.CheckoutRequestID,
        msisdn: body.PhoneNumber as Msisdn,
        amount: body.Amount,
        customerMessage: accepted.CustomerMessage ?? "",
      };
    }

    const refusal = errorAnswerOf(answer);
    // A 5xx without Daraja's error shape comes from a gateway in front of it: the push may have gone through.
    if (refusal.errorCode === undefined && answer.status >= 500) {
      this.log?.warn({ httpStatus: answer.status }, "stk push answered by a gateway error: outcome unknown");
      throw new MpesaPushOutcomeUnknownError("gateway_error", String(answer.status));
    }
    throw new DarajaApiError("stk_push", refusal);
  }

  /** Asks Daraja where a push stands. "Still processing" in either of Daraja's forms is a pending outcome. */
  async stkQuery(checkoutRequestId: string): Promise<StkQueryAnswer> {
    const id = checkoutRequestId.trim();
    if (!id) throw new MpesaRequestError("invalid_request", "stk_query", "checkoutRequestId");
    const answer = await this.authorizedPost("stk_query", DARAJA_PATHS.stkQuery, buildStkQueryBody(this.options, id, this.now()));

    if (isSuccess(answer)) {
      const parsed = queryAnswerSchema.safeParse(answer.body);
      const resultCode = parsed.success ? normaliseResultCode(parsed.data.ResultCode) : undefined;
      if (!parsed.success || resultCode === undefined) {
        throw new DarajaApiError("stk_query", errorAnswerOf(answer), "unexpected_response");
      }
      return {
        checkoutRequestId: parsed.data.CheckoutRequestID ?? id,
        merchantRequestId: parsed.data.MerchantRequestID,
        resultCode,
        resultDesc: parsed.data.ResultDesc ?? "",
        outcome: classifyResultCode(resultCode),
      };
    }

    const refusal = errorAnswerOf(answer);
    if (isStillProcessingAnswer(refusal)) {
      return {
        checkoutRequestId: id,
        merchantRequestId: undefined,
        resultCode: STK_PENDING_RESULT_CODE,
        resultDesc: refusal.errorMessage ?? "",
        outcome: { status: "pending" },
      };
    }
    throw new DarajaApiError("stk_query", refusal);
  }
}

function parseJsonText(data: unknown): unknown {
  if (typeof data !== "string") return data;
  if (data.trim() === "") return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/** The client for this service's settings (Safaricom or the built-in simulator, by config.mpesa.baseUrl). */
export function createDarajaClient(
  mpesa: Config["mpesa"],
  extras: Pick<DarajaClientOptions, "logger" | "now" | "timeoutMs"> = {},
): DarajaClient {
  const { baseUrl, consumerKey, consumerSecret, businessShortCode, partyB, shortcodeType, passkey } = mpesa;
  return new DarajaClient({ baseUrl, consumerKey, consumerSecret, businessShortCode, partyB, shortcodeType, passkey, ...extras });
}
