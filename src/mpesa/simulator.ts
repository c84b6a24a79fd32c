// A second Daraja, served by this service under a prefix, for cafés without Safaricom keys and for
// tests. It checks requests the way Daraja does, answers in Daraja's shapes and codes, and POSTs the
// callback to the CallBackURL after a delay. The customer's number scripts the outcome
// (SIMULATOR_SCRIPTED_NUMBERS). Its prompts are kept in a table of their own in the service's database
// (SimulatedPush), as Safaricom keeps its own: after a restart the pretend customer still answers and
// the STK query still knows the prompt. It reads no other table, as Daraja knows nothing of ours.
//
// It is a stand-in for this service alone: it answers only requests from this machine (the server may
// listen on every interface), and calls back only the service's own callback URL, so that nobody can
// make it fetch another address.
import { randomInt } from "node:crypto";
import { isIPv4 } from "node:net";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { SIMULATOR_PREFIX, type Config, type ShortcodeType } from "../config/index.js";
import type { Db } from "../db/client.js";
import { Prisma, type SimulatedPush } from "../generated/prisma/client.js";
import { maskMsisdn } from "../domain/phone.js";
import type { Logger } from "../logger.js";
import { DARAJA_PATHS, isAcceptableCallbackUrl, MAX_STK_AMOUNT, TRANSACTION_TYPES } from "./daraja-client.js";
import { darajaTimestamp, parseDarajaTimestamp, stkPassword } from "./timestamp.js";

export interface SimulatorMerchant {
  /** The shortcode that goes with the passkey (paybill, or a till's store number). */
  readonly businessShortCode: string;
  readonly passkey: string;
  readonly shortcodeType: ShortcodeType;
  /** The paybill again, or the till number. */
  readonly partyB: string;
}

/** Runs `task` after `delayMs`; returns a function that cancels it. Tests inject one they drive by hand. */
export type Scheduler = (task: () => void, delayMs: number) => () => void;

/** The simulator's own table, and nothing else of the service's database. */
export type SimulatorDb = Pick<Db, "simulatedPush">;

export interface DarajaSimulatorOptions {
  readonly db: SimulatorDb;
  /** Where the routes are mounted; SIMULATOR_PREFIX by default. */
  readonly prefix?: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly merchants: readonly SimulatorMerchant[];
  /**
   * The service's own callback URL, the only one called back. A push naming another is refused as
   * Daraja refuses a bad one (400.002.02 Invalid CallBackURL).
   */
  readonly callbackUrl: string;
  /** Time between the push and the customer's answer (the callback). */
  readonly callbackDelayMs: number;
  readonly now?: () => Date;
  readonly logger?: Logger;
  readonly schedule?: Scheduler;
  readonly tokenLifetimeSeconds?: number;
  /** How a query for an open prompt is answered; Daraja has used both. */
  readonly pendingQueryAnswer?: "result_code_4999" | "http_500";
  readonly deliveryTimeoutMs?: number;
}

export interface SimulatorDelivery {
  readonly checkoutRequestId: string;
  readonly url: string;
  /** 1, or 2 for the duplicate scripted number. */
  readonly copy: number;
  readonly body: SimulatorCallbackBody;
  /** The receiver's HTTP status; undefined when it could not be reached. */
  readonly httpStatus: number | undefined;
  readonly error: string | undefined;
}

export interface DarajaSimulator {
  readonly prefix: string;
  /** Resolves once no callback is scheduled or on its way. */
  whenIdle(): Promise<void>;
  /** The callback POSTs made, oldest first (failed ones too; the last thousand). */
  readonly deliveries: readonly SimulatorDelivery[];
  /** Called after each callback POST; returns an unsubscribe function. */
  onDelivery(listener: (delivery: SimulatorDelivery) => void): () => void;
  /** How many access tokens were handed out. */
  readonly tokensIssued: number;
  /** Makes every token handed out so far invalid, as when Daraja drops them. */
  revokeTokens(): void;
  /** Cancels scheduled callbacks (also done when the server closes). */
  close(): void;
}

export type ScriptedBehaviour = "result" | "no_callback" | "duplicate_callback";

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

/**
 * The customer's number decides what happens; any number not listed here pays, with one callback.
 * The README's table is written from this one.
 */
