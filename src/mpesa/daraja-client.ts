// The Daraja client: OAuth token cache, STK push, STK query, C2B URL registration, Transaction Status. It talks HTTP to whatever baseUrl says:
// Safaricom's sandbox, production, or the built-in simulator; it cannot tell them apart.
import axios, { type AxiosAdapter, type AxiosInstance } from "axios";
import type { Config } from "../config/index.js";
import { maskMsisdn, type Msisdn } from "../domain/phone.js";
import type { Logger } from "../logger.js";
import { classifyResultCode, normaliseResultCode, STK_PENDING_RESULT_CODE, type StkOutcome, type StkResultCode } from "./callback.js";
import { DarajaApiError, isStillProcessingAnswer, MpesaConfigError, MpesaPushOutcomeUnknownError, MpesaRequestError, type DarajaOperation } from "./errors.js";
import {
  buildC2bRegisterBody,
  buildStkPushBody,
  buildStkQueryBody,
  buildTransactionStatusBody,
  c2bAnswerSchema,
  DARAJA_PATHS,
  INVALID_TOKEN_CODE,
  pushAnswerSchema,
  queryAnswerSchema,
  normaliseReceipt,
  SHORTCODE,
  statusAnswerSchema,
  tokenAnswerSchema,
  type C2bSettings,
  type DarajaCredentials,
  type Initiator,
  type StkPushRequest,
} from "./protocol.js";
import { errorAnswerOf, isSuccess, parseJsonText, transportError, type HttpAnswer } from "./transport.js";

const DEFAULT_TIMEOUT_MS = 20_000;
/** A token is renewed this long before Daraja would expire it (less for very short-lived tokens). */
const DEFAULT_TOKEN_REFRESH_MARGIN_MS = 60_000;
/** When an answer carries no readable expires_in: Daraja's usual hour, less a second. */
const FALLBACK_TOKEN_LIFETIME_S = 3599;
const MAX_ANSWER_BYTES = 64 * 1024;

export interface DarajaClientOptions extends DarajaCredentials {
  /** Applies to every call, token included. */
  readonly timeoutMs?: number;
  readonly tokenRefreshMarginMs?: number;
  readonly now?: () => Date;
  readonly logger?: Logger;
  /** Replaces the HTTP transport (tests that need a socket error HTTP cannot produce). */
  readonly adapter?: AxiosAdapter;
  /** Needed by registerC2bUrls and transactionStatus. */
  readonly c2b?: C2bSettings;
  /** The API operator of Transaction Status; without it transactionStatus is not_configured. */
  readonly initiator?: Initiator;
}

