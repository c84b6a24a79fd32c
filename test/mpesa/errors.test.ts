import { describe, expect, it } from "vitest";
import type { PhoneProblem } from "../../src/domain/phone.js";
import type { StkFailureReason } from "../../src/mpesa/callback.js";
import {
  DarajaApiError,
  darajaErrorReason,
  isMpesaError,
  isStillProcessingAnswer,
  MpesaConfigError,
  MpesaPushOutcomeUnknownError,
  MpesaRequestError,
  MpesaTransportError,
  type DarajaErrorAnswer,
  type DarajaOperation,
  type MpesaErrorReason,
} from "../../src/mpesa/errors.js";
import { mpesaTexts } from "../../src/texts/mpesa.js";

const answer = (httpStatus: number, errorCode?: string, errorMessage?: string): DarajaErrorAnswer => ({
  httpStatus,
  errorCode,
  errorMessage,
  requestId: undefined,
});

describe("darajaErrorReason", () => {
  it.each<[DarajaOperation, DarajaErrorAnswer, MpesaErrorReason]>([
    ["stk_push", answer(400, "400.002.02", "Bad Request - Invalid CallBackURL"), "invalid_callback_url"],
    ["stk_push", answer(400, "400.002.02", "Bad Request - Invalid PhoneNumber"), "invalid_phone"],
    ["stk_push", answer(400, "400.002.02", "Bad Request - Invalid PartyA"), "invalid_phone"],
    ["stk_push", answer(400, "400.002.02", "Bad Request - Invalid Amount"), "invalid_amount"],
    ["stk_push", answer(400, "400.002.02", "Bad Request - Invalid BusinessShortCode"), "wrong_shortcode"],
    ["stk_push", answer(400, "400.002.02", "Bad Request - Invalid Timestamp"), "invalid_request"],
    ["stk_push", answer(400, "400.002.02", "Bad Request - Invalid Remarks"), "invalid_request"],
    ["stk_push", answer(404, "404.001.03", "Invalid Access Token"), "token_rejected"],
    ["stk_query", answer(401, "401.003.01", "Error accessing the requested resource: no apiproduct match found"), "token_rejected"],
    ["stk_push", answer(500, "500.001.1001", "Merchant does not exist"), "wrong_shortcode"],
    ["stk_push", answer(500, "500.001.1001", "Wrong credentials"), "wrong_credentials"],
    ["stk_push", answer(500, "500.001.1001", "Unable to lock subscriber, a transaction is already in process for the current subscriber"), "subscriber_locked"],
    ["stk_query", answer(500, "500.001.1001", "The transaction does not Exist"), "transaction_not_found"],
    ["stk_push", answer(500, "500.003.02", "System is busy. Please try again in few minutes."), "system_busy"],
    ["stk_push", answer(500, "500.003.02", "Spike Arrest Violation"), "system_busy"],
    ["stk_push", answer(500, "500.003.03", "Quota Violation"), "system_busy"],
    ["stk_push", answer(429), "system_busy"],
    ["token", answer(400), "wrong_credentials"],
    ["token", answer(401), "wrong_credentials"],
    ["token", answer(400, "400.008.01", "Invalid Authentication passed"), "wrong_credentials"],
    ["token", answer(400, "400.008.02", "Invalid grant type passed"), "invalid_request"],
    ["stk_push", answer(400), "daraja_error"],
    ["stk_push", answer(500, "500.001.1001", "Something new"), "daraja_error"],
    ["stk_push", answer(418, "999.999.99", "?"), "daraja_error"],
  ])("%s %j → %s", (operation, refusal, reason) => {
    expect(darajaErrorReason(operation, refusal)).toBe(reason);
    expect(new DarajaApiError(operation, refusal).reason).toBe(reason);
  });

  it("recognises the older 'still processing' answer", () => {
    expect(isStillProcessingAnswer(answer(500, "500.001.1001", "The transaction is being processed"))).toBe(true);
    expect(isStillProcessingAnswer(answer(500, "500.001.1001", "The transaction does not Exist"))).toBe(false);
  });
});

