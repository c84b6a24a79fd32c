// The customer's number scripts what the simulated customer does with a prompt.
type ScriptedBehaviour = "result" | "no_callback" | "duplicate_callback";

export interface ScriptedNumber {
  /** The last four digits of the customer's number that select this row. */
  readonly lastFour: string;
  /** A number to type at the counter to get it. */
  readonly example: string;
  readonly resultCode: number;
  readonly resultDesc: string;
  readonly behaviour: ScriptedBehaviour;
}

const PAID_DESC = "The service request is processed successfully.";

/** Also the answer to a push to a till as a paybill (or to the wrong PartyB): accepted, refused in the callback, as on Daraja. */
export const MISCONFIGURED: ScriptedNumber = {
  lastFour: "2028",
  example: "0712 342 028",
  resultCode: 2028,
  resultDesc: "The request is not permitted according to product assignment",
  behaviour: "result",
};

/**
 * The customer's number decides what happens; any number not listed here pays, with one callback.
 * The README's table is written from this one.
 */
export const SIMULATOR_SCRIPTED_NUMBERS: readonly ScriptedNumber[] = [
  { lastFour: "0001", example: "0712 340 001", resultCode: 1, resultDesc: "The balance is insufficient for the transaction.", behaviour: "result" },
  {
    lastFour: "0002",
    example: "0712 340 002",
    resultCode: 2,
    resultDesc: "Declined due to limit rule: less than the minimum transaction amount.",
    behaviour: "result",
  },
  {
    lastFour: "0003",
    example: "0712 340 003",
    resultCode: 3,
    resultDesc: "Declined due to limit rule: greater than the maximum transaction amount.",
    behaviour: "result",
  },
  {
    lastFour: "0004",
    example: "0712 340 004",
    resultCode: 4,
    resultDesc: "Declined due to limit rule: would exceed daily transfer limit.",
    behaviour: "result",
  },
  {
    lastFour: "0008",
    example: "0712 340 008",
    resultCode: 8,
    resultDesc: "Declined due to limit rule: would exceed the maximum balance.",
    behaviour: "result",
  },
  { lastFour: "0017", example: "0712 340 017", resultCode: 17, resultDesc: "Rule limited.", behaviour: "result" },
  { lastFour: "0026", example: "0712 340 026", resultCode: 26, resultDesc: "System busy", behaviour: "result" },
  {
    lastFour: "1001",
    example: "0712 341 001",
    resultCode: 1001,
    resultDesc: "Unable to lock subscriber, a transaction is already in process for the current subscriber",
    behaviour: "result",
  },
  { lastFour: "1019", example: "0712 341 019", resultCode: 1019, resultDesc: "Transaction has expired", behaviour: "result" },
  { lastFour: "1025", example: "0712 341 025", resultCode: 1025, resultDesc: "An error occurred while sending a push request", behaviour: "result" },
  { lastFour: "1031", example: "0712 341 031", resultCode: 1031, resultDesc: "Request cancelled by user", behaviour: "result" },
  { lastFour: "1032", example: "0712 341 032", resultCode: 1032, resultDesc: "Request cancelled by user", behaviour: "result" },
  { lastFour: "1036", example: "0712 341 036", resultCode: 1036, resultDesc: "SMSC ACK timeout", behaviour: "result" },
  { lastFour: "1037", example: "0712 341 037", resultCode: 1037, resultDesc: "DS timeout user cannot be reached", behaviour: "result" },
  { lastFour: "2001", example: "0712 342 001", resultCode: 2001, resultDesc: "The initiator information is invalid.", behaviour: "result" },
  MISCONFIGURED,
  { lastFour: "9999", example: "0712 349 999", resultCode: 9999, resultDesc: "An error occurred while sending a push request", behaviour: "result" },
  // Pays, but Safaricom's callback never comes: only an STK query finds out (reconciliation).
  { lastFour: "0404", example: "0712 340 404", resultCode: 0, resultDesc: PAID_DESC, behaviour: "no_callback" },
  // Pays, and the same callback is POSTed twice (deduplication).
  { lastFour: "0202", example: "0712 340 202", resultCode: 0, resultDesc: PAID_DESC, behaviour: "duplicate_callback" },
];

const PAYS: ScriptedNumber = { lastFour: "", example: "0712 345 678", resultCode: 0, resultDesc: PAID_DESC, behaviour: "result" };

export function scriptFor(msisdn: string): ScriptedNumber {
  return SIMULATOR_SCRIPTED_NUMBERS.find((row) => msisdn.endsWith(row.lastFour)) ?? PAYS;
}

type MenuBehaviour = "three_confirmations" | "late_confirmation" | "no_confirmation" | "hashed_msisdn";

export interface MenuScriptedNumber {
  /** The last four digits of the paying number (Msisdn of the C2B simulate call). */
  readonly lastFour: string;
  readonly example: string;
  readonly behaviour: MenuBehaviour;
  /** For the README's table. */
  readonly what: string;
}

/** How long the late confirmation waits after the money was taken. */
export const LATE_CONFIRMATION_MS = 2 * 60 * 1000;

/**
 * Money paid from the menu (C2B simulate): any number not listed here gets one confirmation, with the
 * number masked as Safaricom masks it. The README's table is written from this one.
 */
export const MENU_SCRIPTED_NUMBERS: readonly MenuScriptedNumber[] = [
  { lastFour: "0303", example: "254712340303", behaviour: "three_confirmations", what: "The same confirmation is delivered three times." },
  { lastFour: "0505", example: "254712340505", behaviour: "late_confirmation", what: "The confirmation comes 2 minutes after the money was taken." },
  {
    lastFour: "0404",
    example: "254712340404",
    behaviour: "no_confirmation",
    what: "The money is taken but no confirmation ever comes: only Transaction Status knows the receipt.",
  },
  {
    lastFour: "0606",
    example: "254712340606",
    behaviour: "hashed_msisdn",
    what: "MSISDN arrives hashed (SHA-256 hex of the full 2547… number) instead of masked.",
  },
];

export function menuScriptFor(msisdn: string): MenuBehaviour | undefined {
  return MENU_SCRIPTED_NUMBERS.find((row) => msisdn.endsWith(row.lastFour))?.behaviour;
}

/** A Transaction Status query for a receipt ending so is answered at the QueueTimeOutURL instead of the ResultURL. */
export const TIMEOUT_RECEIPT_ENDING = "TIMEOUT";