export const SIMULATOR_SCRIPTED_NUMBERS: readonly ScriptedNumber[] = [
  { lastFour: "0001", example: "0712 340 001", resultCode: 1, resultDesc: "The balance is insufficient for the transaction.", behaviour: "result" },
  { lastFour: "0002", example: "0712 340 002", resultCode: 2, resultDesc: "Declined due to limit rule: less than the minimum transaction amount.", behaviour: "result" },
  { lastFour: "0003", example: "0712 340 003", resultCode: 3, resultDesc: "Declined due to limit rule: greater than the maximum transaction amount.", behaviour: "result" },
  { lastFour: "0004", example: "0712 340 004", resultCode: 4, resultDesc: "Declined due to limit rule: would exceed daily transfer limit.", behaviour: "result" },
  { lastFour: "0008", example: "0712 340 008", resultCode: 8, resultDesc: "Declined due to limit rule: would exceed the maximum balance.", behaviour: "result" },
  { lastFour: "0017", example: "0712 340 017", resultCode: 17, resultDesc: "Rule limited.", behaviour: "result" },
  { lastFour: "0026", example: "0712 340 026", resultCode: 26, resultDesc: "System busy", behaviour: "result" },
  { lastFour: "1001", example: "0712 341 001", resultCode: 1001, resultDesc: "Unable to lock subscriber, a transaction is already in process for the current subscriber", behaviour: "result" },
  { lastFour: "1019", example: "0712 341 019", resultCode: 1019, resultDesc: "Transaction has expired", behaviour: "result" },
  { lastFour: "1025", example: "0712 341 025", resultCode: 1025, resultDesc: "An error occurred while sending a push request", behaviour: "result" },
  { lastFour: "1031", example: "0712 341 031", resultCode: 1031, resultDesc: "Request cancelled by user", behaviour: "result" },
  { lastFour: "1032", example: "0712 341 032", resultCode: 1032, resultDesc: "Request cancelled by user", behaviour: "result" },
  { lastFour: "1036", example: "0712 341 036", resultCode: 1036, resultDesc: "SMSC ACK timeout", behaviour: "result" },
  { lastFour: "1037", example: "0712 341 037", resultCode: 1037, resultDesc: "DS timeout user cannot be reached", behaviour: "result" },
  { lastFour: "2001", example: "0712 342 001", resultCode: 2001, resultDesc: "The initiator information is invalid.", behaviour: "result" },
  { lastFour: "2028", example: "0712 342 028", resultCode: 2028, resultDesc: "The request is not permitted according to product assignment", behaviour: "result" },
  { lastFour: "9999", example: "0712 349 999", resultCode: 9999, resultDesc: "An error occurred while sending a push request", behaviour: "result" },
  // Pays, but Safaricom's callback never comes: only an STK query finds out (reconciliation).
  { lastFour: "0404", example: "0712 340 404", resultCode: 0, resultDesc: PAID_DESC, behaviour: "no_callback" },
  // Pays, and the same callback is POSTed twice (deduplication).
  { lastFour: "0202", example: "0712 340 202", resultCode: 0, resultDesc: PAID_DESC, behaviour: "duplicate_callback" },
];

const PAYS: ScriptedNumber = { lastFour: "", example: "0712 345 678", resultCode: 0, resultDesc: PAID_DESC, behaviour: "result" };
const MISCONFIGURED = SIMULATOR_SCRIPTED_NUMBERS.find((row) => row.resultCode === 2028)!;

export function scriptFor(msisdn: string): ScriptedNumber {
  return SIMULATOR_SCRIPTED_NUMBERS.find((row) => msisdn.endsWith(row.lastFour)) ?? PAYS;
}

export interface SimulatorCallbackBody {
  Body: {
    stkCallback: {
      MerchantRequestID: string;
      CheckoutRequestID: string;
      ResultCode: number;
      ResultDesc: string;
      CallbackMetadata?: { Item: Array<{ Name: string; Value?: number | string }> };
    };
  };
}

/** The simulator's settings from the service's own config. */
export function simulatorOptionsFromConfig(mpesa: Config["mpesa"]): Omit<DarajaSimulatorOptions, "db"> {
  return {
    consumerKey: mpesa.consumerKey,
    consumerSecret: mpesa.consumerSecret,
    merchants: [{ businessShortCode: mpesa.businessShortCode, passkey: mpesa.passkey, shortcodeType: mpesa.shortcodeType, partyB: mpesa.partyB }],
    callbackUrl: mpesa.callbackUrl,
    callbackDelayMs: mpesa.simulatorDelayMs,
  };
}

