// What the operator reads about phone numbers and M-Pesa, keyed by the codes the code deals in
// (messages `mpesa-*` in locales/*.ftl, section `## mpesa`).
import type { MobileNetwork, PhoneNormalisation, PhoneProblem } from "../domain/phone.js";
import type { StkFailureReason, StkOutcome } from "../mpesa/callback.js";
import { MpesaRequestError, type MpesaError, type MpesaErrorReason } from "../mpesa/errors.js";
import { t } from "./i18n.js";

const phoneProblem = {
  get empty() {
    return t("mpesa-phone-empty");
  },
  get not_a_phone_number() {
    return t("mpesa-phone-not-a-phone-number");
  },
  get too_short() {
    return t("mpesa-phone-too-short");
  },
  get too_long() {
    return t("mpesa-phone-too-long");
  },
  get not_kenyan() {
    return t("mpesa-phone-not-kenyan");
  },
  get not_mobile() {
    return t("mpesa-phone-not-mobile");
  },
  get not_safaricom() {
    return t("mpesa-phone-not-safaricom");
  },
} satisfies Record<PhoneProblem, string>;

/** The networks' own names, the same in every language. */
const networkName = {
  airtel: "Airtel",
  telkom: "Telkom",
} satisfies Record<MobileNetwork, string>;

const error = {
  get not_configured() {
    return t("mpesa-error-not-configured");
  },
  get wrong_credentials() {
    return t("mpesa-error-wrong-credentials");
  },
  get wrong_shortcode() {
    return t("mpesa-error-wrong-shortcode");
  },
  get token_rejected() {
    return t("mpesa-error-token-rejected");
  },
  get subscriber_locked() {
    return t("mpesa-error-subscriber-locked");
  },
  get system_busy() {
    return t("mpesa-error-system-busy");
  },
  get invalid_phone() {
    return t("mpesa-error-invalid-phone");
  },
  get invalid_amount() {
    return t("mpesa-error-invalid-amount");
  },
  get invalid_callback_url() {
    return t("mpesa-error-invalid-callback-url");
  },
  get urls_already_registered() {
    return t("mpesa-error-urls-already-registered");
  },
  get invalid_request() {
    return t("mpesa-error-invalid-request");
  },
  get transaction_not_found() {
    return t("mpesa-error-transaction-not-found");
  },
  get network() {
    return t("mpesa-error-network");
  },
  get timeout() {
    return t("mpesa-error-timeout");
  },
  get push_outcome_unknown() {
    return t("mpesa-error-push-outcome-unknown");
  },
  get unexpected_response() {
    return t("mpesa-error-unexpected-response");
  },
  get daraja_error() {
    return t("mpesa-error-daraja-error");
  },
} satisfies Record<MpesaErrorReason, string>;

const failure = {
  get insufficient_funds() {
    return t("mpesa-failure-insufficient-funds");
  },
  get amount_below_minimum() {
    return t("mpesa-failure-amount-below-minimum");
  },
  get amount_above_maximum() {
    return t("mpesa-failure-amount-above-maximum");
  },
  get daily_limit_reached() {
    return t("mpesa-failure-daily-limit-reached");
  },
  get balance_limit_reached() {
    return t("mpesa-failure-balance-limit-reached");
  },
  get duplicate_request() {
    return t("mpesa-failure-duplicate-request");
  },
  get system_busy() {
    return t("mpesa-failure-system-busy");
  },
  get subscriber_locked() {
    return t("mpesa-failure-subscriber-locked");
  },
  get expired() {
    return t("mpesa-failure-expired");
  },
  get prompt_not_sent() {
    return t("mpesa-failure-prompt-not-sent");
  },
  get cancelled() {
    return t("mpesa-failure-cancelled");
  },
  get unreachable() {
    return t("mpesa-failure-unreachable");
  },
  get wrong_pin() {
    return t("mpesa-failure-wrong-pin");
  },
  get merchant_misconfigured() {
    return t("mpesa-failure-merchant-misconfigured");
  },
} satisfies Record<StkFailureReason, string>;

const outcome = {
  get paid() {
    return t("mpesa-outcome-paid");
  },
  get pending() {
    return t("mpesa-outcome-pending");
  },
  get unknown() {
    return t("mpesa-outcome-unknown");
  },
};

function explainPhoneProblem(refusal: Extract<PhoneNormalisation, { ok: false }>): string {
  if (refusal.problem === "not_safaricom" && refusal.network) return t("mpesa-phone-other-network", { network: networkName[refusal.network] });
  return phoneProblem[refusal.problem];
}

/** The operator's sentence for any M-Pesa error; a refused phone number gets the specific reason. */
function explainError(failed: MpesaError): string {
  if (failed instanceof MpesaRequestError && failed.phoneProblem) return phoneProblem[failed.phoneProblem];
  return error[failed.reason];
}

function explainOutcome(result: StkOutcome): string {
  return result.status === "failed" ? failure[result.reason] : outcome[result.status];
}

export const mpesaTexts = {
  phoneProblem,
  networkName,
  error,
  failure,
  outcome,
  explainPhoneProblem,
  explainError,
  explainOutcome,
};
