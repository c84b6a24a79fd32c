// Everything that can go wrong talking to Daraja, as types with a `reason` code. The operator's
// sentences for each reason live in src/texts/mpesa.ts; messages here are for the logs only, and
// never carry the request (its Authorization header and Password would leak secrets).
import type { PhoneProblem } from "../domain/phone.js";

export type DarajaOperation = "token" | "stk_push" | "stk_query" | "c2b_register" | "transaction_status";

export type MpesaErrorReason =
  /** The client's settings are missing or unusable. */
  | "not_configured"
  /** Consumer key/secret refused, or the Password (shortcode + passkey) does not match. */
  | "wrong_credentials"
  /** Daraja does not know the shortcode, or it does not go with these keys. */
  | "wrong_shortcode"
  /** The access token is refused even after a fresh one (e.g. the app lacks the M-Pesa Express product). */
  | "token_rejected"
  /** The customer already has a prompt open. */
  | "subscriber_locked"
  | "system_busy"
  | "invalid_phone"
  | "invalid_amount"
  | "invalid_callback_url"
  /** The shortcode's C2B URLs are registered already: in production only Safaricom changes them. */
  | "urls_already_registered"
  /** A field Daraja refuses that the operator cannot fix (Timestamp, Remarks...). */
  | "invalid_request"
  /** STK query for a CheckoutRequestID Daraja does not know. */
  | "transaction_not_found"
  /** Daraja could not be reached; nothing was sent. */
  | "network"
  /** No answer in time (token or query: safe to ask again). */
  | "timeout"
  /** A push was sent but its answer was lost: the customer may have a prompt. Never resend blindly. */
  | "push_outcome_unknown"
  /** Daraja answered something this client cannot read. */
  | "unexpected_response"
  /** A Daraja error code this client does not know. */
  | "daraja_error";

/** Every reason, at run time (the Record makes the compiler check that none is missing). */
const MPESA_ERROR_REASONS: Record<MpesaErrorReason, true> = {
  not_configured: true,
  wrong_credentials: true,
  wrong_shortcode: true,
  token_rejected: true,
  subscriber_locked: true,
  system_busy: true,
  invalid_phone: true,
  invalid_amount: true,
  invalid_callback_url: true,
  urls_already_registered: true,
  invalid_request: true,
  transaction_not_found: true,
  network: true,
  timeout: true,
  push_outcome_unknown: true,
  unexpected_response: true,
  daraja_error: true,
};

/** True for one of this client's reason codes (not, say, Safaricom's free-text ResultDesc). */
export function isMpesaErrorReason(value: unknown): value is MpesaErrorReason {
  return typeof value === "string" && Object.hasOwn(MPESA_ERROR_REASONS, value);
}

