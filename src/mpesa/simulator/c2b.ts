// Money paid from the M-Pesa menu, as the simulator serves it: Register URL, the sandbox's C2B simulate
// (a pretend customer pays the paybill or till; M-Pesa calls the validation URL, takes the money, then
// calls the confirmation URL, as the paying number scripts), and Transaction Status, whose result goes to
// the ResultURL. Only URLs on the service's own origin are registered or called.
import { createHash, randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Logger } from "../../logger.js";
import {
  DARAJA_PATHS,
  IDENTIFIER_TYPES,
  isAcceptableCallbackUrl,
  SHORTCODE,
  TRANSACTION_TYPES,
  type C2bAnswer,
  type C2bNotificationBody,
  type Initiator,
  type StatusAnswer,
  type TransactionStatusResultBody,
} from "../protocol.js";
import { darajaTimestamp } from "../timestamp.js";
import type { Courier } from "./courier.js";
import { bodyOf, invalid, numericText, wholeAmount } from "./refusals.js";
import { LATE_CONFIRMATION_MS, menuScriptFor, TIMEOUT_RECEIPT_ENDING } from "./scripted-numbers.js";
import { digits, findMenuPayment, findPaidPush, findRegistration, receiptNumber, recordMenuPayment, saveRegistration, type SimulatorDb } from "./state.js";

/** A shortcode customers pay from the menu. */
export interface MenuShortCode {
  readonly shortCode: string;
  readonly kind: "paybill" | "till";
}

export interface C2bRouteOptions {
  readonly db: SimulatorDb;
  readonly now: () => Date;
  readonly log: Logger | undefined;
  readonly courier: Courier;
  readonly shortCodes: readonly MenuShortCode[];
  /** The one initiator Transaction Status accepts. */
  readonly initiator: Initiator;
  /** The service's origin (scheme, host, port): the only one registered URLs and result URLs may be on. */
  readonly serviceOrigin: string;
  /** Refuses a request without a valid access token (Daraja's 404.001.03). */
  readonly checkBearer: (request: FastifyRequest) => void;
}

const MSISDN = /^254[17]\d{8}$/;
const FIRST_NAMES = ["John", "Jane", "Otieno", "Achieng", "Kamau", "Wanjiku", "Mwangi", "Njeri", "Kiprop", "Auma"];
const ORGANISATION_NAME = "Cafe Desk Simulator";
const MAX_ACCOUNT_NUMBER_LENGTH = 20;
const PAID_DESC = "The service request is processed successfully.";
/** Safaricom's answer to a Transaction Status query for a receipt it does not know. */
const UNKNOWN_RECEIPT = { code: 2032, desc: "The transaction receipt number does not exist." };
const WRONG_INITIATOR = { code: 2001, desc: "The initiator information is invalid." };

/** The pretend customer's first name, the same for a number each time. */
const firstNameOf = (msisdn: string) => FIRST_NAMES[Number(msisdn.slice(-1))] ?? "John";

/** "2547 ***** 149": how Safaricom sends the payer's number now. */
const maskedMsisdn = (msisdn: string) => `${msisdn.slice(0, 4)} ***** ${msisdn.slice(-3)}`;

const hashedMsisdn = (msisdn: string) => createHash("sha256").update(msisdn).digest("hex");

/** Daraja's ids: OriginatorConversationID and ConversationID. */
function conversationIds(at: Date): { originator: string; conversation: string } {
  return {
    originator: `${digits(4)}-${digits(8)}-1`,
    conversation: `AG_${darajaTimestamp(at).slice(0, 8)}_${randomBytes(10).toString("hex")}`,
  };
}

const shillings = (amount: number) => amount.toFixed(2);

