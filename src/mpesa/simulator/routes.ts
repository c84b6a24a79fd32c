// Daraja's three endpoints as the simulator serves them: it checks requests the way Daraja does and
// answers in Daraja's shapes and codes. Only requests from this machine are answered.
import { randomInt } from "node:crypto";
import { isIPv4 } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ShortcodeType } from "../../config/index.js";
import { maskMsisdn } from "../../domain/phone.js";
import type { Logger } from "../../logger.js";
import {
  DARAJA_PATHS,
  INVALID_TOKEN_CODE,
  isAcceptableCallbackUrl,
  SHORTCODE,
  TRANSACTION_TYPES,
  type PushAnswer,
  type QueryAnswer,
  type TokenAnswer,
} from "../protocol.js";
import { parseDarajaTimestamp, stkPassword } from "../timestamp.js";
import type { PretendCustomer } from "./customer.js";
import { MISCONFIGURED, scriptFor } from "./scripted-numbers.js";
import { bodyOf, DarajaRefusal, invalid, numericText, refuse, wholeAmount } from "./refusals.js";
import { findPush, idMaker, openPush, type SimulatorDb } from "./state.js";

export interface SimulatorMerchant {
  /** The shortcode that goes with the passkey (paybill, or a till's store number). */
  readonly businessShortCode: string;
  readonly passkey: string;
  readonly shortcodeType: ShortcodeType;
  /** The paybill again, or the till number. */
  readonly partyB: string;
}

export interface RouteOptions {
  readonly db: SimulatorDb;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly merchants: readonly SimulatorMerchant[];
  readonly callbackUrl: string;
  readonly callbackDelayMs: number;
  readonly now: () => Date;
  readonly log: Logger | undefined;
  readonly tokenLifetimeS: number;
  readonly pendingQueryAnswer: "result_code_4999" | "http_500" | undefined;
  readonly customer: PretendCustomer;
}

const INVALID_TOKEN = new DarajaRefusal(404, INVALID_TOKEN_CODE, "Invalid Access Token");
const MERCHANT_UNKNOWN = new DarajaRefusal(500, "500.001.1001", "Merchant does not exist");
const WRONG_CREDENTIALS = new DarajaRefusal(500, "500.001.1001", "Wrong credentials");
const SUBSCRIBER_LOCKED = new DarajaRefusal(500, "500.001.1001", "Unable to lock subscriber, a transaction is already in process for the current subscriber");
const STILL_PROCESSING = new DarajaRefusal(500, "500.001.1001", "The transaction is being processed");
const NOT_FOUND = new DarajaRefusal(500, "500.001.1001", "The transaction does not Exist");

const MSISDN = /^254[17]\d{8}$/;
const TOKEN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** 127.0.0.0/8 and ::1, also written as IPv4-mapped IPv6 (::ffff:127.0.0.1). */
function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const ipv4 = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : address;
  return (isIPv4(ipv4) && ipv4.startsWith("127.")) || address === "::1";
}

/** Headers a reverse proxy adds: a request carrying one was relayed from another machine. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-real-ip"] as const;

/**
 * From this machine: the connection's own address (never X-Forwarded-For, whatever TRUST_PROXY says)
 * is a loopback one, or the very address it reached (the service's client, when HOST is one of the
 * machine's LAN addresses), and no proxy on this machine relayed it.
 */
function fromThisMachine(request: FastifyRequest): boolean {
  const { remoteAddress, localAddress } = request.socket;
  const local = isLoopback(remoteAddress) || (remoteAddress !== undefined && remoteAddress === localAddress);
  return local && FORWARDING_HEADERS.every((name) => request.headers[name] === undefined);
}