export abstract class MpesaError extends Error {
  abstract readonly kind: "configuration" | "request" | "transport" | "daraja" | "outcome_unknown";
  constructor(
    readonly reason: MpesaErrorReason,
    readonly operation: DarajaOperation | undefined,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The client cannot work with the settings it was given. */
export class MpesaConfigError extends MpesaError {
  override readonly kind = "configuration";
  constructor(readonly fields: readonly string[]) {
    super("not_configured", undefined, `M-Pesa client settings missing or invalid: ${fields.join(", ")}`);
  }
}

export type RequestField = "phone" | "amount" | "callbackUrl" | "accountReference" | "description" | "checkoutRequestId" | "receipt";

/** Refused before anything was sent: the request itself is wrong. */
export class MpesaRequestError extends MpesaError {
  override readonly kind = "request";
  constructor(
    reason: "invalid_phone" | "invalid_amount" | "invalid_callback_url" | "invalid_request",
    operation: DarajaOperation,
    readonly field: RequestField,
    /** For `invalid_phone`: why the number was refused. */
    readonly phoneProblem?: PhoneProblem,
  ) {
    super(reason, operation, `${operation}: invalid ${field}${phoneProblem ? ` (${phoneProblem})` : ""}`);
  }
}

/** Daraja was not reached, or did not answer in time. Nothing happened on Daraja's side for a push. */
export class MpesaTransportError extends MpesaError {
  override readonly kind = "transport";
  constructor(
    reason: "network" | "timeout",
    operation: DarajaOperation,
    /** The socket error code (ECONNREFUSED, ETIMEDOUT...), when there is one. */
    readonly code: string | undefined,
  ) {
    super(reason, operation, `${operation}: ${reason}${code ? ` (${code})` : ""}`);
  }
}

export type PushOutcomeUnknownCause = "timeout" | "connection_lost" | "gateway_error" | "unreadable_answer";

/**
 * A push left this machine and its answer never came (or could not be read): the customer may be
 * looking at a prompt, and without a CheckoutRequestID it cannot be queried. Never retried.
 */
export class MpesaPushOutcomeUnknownError extends MpesaError {
  override readonly kind = "outcome_unknown";
  constructor(
    readonly detail: PushOutcomeUnknownCause,
    readonly code: string | undefined,
  ) {
    super("push_outcome_unknown", "stk_push", `stk_push: outcome unknown (${detail}${code ? `, ${code}` : ""})`);
  }
}

export interface DarajaErrorAnswer {
  readonly httpStatus: number;
  readonly errorCode: string | undefined;
  readonly errorMessage: string | undefined;
  readonly requestId: string | undefined;
}

/** Daraja answered and refused. */
export class DarajaApiError extends MpesaError implements DarajaErrorAnswer {
  override readonly kind = "daraja";
  readonly httpStatus: number;
  readonly errorCode: string | undefined;
  readonly errorMessage: string | undefined;
  readonly requestId: string | undefined;
  constructor(operation: DarajaOperation, answer: DarajaErrorAnswer, reason: MpesaErrorReason = darajaErrorReason(operation, answer)) {
    super(
      reason,
      operation,
      `${operation}: Daraja answered HTTP ${answer.httpStatus}${answer.errorCode ? ` ${answer.errorCode}` : ""}${answer.errorMessage ? ` "${answer.errorMessage}"` : ""}`,
    );
    this.httpStatus = answer.httpStatus;
    this.errorCode = answer.errorCode;
    this.errorMessage = answer.errorMessage;
    this.requestId = answer.requestId;
  }
}

export function isMpesaError(error: unknown): error is MpesaError {
  return error instanceof MpesaError;
}

/** `400.002.02 Bad Request - Invalid <Field>`: the field decides. */
function invalidFieldReason(operation: DarajaOperation, message: string): MpesaErrorReason {
  if (/(callback|confirmation|validation|result|queue\s*time\s*out)\s*url/i.test(message)) return "invalid_callback_url";
  if (/initiator|security\s*credential/i.test(message)) return "wrong_credentials";
  // Transaction Status's PartyA is the café's shortcode, a push's the customer's phone.
  if (/short\s*code|party\s*b\b|identifier\s*type/i.test(message) || (operation === "transaction_status" && /party\s*a\b/i.test(message))) {
    return "wrong_shortcode";
  }
  if (/phone\s*number|party\s*a\b/i.test(message)) return "invalid_phone";
  if (/amount/i.test(message)) return "invalid_amount";
  return "invalid_request";
}

/**
 * `500.001.1001` covers several situations that only the message tells apart; it is the one place
 * where Daraja's wording has to be read.
 */
function generic500Reason(message: string): MpesaErrorReason {
  if (/lock\s+subscriber|already in process/i.test(message)) return "subscriber_locked";
  if (/wrong credentials/i.test(message)) return "wrong_credentials";
  if (/merchant does not exist/i.test(message)) return "wrong_shortcode";
  if (/does not exist/i.test(message)) return "transaction_not_found";
  return "daraja_error";
}

/** True for the STK query answer that means "no result yet" in Daraja's older form. */
export function isStillProcessingAnswer(answer: DarajaErrorAnswer): boolean {
  return answer.errorCode === "500.001.1001" && /being processed|under processing/i.test(answer.errorMessage ?? "");
}

/** Maps a Daraja error answer to what it means for the café. */
export function darajaErrorReason(operation: DarajaOperation, answer: DarajaErrorAnswer): MpesaErrorReason {
  const code = answer.errorCode ?? "";
  const message = answer.errorMessage ?? "";
  if (code === "404.001.03" || code === "404.001.04" || code === "401.003.01") return "token_rejected";
  if (code === "400.002.02") return invalidFieldReason(operation, message);
  if (operation === "c2b_register" && /already\s+registered/i.test(message)) return "urls_already_registered";
  if (code === "500.001.1001") return generic500Reason(message);
  if (code.startsWith("500.003.")) return "system_busy";
  if (operation === "token") {
    // Wrong keys come back as 400 (often with an empty body) or 401; a bad grant_type is our bug.
    if (code === "400.008.02") return "invalid_request";
    if (answer.httpStatus === 400 || answer.httpStatus === 401 || answer.httpStatus === 403) return "wrong_credentials";
  }
  if (answer.httpStatus === 429 || answer.httpStatus === 503) return "system_busy";
  return "daraja_error";
}