export function registerC2bRoutes(scope: FastifyInstance, options: C2bRouteOptions): void {
  const { db, now, log, courier, serviceOrigin } = options;

  /** A URL Daraja would take, and on the service's own origin (the simulator calls nobody else). */
  function serviceUrl(value: unknown, field: string): string {
    if (typeof value !== "string" || !isAcceptableCallbackUrl(value)) throw invalid(field);
    if (new URL(value).origin !== serviceOrigin) {
      log?.warn({ field }, "the simulator calls only this service's own addresses: URL refused");
      throw invalid(field);
    }
    return value;
  }

  function menuShortCode(value: unknown, field: string): MenuShortCode {
    const shortCode = numericText(value);
    if (!shortCode || !SHORTCODE.test(shortCode)) throw invalid(field);
    const known = options.shortCodes.find((candidate) => candidate.shortCode === shortCode);
    if (!known) throw invalid(field);
    return known;
  }

  async function registerUrls(request: FastifyRequest): Promise<C2bAnswer> {
    options.checkBearer(request);
    const body = bodyOf(request);
    const { shortCode } = menuShortCode(body.ShortCode, "ShortCode");
    const responseType = body.ResponseType;
    if (responseType !== "Completed" && responseType !== "Cancelled") throw invalid("ResponseType");
    const confirmationUrl = serviceUrl(body.ConfirmationURL, "ConfirmationURL");
    const validationUrl = serviceUrl(body.ValidationURL, "ValidationURL");
    await saveRegistration(db, { shortCode, responseType, confirmationUrl, validationUrl, registeredAt: now() });
    log?.info({ shortCode, responseType }, "simulated C2B URLs registered");
    return { OriginatorCoversationID: conversationIds(now()).originator, ResponseCode: "0", ResponseDescription: "Success" };
  }

  async function simulatePayment(request: FastifyRequest): Promise<C2bAnswer> {
    options.checkBearer(request);
    const body = bodyOf(request);
    const target = menuShortCode(body.ShortCode, "ShortCode");
    const commandId = body.CommandID;
    if (commandId !== TRANSACTION_TYPES.paybill && commandId !== TRANSACTION_TYPES.till_number) throw invalid("CommandID");
    if (commandId !== TRANSACTION_TYPES[target.kind === "till" ? "till_number" : "paybill"]) throw invalid("CommandID");
    const amount = wholeAmount(body.Amount);
    if (amount === undefined) throw invalid("Amount");
    const msisdn = numericText(body.Msisdn);
    if (!msisdn || !MSISDN.test(msisdn)) throw invalid("Msisdn");
    // A till's payer types no account number; Daraja ignores whatever comes with Buy Goods.
    const billRef = typeof body.BillRefNumber === "string" ? body.BillRefNumber.trim() : "";
    if (target.kind === "paybill" && (billRef === "" || billRef.length > MAX_ACCOUNT_NUMBER_LENGTH)) throw invalid("BillRefNumber");
    const payment = { target, commandId, amount, msisdn, billRefNumber: target.kind === "paybill" ? billRef : "" };
    courier.later({ msisdn: maskedMsisdn(msisdn) }, 0, () => pay(payment));
    log?.info({ shortCode: target.shortCode, amount, phone: maskedMsisdn(msisdn) }, "simulated menu payment accepted");
    return { OriginatorCoversationID: conversationIds(now()).originator, ResponseCode: "0", ResponseDescription: "Accept the service request successfully." };
  }

  interface Payment {
    readonly target: MenuShortCode;
    readonly commandId: string;
    readonly amount: number;
    readonly msisdn: string;
    readonly billRefNumber: string;
  }

  /** What M-Pesa does once the customer has entered the PIN: validation, the money, the confirmation. */
  async function pay({ target, commandId, amount, msisdn, billRefNumber }: Payment): Promise<void> {
    const behaviour = menuScriptFor(msisdn);
    const registration = await findRegistration(db, target.shortCode);
    const receipt = receiptNumber();
    const notification: C2bNotificationBody = {
      TransactionType: target.kind === "paybill" ? "Pay Bill" : "Buy Goods",
      TransID: receipt,
      TransTime: darajaTimestamp(now()),
      TransAmount: shillings(amount),
      BusinessShortCode: target.shortCode,
      BillRefNumber: billRefNumber,
      InvoiceNumber: "",
      OrgAccountBalance: "",
      ThirdPartyTransID: "",
      MSISDN: behaviour === "hashed_msisdn" ? hashedMsisdn(msisdn) : maskedMsisdn(msisdn),
      FirstName: firstNameOf(msisdn),
      MiddleName: "",
      LastName: "",
    };
    if (registration && !(await validated(registration.validationUrl, registration.responseType, notification))) {
      log?.info({ receipt }, "simulated menu payment rejected by validation: no money taken");
      return;
    }
    const balance = await recordMenuPayment(db, {
      receipt,
      shortCode: target.shortCode,
      commandId,
      amountKes: amount,
      msisdn,
      billRefNumber,
      createdAt: now(),
    });
    if (!registration || behaviour === "no_confirmation") return;
    const confirmation = { ...notification, OrgAccountBalance: shillings(balance) };
    const deliver = async (copies: number) => {
      for (let copy = 1; copy <= copies && !courier.isClosed; copy++) {
        await courier.post({ kind: "c2b_confirmation", receipt, body: confirmation }, registration.confirmationUrl, copy);
      }
    };
    if (behaviour === "late_confirmation") courier.later({ receipt }, LATE_CONFIRMATION_MS, () => deliver(1));
    else await deliver(behaviour === "three_confirmations" ? 3 : 1);
  }

  /**
   * Asks the validation URL. "0" accepts and any other ResultCode rejects; no readable answer leaves it
   * to the registration's ResponseType, as M-Pesa does when validation does not answer in time.
   */
  async function validated(url: string, responseType: string, notification: C2bNotificationBody): Promise<boolean> {
    const delivery = await courier.post({ kind: "c2b_validation", receipt: notification.TransID, body: notification }, url);
    const answered = delivery.httpStatus !== undefined && delivery.httpStatus < 300 && typeof delivery.answer === "object" && delivery.answer !== null;
    const resultCode = answered && "ResultCode" in delivery.answer ? String(delivery.answer.ResultCode) : undefined;
    if (resultCode === undefined) return responseType === "Completed";
    return /^0+$/.test(resultCode.trim());
  }

  async function queryStatus(request: FastifyRequest): Promise<StatusAnswer> {
    options.checkBearer(request);
    const body = bodyOf(request);
    const initiator = typeof body.Initiator === "string" ? body.Initiator.trim() : "";
    if (!initiator) throw invalid("Initiator");
    const credential = typeof body.SecurityCredential === "string" ? body.SecurityCredential : "";
    if (!credential) throw invalid("SecurityCredential");
    if (body.CommandID !== "TransactionStatusQuery") throw invalid("CommandID");
    const receipt = typeof body.TransactionID === "string" ? body.TransactionID.trim() : "";
    if (!receipt) throw invalid("TransactionID");
    const partyA = menuShortCode(body.PartyA, "PartyA");
    if (numericText(body.IdentifierType) !== IDENTIFIER_TYPES[partyA.kind]) throw invalid("IdentifierType");
    const resultUrl = serviceUrl(body.ResultURL, "ResultURL");
    const timeoutUrl = serviceUrl(body.QueueTimeOutURL, "QueueTimeOutURL");
    if (typeof body.Remarks !== "string" || body.Remarks.trim() === "") throw invalid("Remarks");
    const occasion = typeof body.Occasion === "string" ? body.Occasion : "";

    const ids = conversationIds(now());
    const rightInitiator = initiator === options.initiator.name && credential === options.initiator.securityCredential;
    courier.later({ receipt }, 0, async () => {
      const result = rightInitiator ? await statusResult(receipt, partyA, ids, occasion) : failedResult(WRONG_INITIATOR, receipt, ids, occasion);
      if (rightInitiator && receipt.toUpperCase().endsWith(TIMEOUT_RECEIPT_ENDING)) {
        await courier.post({ kind: "status_timeout", receipt, body: timeoutResult(receipt, ids, occasion) }, timeoutUrl);
      } else {
        await courier.post({ kind: "status_result", receipt, body: result }, resultUrl);
      }
    });
    log?.info({ receipt, conversationId: ids.conversation }, "simulated transaction status query accepted");
    return {
      OriginatorConversationID: ids.originator,
      ConversationID: ids.conversation,
      ResponseCode: "0",
      ResponseDescription: "Accept the service request successfully.",
    };
  }

  /** Safaricom's Result for a receipt: what it knows of the payment, or 2032 for one it does not. */
  async function statusResult(
    receipt: string,
    partyA: MenuShortCode,
    ids: { originator: string; conversation: string },
    occasion: string,
  ): Promise<TransactionStatusResultBody> {
    const menu = await findMenuPayment(db, receipt);
    const push = menu ? null : await findPaidPush(db, receipt);
    const paid = menu
      ? { msisdn: menu.msisdn, amount: menu.amountKes, at: menu.createdAt, creditParty: menu.shortCode, reason: menu.commandId }
      : push?.answeredAt
        ? // A prompt's money went to the merchant asked about (the simulator keeps no shortcode with a prompt).
          { msisdn: push.msisdn, amount: push.amountKes, at: push.answeredAt, creditParty: partyA.shortCode, reason: "CustomerPayBillOnline" }
        : undefined;
    if (!paid) return failedResult(UNKNOWN_RECEIPT, receipt, ids, occasion);
    const time = Number(darajaTimestamp(paid.at));
    return {
      Result: {
        ResultType: 0,
        ResultCode: 0,
        ResultDesc: PAID_DESC,
        OriginatorConversationID: ids.originator,
        ConversationID: ids.conversation,
        TransactionID: receiptNumber(),
        ResultParameters: {
          ResultParameter: [
            { Key: "DebitPartyName", Value: `${paid.msisdn} - ${firstNameOf(paid.msisdn)}` },
            { Key: "CreditPartyName", Value: `${paid.creditParty} - ${ORGANISATION_NAME}` },
            { Key: "OriginatorConversationID", Value: ids.originator },
            { Key: "InitiatedTime", Value: time },
            { Key: "DebitAccountType", Value: "MMF Account For Customer" },
            { Key: "DebitPartyCharges" },
            { Key: "TransactionReason" },
            { Key: "ReasonType", Value: paid.reason === TRANSACTION_TYPES.till_number ? "Pay Merchant Online" : "Pay Bill Online" },
            { Key: "TransactionStatus", Value: "Completed" },
            { Key: "FinalisedTime", Value: time },
            { Key: "Amount", Value: paid.amount },
            { Key: "ConversationID", Value: ids.conversation },
            { Key: "ReceiptNo", Value: receipt },
          ],
        },
        ReferenceData: { ReferenceItem: { Key: "Occasion", Value: occasion } },
      },
    };
  }

  function failedResult(
    failure: { code: number; desc: string },
    receipt: string,
    ids: { originator: string; conversation: string },
    occasion: string,
  ): TransactionStatusResultBody {
    return {
      Result: {
        ResultType: 0,
        ResultCode: failure.code,
        ResultDesc: failure.desc,
        OriginatorConversationID: ids.originator,
        ConversationID: ids.conversation,
        TransactionID: receipt,
        ReferenceData: { ReferenceItem: { Key: "Occasion", Value: occasion } },
      },
    };
  }

  /** Daraja documents no body for the queue timeout; the simulator sends the Result shape, without parameters. */
  function timeoutResult(receipt: string, ids: { originator: string; conversation: string }, occasion: string): TransactionStatusResultBody {
    return failedResult({ code: 1, desc: "The request timed out before M-Pesa answered." }, receipt, ids, occasion);
  }

  scope.post(DARAJA_PATHS.c2bRegister, async (request, reply) => reply.send(await registerUrls(request)));
  scope.post(DARAJA_PATHS.c2bSimulate, async (request, reply) => reply.send(await simulatePayment(request)));
  scope.post(DARAJA_PATHS.transactionStatus, async (request, reply) => reply.send(await queryStatus(request)));
}