/** Daraja took a Transaction Status query; its result comes to the ResultURL with these ids. */
export interface TransactionStatusAccepted {
  readonly conversationId: string;
  readonly originatorConversationId: string;
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

function checkCredentials(options: DarajaClientOptions): void {
  const wrong: string[] = [];
  try {
    const url = new URL(options.baseUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") wrong.push("baseUrl");
  } catch {
    wrong.push("baseUrl");
  }
  if (!options.consumerKey.trim()) wrong.push("consumerKey");
  if (!options.consumerSecret.trim()) wrong.push("consumerSecret");
  if (!options.passkey.trim()) wrong.push("passkey");
  if (!SHORTCODE.test(options.businessShortCode)) wrong.push("businessShortCode");
  if (!SHORTCODE.test(options.partyB)) wrong.push("partyB");
  if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) wrong.push("timeoutMs");
  if (wrong.length > 0) throw new MpesaConfigError(wrong);
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
  private async authorizedPost(operation: Exclude<DarajaOperation, "token">, path: string, body: object): Promise<HttpAnswer> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.accessToken();
      const answer = await this.send(operation, () =>
        this.http.post<string>(path, body, { headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" } }),
      );
      // An invalid token is refused at Daraja's gateway, before any prompt: resending is safe.
      if (attempt === 1 && errorAnswerOf(answer).errorCode === INVALID_TOKEN_CODE) {
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
      this.log?.info({ checkoutRequestId: accepted.CheckoutRequestID, amount: body.Amount, phone: maskMsisdn(body.PhoneNumber) }, "stk push accepted");
      return {
        merchantRequestId: accepted.MerchantRequestID,
        checkoutRequestId: accepted.CheckoutRequestID,
        msisdn: body.PhoneNumber,
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

  private c2bSettings(): C2bSettings {
    if (!this.options.c2b) throw new MpesaConfigError(["c2b"]);
    return this.options.c2b;
  }

  /**
   * Registers this service's confirmation and validation URLs for the shortcode customers pay from the
   * menu. In production a shortcode's URLs are registered once; a second registration is refused
   * (urls_already_registered).
   */
  async registerC2bUrls(): Promise<void> {
    const answer = await this.authorizedPost("c2b_register", DARAJA_PATHS.c2bRegister, buildC2bRegisterBody(this.c2bSettings()));
    if (!isSuccess(answer)) throw new DarajaApiError("c2b_register", errorAnswerOf(answer));
    const parsed = c2bAnswerSchema.safeParse(answer.body);
    if (!parsed.success) throw new DarajaApiError("c2b_register", errorAnswerOf(answer), "unexpected_response");
    const refused = refusedAcknowledgement("c2b_register", answer, parsed.data.ResponseCode, parsed.data.ResponseDescription);
    if (refused) throw refused;
  }

  /**
   * Asks M-Pesa about a receipt paid to the café's shortcode. The answer only acknowledges the
   * question: M-Pesa POSTs the result to the status result URL (or, when it gives up, the timeout URL).
   */
  async transactionStatus(receipt: string): Promise<TransactionStatusAccepted> {
    const c2b = this.c2bSettings();
    const { initiator } = this.options;
    if (!initiator) throw new MpesaConfigError(["initiator"]);
    const transactionId = normaliseReceipt(receipt);
    if (transactionId === undefined) throw new MpesaRequestError("invalid_request", "transaction_status", "receipt");
    const answer = await this.authorizedPost("transaction_status", DARAJA_PATHS.transactionStatus, buildTransactionStatusBody(c2b, initiator, transactionId));
    if (!isSuccess(answer)) throw new DarajaApiError("transaction_status", errorAnswerOf(answer));
    const parsed = statusAnswerSchema.safeParse(answer.body);
    if (!parsed.success) throw new DarajaApiError("transaction_status", errorAnswerOf(answer), "unexpected_response");
    const refused = refusedAcknowledgement("transaction_status", answer, parsed.data.ResponseCode, parsed.data.ResponseDescription);
    if (refused) throw refused;
    this.log?.info({ receipt: transactionId, conversationId: parsed.data.ConversationID }, "transaction status asked");
    return { conversationId: parsed.data.ConversationID, originatorConversationId: parsed.data.OriginatorConversationID };
  }
}

/** A 2xx answer's ResponseCode: "0" (or 0, "00000000") is success, anything else a refusal. */
function refusedAcknowledgement(
  operation: DarajaOperation,
  answer: HttpAnswer,
  code: string | number,
  description: string | undefined,
): DarajaApiError | undefined {
  if (normaliseResultCode(code) === 0) return undefined;
  return new DarajaApiError(operation, { httpStatus: answer.status, errorCode: String(code), errorMessage: description, requestId: undefined });
}

/** The client for this service's settings (Safaricom or the built-in simulator, by config.mpesa.baseUrl). */
export function createDarajaClient(mpesa: Config["mpesa"], extras: Pick<DarajaClientOptions, "logger" | "now" | "timeoutMs"> = {}): DarajaClient {
  const { baseUrl, consumerKey, consumerSecret, businessShortCode, partyB, shortcodeType, passkey, c2b, initiator } = mpesa;
  return new DarajaClient({ baseUrl, consumerKey, consumerSecret, businessShortCode, partyB, shortcodeType, passkey, c2b, initiator, ...extras });
}
