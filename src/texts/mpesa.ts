// What the operator reads about phone numbers and M-Pesa, keyed by the codes the code deals in.
// English; a Swahili catalogue of type MpesaTexts can sit beside it.
import type { MobileNetwork, PhoneNormalisation, PhoneProblem } from "../domain/phone.js";
import type { StkFailureReason, StkOutcome } from "../mpesa/callback.js";
import { MpesaRequestError, type MpesaError, type MpesaErrorReason } from "../mpesa/errors.js";

const phoneProblem = {
  empty: "Type the customer's M-Pesa number, for example 0712 345 678.",
  not_a_phone_number: "That does not look like a phone number. Type it like 0712 345 678.",
  too_short: "That number is too short. A Safaricom number has 10 digits, like 0712 345 678.",
  too_long: "That number is too long. A Safaricom number has 10 digits, like 0712 345 678.",
  not_kenyan: "That is not a Kenyan number. M-Pesa prompts only go to Safaricom numbers in Kenya.",
  not_mobile: "That is not a mobile number. Type the customer's Safaricom line, like 0712 345 678.",
  not_safaricom: "That number is not a Safaricom number, so it cannot get an M-Pesa prompt. Use another number or take cash.",
} satisfies Record<PhoneProblem, string>;

const networkName = {
  airtel: "Airtel",
  telkom: "Telkom",
} satisfies Record<MobileNetwork, string>;

const error = {
  not_configured: "M-Pesa is not set up on this service yet. Ask the manager to check the M-Pesa settings.",
  wrong_credentials: "Safaricom refused the café's M-Pesa keys. Ask the manager to check the consumer key, secret and passkey.",
  wrong_shortcode: "Safaricom does not recognise the café's paybill or till number. Ask the manager to check the M-Pesa settings.",
  token_rejected: "Safaricom refused the café's M-Pesa access. Ask the manager to check that the Daraja app has M-Pesa Express enabled.",
  subscriber_locked: "The customer has another M-Pesa request open; try again in a minute.",
  system_busy: "M-Pesa is busy right now; try again in a few minutes.",
  invalid_phone: "Safaricom did not accept that phone number. Check it with the customer.",
  invalid_amount: "M-Pesa takes whole shillings from 1 to 250,000; check the amount.",
  invalid_callback_url: "The address M-Pesa should report back to is not valid. Ask the manager to check the service's public address.",
  urls_already_registered:
    "Safaricom already has payment addresses registered for the café's paybill or till; changing them goes through Safaricom (apisupport@safaricom.co.ke).",
  invalid_request: "M-Pesa refused the request details. Try again; if it happens again, tell the manager.",
  transaction_not_found: "Safaricom has no record of that M-Pesa request. Check the customer's M-Pesa messages before sending a new one.",
  network: "M-Pesa could not be reached, so nothing was sent. Check the internet connection and try again.",
  timeout: "M-Pesa did not answer in time. Try again in a minute.",
  push_outcome_unknown: "We could not tell whether the prompt reached the customer; check their M-Pesa messages before sending again.",
  unexpected_response: "M-Pesa sent an answer we could not read. Try again in a minute; if it goes on, tell the manager.",
  daraja_error: "M-Pesa refused the request. Try again in a minute; if it goes on, tell the manager.",
} satisfies Record<MpesaErrorReason, string>;

const failure = {
  insufficient_funds: "The customer does not have enough money in M-Pesa.",
  amount_below_minimum: "The amount is below the M-Pesa minimum.",
  amount_above_maximum: "The amount is above what M-Pesa allows in one payment.",
  daily_limit_reached: "The customer has reached their daily M-Pesa limit.",
  balance_limit_reached: "M-Pesa declined it: an account would go over its balance limit.",
  duplicate_request: "The same amount was asked of this customer less than two minutes ago; wait a little before sending again.",
  system_busy: "M-Pesa was busy; try again in a few minutes.",
  subscriber_locked: "The customer had another M-Pesa request open; try again in a minute.",
  expired: "The prompt expired before the customer answered.",
  prompt_not_sent: "M-Pesa could not send the prompt to the customer's phone; try again.",
  cancelled: "Cancelled by the customer.",
  unreachable: "The customer's phone could not be reached (switched off, no network, or the prompt was ignored).",
  wrong_pin: "The customer entered a wrong M-Pesa PIN.",
  merchant_misconfigured: "Safaricom refused the payment because of the café's paybill or till setup. Ask the manager to check the M-Pesa settings.",
} satisfies Record<StkFailureReason, string>;

const outcome = {
  paid: "Paid.",
  pending: "Waiting for the customer to enter their M-Pesa PIN.",
  unknown: "M-Pesa gave an answer we do not recognise; check the customer's M-Pesa messages before sending again.",
};

function explainPhoneProblem(refusal: Extract<PhoneNormalisation, { ok: false }>): string {
  if (refusal.problem === "not_safaricom" && refusal.network) {
    return `That number is on ${networkName[refusal.network]}, not Safaricom, so it cannot get an M-Pesa prompt. Use another number or take cash.`;
  }
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
