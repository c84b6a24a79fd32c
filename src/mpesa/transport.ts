// What an HTTP exchange with Daraja comes to: an answer (status and parsed body) or a typed error.
import axios from "axios";
import { MpesaPushOutcomeUnknownError, MpesaTransportError, type DarajaErrorAnswer, type DarajaOperation, type MpesaError } from "./errors.js";
import { darajaErrorBodySchema } from "./protocol.js";

export interface HttpAnswer {
  readonly status: number;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  readonly body: unknown;
}

export const isSuccess = (answer: HttpAnswer) => answer.status >= 200 && answer.status < 300;

/** Daraja's error shape, or for an answer without one, the bare HTTP status. */
export function errorAnswerOf(answer: HttpAnswer): DarajaErrorAnswer {
  const parsed = darajaErrorBodySchema.safeParse(answer.body);
  return {
    httpStatus: answer.status,
    errorCode: parsed.success ? parsed.data.errorCode : undefined,
    errorMessage: parsed.success ? parsed.data.errorMessage : undefined,
    requestId: parsed.success ? parsed.data.requestId : undefined,
  };
}

export function parseJsonText(data: unknown): unknown {
  if (typeof data !== "string") return data;
  if (data.trim() === "") return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

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

function errorCode(error: unknown): unknown {
  if (axios.isAxiosError(error)) return error.code;
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

/** Turns a transport failure into a typed error. The axios error itself is dropped: it holds the Authorization header. */
export function transportError(error: unknown, operation: DarajaOperation): MpesaError {
  const code = errorCode(error);
  const codeText = typeof code === "string" ? code : undefined;
  const timedOut = codeText !== undefined && TIMEOUT_CODES.has(codeText);
  if (operation === "stk_push" && !(codeText !== undefined && NOT_SENT_CODES.has(codeText))) {
    return new MpesaPushOutcomeUnknownError(timedOut ? "timeout" : "connection_lost", codeText);
  }
  return new MpesaTransportError(timedOut ? "timeout" : "network", operation, codeText);
}