describe("typed errors", () => {
  it("carry their facts, not strings to parse", () => {
    const refused = new DarajaApiError("stk_push", { httpStatus: 500, errorCode: "500.001.1001", errorMessage: "Wrong credentials", requestId: "1-2-3" });
    expect(refused).toMatchObject({
      kind: "daraja",
      operation: "stk_push",
      httpStatus: 500,
      errorCode: "500.001.1001",
      requestId: "1-2-3",
      name: "DarajaApiError",
    });
    expect(isMpesaError(refused)).toBe(true);
    expect(isMpesaError(new Error("x"))).toBe(false);

    expect(new MpesaConfigError(["passkey"])).toMatchObject({ kind: "configuration", reason: "not_configured", fields: ["passkey"] });
    expect(new MpesaRequestError("invalid_phone", "stk_push", "phone", "not_safaricom")).toMatchObject({
      kind: "request",
      reason: "invalid_phone",
      phoneProblem: "not_safaricom",
    });
    expect(new MpesaTransportError("timeout", "stk_query", "ETIMEDOUT")).toMatchObject({ kind: "transport", reason: "timeout", code: "ETIMEDOUT" });
    expect(new MpesaPushOutcomeUnknownError("timeout", "ETIMEDOUT")).toMatchObject({
      kind: "outcome_unknown",
      reason: "push_outcome_unknown",
      operation: "stk_push",
      detail: "timeout",
    });
  });
});

describe("operator texts", () => {
  const reasons: MpesaErrorReason[] = [
    "not_configured",
    "wrong_credentials",
    "wrong_shortcode",
    "token_rejected",
    "subscriber_locked",
    "system_busy",
    "invalid_phone",
    "invalid_amount",
    "invalid_callback_url",
    "invalid_request",
    "transaction_not_found",
    "network",
    "timeout",
    "push_outcome_unknown",
    "unexpected_response",
    "daraja_error",
  ];
  const problems: PhoneProblem[] = ["empty", "not_a_phone_number", "too_short", "too_long", "not_kenyan", "not_mobile", "not_safaricom"];
  const failures: StkFailureReason[] = [
    "insufficient_funds",
    "amount_below_minimum",
    "amount_above_maximum",
    "daily_limit_reached",
    "balance_limit_reached",
    "duplicate_request",
    "system_busy",
    "subscriber_locked",
    "expired",
    "prompt_not_sent",
    "cancelled",
    "unreachable",
    "wrong_pin",
    "merchant_misconfigured",
  ];

  it("has a sentence for every reason, problem and failure, and no codes in them", () => {
    for (const sentence of [
      ...reasons.map((r) => mpesaTexts.error[r]),
      ...problems.map((p) => mpesaTexts.phoneProblem[p]),
      ...failures.map((f) => mpesaTexts.failure[f]),
    ]) {
      expect(sentence).toMatch(/^[A-Z].{10,}[.]$/);
      expect(sentence).not.toMatch(/\d{3}\.\d{3}|_/);
    }
  });

  it("explains the cases the operator meets most in the words the product promises", () => {
    const locked = new DarajaApiError(
      "stk_push",
      answer(500, "500.001.1001", "Unable to lock subscriber, a transaction is already in process for the current subscriber"),
    );
    expect(mpesaTexts.explainError(locked)).toBe("The customer has another M-Pesa request open; try again in a minute.");
    expect(mpesaTexts.explainError(new MpesaPushOutcomeUnknownError("timeout", undefined))).toBe(
      "We could not tell whether the prompt reached the customer; check their M-Pesa messages before sending again.",
    );
    expect(mpesaTexts.explainError(new MpesaRequestError("invalid_phone", "stk_push", "phone", "not_safaricom"))).toMatch(/not a Safaricom number/);
    expect(mpesaTexts.explainPhoneProblem({ ok: false, problem: "not_safaricom", network: "airtel" })).toMatch(/on Airtel, not Safaricom/);
    expect(mpesaTexts.explainOutcome({ status: "failed", reason: "cancelled" })).toBe("Cancelled by the customer.");
    expect(mpesaTexts.explainOutcome({ status: "pending" })).toMatch(/PIN/);
  });
});