class DarajaRefusal extends Error {
  constructor(
    readonly httpStatus: number,
    readonly errorCode: string,
    readonly errorMessage: string,
  ) {
    super(`${errorCode} ${errorMessage}`);
  }
}

const invalid = (field: string) => new DarajaRefusal(400, "400.002.02", `Bad Request - Invalid ${field}`);
const INVALID_TOKEN = new DarajaRefusal(404, "404.001.03", "Invalid Access Token");
const MERCHANT_UNKNOWN = new DarajaRefusal(500, "500.001.1001", "Merchant does not exist");
const WRONG_CREDENTIALS = new DarajaRefusal(500, "500.001.1001", "Wrong credentials");
const SUBSCRIBER_LOCKED = new DarajaRefusal(
  500,
  "500.001.1001",
  "Unable to lock subscriber, a transaction is already in process for the current subscriber",
);
const STILL_PROCESSING = new DarajaRefusal(500, "500.001.1001", "The transaction is being processed");
const NOT_FOUND = new DarajaRefusal(500, "500.001.1001", "The transaction does not Exist");

/** How long a prompt is remembered (for the STK query) after the customer answered it. */
export const KEEP_ANSWERED_PUSHES_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_REMEMBERED_DELIVERIES = 1_000;
const MSISDN = /^254[17]\d{8}$/;
const SHORTCODE = /^\d{5,7}$/;
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join("");

/** Daraja takes numbers or numeric strings for numeric fields. */
function numericText(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  if (typeof value === "string") return value.trim();
  return undefined;
}

function wholeAmount(value: unknown): number | undefined {
  const amount = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isSafeInteger(amount) && amount >= 1 && amount <= MAX_STK_AMOUNT ? amount : undefined;
}

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

const defaultScheduler: Scheduler = (task, delayMs) => {
  const timer = setTimeout(task, delayMs);
  return () => clearTimeout(timer);
};