/** Registers the token, STK push and STK query endpoints on `scope` (mounted under the simulator's prefix). */
export function registerRoutes(
  scope: FastifyInstance,
  options: RouteOptions,
): { revokeTokens(): void; readonly tokensIssued: number; readonly checkBearer: (request: FastifyRequest) => void } {
  const { db, now, log, customer } = options;
  const tokens = new Map<string, number>();
  const newIds = idMaker(now);
  let tokensIssued = 0;

  function issueToken(): string {
    const nowMs = now().getTime();
    for (const [token, expiresAt] of tokens) if (expiresAt <= nowMs) tokens.delete(token);
    const token = Array.from({ length: 28 }, () => TOKEN_CHARACTERS[randomInt(TOKEN_CHARACTERS.length)]).join("");
    tokens.set(token, nowMs + options.tokenLifetimeS * 1000);
    tokensIssued += 1;
    return token;
  }

  function checkBearer(request: FastifyRequest): void {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    const expiresAt = token === undefined ? undefined : tokens.get(token);
    if (expiresAt === undefined || expiresAt <= now().getTime()) throw INVALID_TOKEN;
  }

  function checkBasic(request: FastifyRequest): "ok" | "malformed" | "wrong" {
    const encoded = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(request.headers.authorization ?? "")?.[1];
    if (encoded === undefined) return "malformed";
    const decoded = Buffer.from(encoded, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return "malformed";
    return decoded.slice(0, colon) === options.consumerKey && decoded.slice(colon + 1) === options.consumerSecret ? "ok" : "wrong";
  }

  /** Checks the fields STK push and query share; returns the merchant. */
  function checkMerchant(body: Record<string, unknown>): SimulatorMerchant {
    const shortCode = numericText(body.BusinessShortCode);
    if (!shortCode || !SHORTCODE.test(shortCode)) throw invalid("BusinessShortCode");
    const timestamp = numericText(body.Timestamp);
    if (!timestamp || parseDarajaTimestamp(timestamp) === undefined) throw invalid("Timestamp");
    const merchant = options.merchants.find((candidate) => candidate.businessShortCode === shortCode);
    if (!merchant) throw MERCHANT_UNKNOWN;
    if (body.Password !== stkPassword(shortCode, merchant.passkey, timestamp)) throw WRONG_CREDENTIALS;
    return merchant;
  }

  async function acceptPush(request: FastifyRequest): Promise<PushAnswer> {
    checkBearer(request);
    const body = bodyOf(request);
    const shortCode = numericText(body.BusinessShortCode);
    if (!shortCode || !SHORTCODE.test(shortCode)) throw invalid("BusinessShortCode");
    const transactionType = body.TransactionType;
    if (transactionType !== TRANSACTION_TYPES.paybill && transactionType !== TRANSACTION_TYPES.till_number) throw invalid("TransactionType");
    const amount = wholeAmount(body.Amount);
    if (amount === undefined) throw invalid("Amount");
    const partyA = numericText(body.PartyA);
    if (!partyA || !MSISDN.test(partyA)) throw invalid("PartyA");
    const msisdn = numericText(body.PhoneNumber);
    if (!msisdn || !MSISDN.test(msisdn)) throw invalid("PhoneNumber");
    const partyB = numericText(body.PartyB);
    if (!partyB || !SHORTCODE.test(partyB)) throw invalid("PartyB");
    const callbackUrl = body.CallBackURL;
    if (typeof callbackUrl !== "string" || !isAcceptableCallbackUrl(callbackUrl)) throw invalid("CallBackURL");
    if (callbackUrl !== options.callbackUrl) {
      log?.warn("simulated push refused: the simulator calls back only this service's own callback URL");
      throw invalid("CallBackURL");
    }
    if (typeof body.AccountReference !== "string" || body.AccountReference.trim() === "") throw invalid("AccountReference");
    if (typeof body.TransactionDesc !== "string" || body.TransactionDesc.trim() === "") throw invalid("Remarks");
    const merchant = checkMerchant(body);

    // A till pushed as a paybill (or the wrong PartyB) is accepted, and fails in the callback as on Daraja.
    const productMatches = transactionType === TRANSACTION_TYPES[merchant.shortcodeType] && partyB === merchant.partyB;
    const createdAt = now();
    const push = await openPush(db, {
      ids: newIds(),
      msisdn,
      amountKes: amount,
      script: productMatches ? scriptFor(msisdn) : MISCONFIGURED,
      createdAt,
      answerAt: new Date(createdAt.getTime() + options.callbackDelayMs),
    });
    if (push === "locked") throw SUBSCRIBER_LOCKED;
    customer.scheduleAnswer(push, options.callbackDelayMs);
    log?.info(
      { checkoutRequestId: push.checkoutRequestId, phone: maskMsisdn(msisdn), amount, resultCode: push.resultCode, behaviour: push.behaviour },
      "simulated stk push accepted",
    );
    return {
      MerchantRequestID: push.merchantRequestId,
      CheckoutRequestID: push.checkoutRequestId,
      ResponseCode: "0",
      ResponseDescription: "Success. Request accepted for processing",
      CustomerMessage: "Success. Request accepted for processing",
    };
  }

  async function answerQuery(request: FastifyRequest): Promise<QueryAnswer> {
    checkBearer(request);
    const body = bodyOf(request);
    checkMerchant(body);
    const checkoutRequestId = typeof body.CheckoutRequestID === "string" ? body.CheckoutRequestID.trim() : "";
    if (!checkoutRequestId) throw invalid("CheckoutRequestID");
    const push = await findPush(db, checkoutRequestId);
    if (!push) throw NOT_FOUND;
    const common = {
      ResponseCode: "0",
      // Safaricom's spelling.
      ResponseDescription: "The service request has been accepted successsfully",
      MerchantRequestID: push.merchantRequestId,
      CheckoutRequestID: push.checkoutRequestId,
    };
    if (push.openMsisdn !== null) {
      if (options.pendingQueryAnswer === "http_500") throw STILL_PROCESSING;
      return { ...common, ResultCode: "4999", ResultDesc: "The transaction is still under processing" };
    }
    return { ...common, ResultCode: String(push.resultCode), ResultDesc: push.resultDesc };
  }

  scope.addHook("onRequest", async (request, reply) => {
    if (fromThisMachine(request)) return;
    log?.warn({ address: request.socket.remoteAddress }, "daraja simulator refused a request from another machine");
    return reply.code(403).send({ errorMessage: "The built-in Daraja simulator answers only requests from the machine it runs on" });
  });
  // Whatever goes wrong, the answer keeps Daraja's error shape.
  scope.setErrorHandler((error, _request, reply) => {
    if (error instanceof DarajaRefusal) return refuse(reply, error);
    const status = typeof error === "object" && error !== null && "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status < 500) return refuse(reply, invalid("JSON"));
    log?.error({ err: error }, "simulator failure");
    return refuse(reply, new DarajaRefusal(500, "500.003.01", "Internal Server Error"));
  });

  scope.get<{ Querystring: { grant_type?: unknown } }>(DARAJA_PATHS.token, async (request, reply) => {
    if (request.query.grant_type !== "client_credentials") return refuse(reply, new DarajaRefusal(400, "400.008.02", "Invalid grant type passed"));
    const basic = checkBasic(request);
    if (basic === "malformed") return refuse(reply, new DarajaRefusal(400, "400.008.01", "Invalid Authentication passed"));
    // Daraja answers wrong keys with a bare 400.
    if (basic === "wrong") return reply.code(400).send("");
    const answer: TokenAnswer = { access_token: issueToken(), expires_in: String(options.tokenLifetimeS) };
    return reply.send(answer);
  });
  scope.post(DARAJA_PATHS.stkPush, async (request, reply) => reply.send(await acceptPush(request)));
  scope.post(DARAJA_PATHS.stkQuery, async (request, reply) => reply.send(await answerQuery(request)));

  return {
    checkBearer,
    revokeTokens: () => tokens.clear(),
    get tokensIssued() {
      return tokensIssued;
    },
  };
}