export function registerDarajaSimulator(app: FastifyInstance, options: DarajaSimulatorOptions): DarajaSimulator {
  const prefix = (options.prefix ?? SIMULATOR_PREFIX).replace(/\/+$/, "");
  const now = options.now ?? (() => new Date());
  const schedule = options.schedule ?? defaultScheduler;
  const log = options.logger?.child({ component: "daraja-simulator" });
  const tokenLifetimeS = options.tokenLifetimeSeconds ?? 3599;
  const deliveryTimeoutMs = options.deliveryTimeoutMs ?? 10_000;

  const { db } = options;
  const tokens = new Map<string, number>();
  const cancels = new Set<() => void>();
  const deliveries: SimulatorDelivery[] = [];
  const listeners = new Set<(delivery: SimulatorDelivery) => void>();
  let idleWaiters: Array<() => void> = [];
  let busy = 0;
  let tokensIssued = 0;
  let merchantSequence = randomInt(10_000_000);
  let closed = false;

  function settle(): void {
    busy -= 1;
    if (busy === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  function issueToken(): string {
    const nowMs = now().getTime();
    for (const [token, expiresAt] of tokens) if (expiresAt <= nowMs) tokens.delete(token);
    const token = Array.from({ length: 28 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[randomInt(62)]).join("");
    tokens.set(token, nowMs + tokenLifetimeS * 1000);
    tokensIssued += 1;
    return token;
  }

  function checkBearer(request: FastifyRequest): void {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
    const expiresAt = match ? tokens.get(match[1]!) : undefined;
    if (expiresAt === undefined || expiresAt <= now().getTime()) throw INVALID_TOKEN;
  }

  function requestId(): string {
    return `${digits(5)}-${digits(8)}-1`;
  }

  function newIds(): { merchantRequestId: string; checkoutRequestId: string } {
    merchantSequence = (merchantSequence + 1) % 100_000_000;
    const merchantRequestId = `${10_000 + randomInt(90_000)}-${String(merchantSequence).padStart(8, "0")}-1`;
    // ws_CO_ + DDMMYYYYHHmmss (East Africa Time) + digits, like Safaricom's.
    const stamp = darajaTimestamp(now());
    const dayFirst = stamp.slice(6, 8) + stamp.slice(4, 6) + stamp.slice(0, 4) + stamp.slice(8);
    return { merchantRequestId, checkoutRequestId: `ws_CO_${dayFirst}${digits(6)}` };
  }

  function receiptNumber(): string {
    // Ten upper-case letters and digits, starting with a letter (as M-Pesa's do).
    return ALPHANUMERIC[randomInt(26)] + Array.from({ length: 9 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join("");
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

  function bodyOf(request: FastifyRequest): Record<string, unknown> {
    const body = request.body;
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalid("JSON");
    return body as Record<string, unknown>;
  }

  async function acceptPush(request: FastifyRequest) {
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
    const script = productMatches ? scriptFor(msisdn) : MISCONFIGURED;
    const createdAt = now();
    await db.simulatedPush.deleteMany({ where: { answeredAt: { lt: new Date(createdAt.getTime() - KEEP_ANSWERED_PUSHES_MS) } } });
    let push: SimulatedPush;
    try {
      push = await db.simulatedPush.create({
        data: {
          ...newIds(),
          msisdn,
          openMsisdn: msisdn,
          amountKes: amount,
          resultCode: script.resultCode,
          resultDesc: script.resultDesc,
          behaviour: script.behaviour,
          answerAt: new Date(createdAt.getTime() + options.callbackDelayMs),
          createdAt,
        },
      });
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (duplicate && (await db.simulatedPush.findUnique({ where: { openMsisdn: msisdn } }))) throw SUBSCRIBER_LOCKED;
      throw error;
    }
    scheduleAnswer(push, options.callbackDelayMs);
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

  function scheduleAnswer(push: SimulatedPush, delayMs: number): void {
    busy += 1;
    let fired = false;
    let cancelTimer: () => void = () => {};
    const cancel = () => {
      if (fired) return;
      fired = true;
      cancelTimer();
      settle();
    };
    cancelTimer = schedule(() => {
      if (fired) return;
      fired = true;
      cancels.delete(cancel);
      void customerAnswers(push)
        .catch((error: unknown) => log?.error({ err: error, checkoutRequestId: push.checkoutRequestId }, "the simulated customer could not answer"))
        .finally(settle);
    }, Math.max(0, delayMs));
    if (!fired) cancels.add(cancel);
  }

  function callbackBodyFor(push: SimulatedPush): SimulatorCallbackBody {
    const stkCallback: SimulatorCallbackBody["Body"]["stkCallback"] = {
      MerchantRequestID: push.merchantRequestId,
      CheckoutRequestID: push.checkoutRequestId,
      ResultCode: push.resultCode,
      ResultDesc: push.resultDesc,
    };
    if (push.resultCode === 0) {
      stkCallback.CallbackMetadata = {
        Item: [
          { Name: "Amount", Value: push.amountKes },
          { Name: "MpesaReceiptNumber", Value: receiptNumber() },
          { Name: "Balance" },
          { Name: "TransactionDate", Value: Number(darajaTimestamp(now())) },
          { Name: "PhoneNumber", Value: Number(push.msisdn) },
        ],
      };
    }
    return { Body: { stkCallback } };
  }

  async function customerAnswers(push: SimulatedPush): Promise<void> {
    // Once: the answer is recorded before its callback goes, as Safaricom does (a callback lost on
    // the way is not sent again; the query still tells the result).
    const answered = await db.simulatedPush.updateMany({
      where: { checkoutRequestId: push.checkoutRequestId, openMsisdn: { not: null } },
      data: { openMsisdn: null, answeredAt: now() },
    });
    if (answered.count === 0) return;
    const body = callbackBodyFor(push);
    const copies = push.behaviour === "no_callback" ? 0 : push.behaviour === "duplicate_callback" ? 2 : 1;
    for (let copy = 1; copy <= copies && !closed; copy++) await deliver(push, body, copy);
  }

  async function deliver(push: SimulatedPush, body: SimulatorCallbackBody, copy: number): Promise<void> {
    let httpStatus: number | undefined;
    let error: string | undefined;
    try {
      const response = await fetch(options.callbackUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(deliveryTimeoutMs),
      });
      httpStatus = response.status;
      await response.body?.cancel();
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const delivery: SimulatorDelivery = { checkoutRequestId: push.checkoutRequestId, url: options.callbackUrl, copy, body, httpStatus, error };
    deliveries.push(delivery);
    if (deliveries.length > MAX_REMEMBERED_DELIVERIES) deliveries.shift();
    // Like Safaricom: a callback that fails is not sent again.
    if (error !== undefined || httpStatus === undefined || httpStatus >= 300) {
      log?.warn({ checkoutRequestId: push.checkoutRequestId, httpStatus, error }, "simulated callback not accepted by the receiver");
    } else {
      log?.debug({ checkoutRequestId: push.checkoutRequestId, httpStatus, copy }, "simulated callback delivered");
    }
    for (const listener of listeners) listener(delivery);
  }

  async function answerQuery(request: FastifyRequest, reply: FastifyReply) {
    checkBearer(request);
    const body = bodyOf(request);
    checkMerchant(body);
    const checkoutRequestId = typeof body.CheckoutRequestID === "string" ? body.CheckoutRequestID.trim() : "";
    if (!checkoutRequestId) throw invalid("CheckoutRequestID");
    const push = await db.simulatedPush.findUnique({ where: { checkoutRequestId } });
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
      return reply.send({ ...common, ResultCode: "4999", ResultDesc: "The transaction is still under processing" });
    }
    return reply.send({ ...common, ResultCode: String(push.resultCode), ResultDesc: push.resultDesc });
  }

  function refuse(reply: FastifyReply, refusal: DarajaRefusal) {
    return reply.code(refusal.httpStatus).send({ requestId: requestId(), errorCode: refusal.errorCode, errorMessage: refusal.errorMessage });
  }

  function checkBasic(request: FastifyRequest): "ok" | "malformed" | "wrong" {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(request.headers.authorization ?? "");
    if (!match) return "malformed";
    const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return "malformed";
    return decoded.slice(0, colon) === options.consumerKey && decoded.slice(colon + 1) === options.consumerSecret ? "ok" : "wrong";
  }

  app.register(
    async (scope) => {
      scope.addHook("onRequest", async (request, reply) => {
        if (fromThisMachine(request)) return;
        log?.warn({ address: request.socket.remoteAddress }, "daraja simulator refused a request from another machine");
        return reply.code(403).send({ errorMessage: "The built-in Daraja simulator answers only requests from the machine it runs on" });
      });
      // Whatever goes wrong, the answer keeps Daraja's error shape.
      scope.setErrorHandler((error, _request, reply) => {
        if (error instanceof DarajaRefusal) return refuse(reply, error);
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        if (status < 500) return refuse(reply, invalid("JSON"));
        log?.error({ err: error }, "simulator failure");
        return refuse(reply, new DarajaRefusal(500, "500.003.01", "Internal Server Error"));
      });

      scope.get(DARAJA_PATHS.token, async (request, reply) => {
        const grantType = (request.query as Record<string, unknown>).grant_type;
        if (grantType !== "client_credentials") return refuse(reply, new DarajaRefusal(400, "400.008.02", "Invalid grant type passed"));
        const basic = checkBasic(request);
        if (basic === "malformed") return refuse(reply, new DarajaRefusal(400, "400.008.01", "Invalid Authentication passed"));
        // Daraja answers wrong keys with a bare 400.
        if (basic === "wrong") return reply.code(400).send("");
        return reply.send({ access_token: issueToken(), expires_in: String(tokenLifetimeS) });
      });

      scope.post(DARAJA_PATHS.stkPush, async (request, reply) => reply.send(await acceptPush(request)));
      scope.post(DARAJA_PATHS.stkQuery, async (request, reply) => answerQuery(request, reply));

      // Prompts an earlier run left open are answered when they would have been: read before the
      // server listens, and scheduled as soon as it does (their callbacks come to this server).
      let leftOpen: SimulatedPush[] = [];
      scope.addHook("onReady", async () => {
        leftOpen = await db.simulatedPush.findMany({ where: { openMsisdn: { not: null } }, orderBy: { createdAt: "asc" } });
      });
      scope.addHook("onListen", (done) => {
        for (const push of leftOpen.splice(0)) scheduleAnswer(push, push.answerAt.getTime() - now().getTime());
        done();
      });
      scope.addHook("onClose", async () => handle.close());
    },
    { prefix },
  );

  const handle: DarajaSimulator = {
    prefix,
    whenIdle: () => (busy === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve))),
    deliveries,
    onDelivery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get tokensIssued() {
      return tokensIssued;
    },
    revokeTokens: () => tokens.clear(),
    close() {
      closed = true;
      for (const cancel of [...cancels]) {
        cancels.delete(cancel);
        cancel();
      }
    },
  };
  return handle;
}
