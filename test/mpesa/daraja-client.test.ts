import { PassThrough } from "node:stream";
import { inspect } from "node:util";
import Fastify from "fastify";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { SIMULATOR_DEFAULTS } from "../../src/config/index.js";
import { DarajaClient, type DarajaClientOptions } from "../../src/mpesa/daraja-client.js";
import { buildStkPushBody, cleanAccountReference, cleanDescription, type StkPushRequest } from "../../src/mpesa/protocol.js";
import { DarajaApiError, MpesaConfigError, MpesaError, MpesaPushOutcomeUnknownError, MpesaRequestError, MpesaTransportError } from "../../src/mpesa/errors.js";
import { TestClock } from "../support/clock.js";
import { fakeDaraja, type Answer } from "./fake-daraja-transport.js";

const PASSWORD_VECTOR = "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjEwNjI4MDkyNDA4";
/** 09:24:08 in Nairobi on 28 June 2021: the moment of the password test vector. */
const VECTOR_MOMENT = new Date("2021-06-28T06:24:08Z");

const CREDENTIALS = {
  baseUrl: "https://sandbox.safaricom.co.ke",
  consumerKey: "consumer-key-value",
  consumerSecret: "consumer-secret-value",
  businessShortCode: "174379",
  partyB: "174379",
  shortcodeType: "paybill",
  passkey: SIMULATOR_DEFAULTS.passkey,
} as const satisfies Partial<DarajaClientOptions>;

const PUSH: StkPushRequest = {
  phone: "0712 345 678",
  amount: 150,
  accountReference: "Session-42-12345678",
  description: "Internet session at PC-4",
  callbackUrl: "https://cafe.example.org/mpesa/callback/",
};

function clientWith(daraja: ReturnType<typeof fakeDaraja>, extra: Partial<DarajaClientOptions> = {}) {
  return new DarajaClient({ ...CREDENTIALS, now: new TestClock(VECTOR_MOMENT).now, adapter: daraja.adapter, ...extra });
}

async function failureOf(promise: Promise<unknown>): Promise<MpesaError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MpesaError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("configuration", () => {
  it("refuses unusable settings at once, naming them", () => {
    expect(() => new DarajaClient({ ...CREDENTIALS, passkey: "", baseUrl: "not a url" })).toThrow(MpesaConfigError);
    try {
      new DarajaClient({ ...CREDENTIALS, passkey: " ", consumerSecret: "", partyB: "12" });
    } catch (error) {
      expect((error as MpesaConfigError).fields).toEqual(["consumerSecret", "passkey", "partyB"]);
    }
  });
});

describe("STK push body", () => {
  it("builds the paybill body with the EAT timestamp and the matching password", () => {
    expect(buildStkPushBody(CREDENTIALS, PUSH, VECTOR_MOMENT)).toEqual({
      BusinessShortCode: "174379",
      Password: PASSWORD_VECTOR,
      Timestamp: "20210628092408",
      TransactionType: "CustomerPayBillOnline",
      Amount: 150,
      PartyA: "254712345678",
      PartyB: "174379",
      PhoneNumber: "254712345678",
      CallBackURL: "https://cafe.example.org/mpesa/callback/",
      AccountReference: "Session-42-1",
      TransactionDesc: "Internet sess",
    });
  });

  it("builds the till body: Buy Goods, the store number signs, the till receives", () => {
    const till = { ...CREDENTIALS, shortcodeType: "till_number" as const, businessShortCode: "174379", partyB: "600123" };
    const body = buildStkPushBody(till, PUSH, VECTOR_MOMENT);
    expect(body).toMatchObject({ TransactionType: "CustomerBuyGoodsOnline", BusinessShortCode: "174379", PartyB: "600123", Password: PASSWORD_VECTOR });
  });

  it("ignores a stray partyB for a paybill: PartyB is the paybill itself", () => {
    const body = buildStkPushBody({ ...CREDENTIALS, partyB: "600123" }, PUSH, VECTOR_MOMENT);
    expect(body.PartyB).toBe("174379");
  });

  it("cuts and cleans what the customer's phone shows", () => {
    expect(cleanAccountReference("Session-42-12345678")).toBe("Session-42-1");
    expect(cleanAccountReference("Café & Co <Ltd>")).toBe("Cafe Co Ltd");
    expect(cleanAccountReference("Pay-12345678")).toBe("Pay-12345678");
    expect(cleanAccountReference("  a\n\tb  ")).toBe("a b");
    expect(cleanDescription("Internet session at PC-4")).toBe("Internet sess");
    expect(cleanDescription("Printing — 3 pages 😀")).toBe("Printing 3 pa");
    expect(cleanDescription("Session 123  ")).toBe("Session 123");
  });

  it.each([0, -5, 1.5, 150.25, 250_001, Number.NaN])("refuses amount %s before sending anything", async (amount) => {
    const daraja = fakeDaraja();
    const error = await failureOf(clientWith(daraja).stkPush({ ...PUSH, amount }));
    expect(error).toBeInstanceOf(MpesaRequestError);
    expect(error.reason).toBe("invalid_amount");
    expect(daraja.sent).toHaveLength(0);
  });

  it("accepts the limits 1 and 250,000", () => {
    expect(buildStkPushBody(CREDENTIALS, { ...PUSH, amount: 1 }, VECTOR_MOMENT).Amount).toBe(1);
    expect(buildStkPushBody(CREDENTIALS, { ...PUSH, amount: 250_000 }, VECTOR_MOMENT).Amount).toBe(250_000);
  });

  it("refuses a bad phone number with the phone problem, before sending anything", async () => {
    const daraja = fakeDaraja();
    const error = await failureOf(clientWith(daraja).stkPush({ ...PUSH, phone: "0733 123 456" }));
    expect(error).toMatchObject({ reason: "invalid_phone", phoneProblem: "not_safaricom", field: "phone" });
    expect(daraja.sent).toHaveLength(0);
  });

  it.each(["https://cafe.example.org/mpesa/callback/ ", "https://cafe example.org/cb", "ftp://cafe.example.org/cb", "/mpesa/callback/", ""])(
    "refuses callback URL %j",
    async (callbackUrl) => {
      const error = await failureOf(clientWith(fakeDaraja()).stkPush({ ...PUSH, callbackUrl }));
      expect(error.reason).toBe("invalid_callback_url");
    },
  );

  it("refuses references that clean down to nothing", async () => {
    const error = await failureOf(clientWith(fakeDaraja()).stkPush({ ...PUSH, description: "😀😀" }));
    expect(error).toMatchObject({ reason: "invalid_request", field: "description" });
  });
});

describe("what goes over the wire", () => {
  it("asks for a token with Basic auth, then pushes with the Bearer token", async () => {
    const daraja = fakeDaraja();
    const accepted = await clientWith(daraja).stkPush(PUSH);
    expect(accepted).toEqual({ merchantRequestId: "1-2-1", checkoutRequestId: "ws_CO_1", msisdn: "254712345678", amount: 150, customerMessage: "Success" });

    const [token, push] = daraja.sent;
    expect(token).toMatchObject({ endpoint: "token", method: "GET", params: { grant_type: "client_credentials" } });
    expect(token!.url).toBe("https://sandbox.safaricom.co.ke/oauth/v1/generate");
    expect(token!.headers.authorization).toBe(`Basic ${Buffer.from("consumer-key-value:consumer-secret-value").toString("base64")}`);
    expect(push).toMatchObject({ endpoint: "push", method: "POST", url: "https://sandbox.safaricom.co.ke/mpesa/stkpush/v1/processrequest" });
    expect(push!.headers.authorization).toBe("Bearer token-1");
    expect(push!.body).toMatchObject({ Password: PASSWORD_VECTOR, Timestamp: "20210628092408", PartyA: "254712345678" });
  });

  it("sends a fresh timestamp and password with each query", async () => {
    const daraja = fakeDaraja();
    const clock = new TestClock(VECTOR_MOMENT);
    const client = clientWith(daraja, { now: clock.now });
    await client.stkQuery("ws_CO_1");
    clock.advance(5_000);
    await client.stkQuery("ws_CO_1");
    const [first, second] = daraja.sent.filter((request) => request.endpoint === "query");
    expect(first!.body).toEqual({ BusinessShortCode: "174379", Password: PASSWORD_VECTOR, Timestamp: "20210628092408", CheckoutRequestID: "ws_CO_1" });
    expect(second!.body!.Timestamp).toBe("20210628092413");
    expect(second!.body!.Password).not.toBe(PASSWORD_VECTOR);
  });
});

describe("access token", () => {
  it.each([3599, "3599"])("caches a token whose expires_in is %j until shortly before it expires", async (expiresIn) => {
    const daraja = fakeDaraja({}, { token: { status: 200, body: { access_token: "token-1", expires_in: expiresIn } } });
    const clock = new TestClock(VECTOR_MOMENT);
    const client = clientWith(daraja, { now: clock.now });
    await client.stkQuery("ws_CO_1");
    clock.advance(3_538_000);
    await client.stkQuery("ws_CO_1");
    expect(daraja.count("token")).toBe(1);
    clock.advance(2_000); // 3540 s: less than the 60 s margin left
    await client.stkQuery("ws_CO_1");
    expect(daraja.count("token")).toBe(2);
  });

  it("assumes an hour when expires_in is missing or unreadable", async () => {
    const daraja = fakeDaraja({}, { token: { status: 200, body: { access_token: "token-1", expires_in: "soon" } } });
    const clock = new TestClock(VECTOR_MOMENT);
    const client = clientWith(daraja, { now: clock.now });
    await client.accessToken();
    clock.advance(3_500_000);
    await client.accessToken();
    expect(daraja.count("token")).toBe(1);
  });

  it("shares one refresh between concurrent callers", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slowToken: Answer = async () => {
      await released;
      return { status: 200, body: { access_token: "token-1", expires_in: 3599 } };
    };
    const daraja = fakeDaraja({ token: [slowToken] });
    const client = clientWith(daraja);
    const queries = Promise.all(Array.from({ length: 5 }, () => client.stkQuery("ws_CO_1")));
    await Promise.resolve();
    release();
    await queries;
    expect(daraja.count("token")).toBe(1);
    expect(daraja.count("query")).toBe(5);
  });

  it("does not cache a failed refresh", async () => {
    const daraja = fakeDaraja({ token: [{ socketError: "ECONNREFUSED" }] });
    const client = clientWith(daraja);
    expect((await failureOf(client.accessToken())).reason).toBe("network");
    await expect(client.accessToken()).resolves.toBe("token-1");
  });

  it("renews the token once on 404.001.03 and retries", async () => {
    const daraja = fakeDaraja({
      token: [TOKEN_1, { status: 200, body: { access_token: "token-2", expires_in: "3599" } }],
      push: [INVALID_TOKEN],
    });
    const accepted = await clientWith(daraja).stkPush(PUSH);
    expect(accepted.checkoutRequestId).toBe("ws_CO_1");
    const pushes = daraja.sent.filter((request) => request.endpoint === "push");
    expect(pushes.map((request) => request.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("gives up after one renewal: token_rejected", async () => {
    const daraja = fakeDaraja({}, { query: INVALID_TOKEN });
    const error = await failureOf(clientWith(daraja).stkQuery("ws_CO_1"));
    expect(error).toBeInstanceOf(DarajaApiError);
    expect(error).toMatchObject({ reason: "token_rejected", errorCode: "404.001.03", httpStatus: 404 });
    expect(daraja.count("token")).toBe(2);
    expect(daraja.count("query")).toBe(2);
  });

  it.each<[Answer, string]>([
    [{ status: 400 }, "wrong_credentials"],
    [{ status: 400, body: { requestId: "1", errorCode: "400.008.01", errorMessage: "Invalid Authentication passed" } }, "wrong_credentials"],
    [{ status: 200, body: { expires_in: "3599" } }, "unexpected_response"],
    [{ status: 200, body: "<html>" }, "unexpected_response"],
    [{ status: 503 }, "system_busy"],
  ])("maps a token answer %j to %s", async (answer, reason) => {
    const error = await failureOf(clientWith(fakeDaraja({ token: [answer] })).accessToken());
    expect(error).toMatchObject({ reason, operation: "token" });
  });
});

const TOKEN_1 = { status: 200, body: { access_token: "token-1", expires_in: "3599" } };
const INVALID_TOKEN = { status: 404, body: { requestId: "1", errorCode: "404.001.03", errorMessage: "Invalid Access Token" } };
const LOCKED = {
  status: 500,
  body: {
    requestId: "1",
    errorCode: "500.001.1001",
    errorMessage: "Unable to lock subscriber, a transaction is already in process for the current subscriber",
  },
};

describe("push failures", () => {
  it("reports Daraja's refusal with its facts and never resends", async () => {
    const daraja = fakeDaraja({ push: [LOCKED] });
    const error = await failureOf(clientWith(daraja).stkPush(PUSH));
    expect(error).toBeInstanceOf(DarajaApiError);
    expect(error).toMatchObject({ reason: "subscriber_locked", httpStatus: 500, errorCode: "500.001.1001" });
    expect(daraja.count("push")).toBe(1);
  });

  it.each<[Answer, string]>([
    [{ status: 400, body: { requestId: "1", errorCode: "400.002.02", errorMessage: "Bad Request - Invalid CallBackURL" } }, "invalid_callback_url"],
    [{ status: 500, body: { requestId: "1", errorCode: "500.001.1001", errorMessage: "Wrong credentials" } }, "wrong_credentials"],
    [{ status: 500, body: { requestId: "1", errorCode: "500.003.02", errorMessage: "System is busy. Please try again in few minutes." } }, "system_busy"],
    [{ status: 200, body: { MerchantRequestID: "1", CheckoutRequestID: "ws_CO_1", ResponseCode: "1", ResponseDescription: "Rejected" } }, "daraja_error"],
  ])("maps %j to %s", async (answer, reason) => {
    const daraja = fakeDaraja({ push: [answer] });
    expect((await failureOf(clientWith(daraja).stkPush(PUSH))).reason).toBe(reason);
    expect(daraja.count("push")).toBe(1);
  });

  it.each<[Answer, string, string | undefined]>([
    [{ socketError: "ETIMEDOUT" }, "timeout", "ETIMEDOUT"],
    [{ socketError: "ECONNABORTED" }, "timeout", "ECONNABORTED"],
    [{ socketError: "ECONNRESET" }, "connection_lost", "ECONNRESET"],
    [{ status: 502, body: "<html>Bad Gateway</html>" }, "gateway_error", "502"],
    [{ status: 504 }, "gateway_error", "504"],
    [{ status: 200, body: "<html>" }, "unreadable_answer", undefined],
    [{ status: 200, body: { ResponseCode: "0" } }, "unreadable_answer", undefined],
  ])("calls a lost answer (%j) 'outcome unknown' and does not retry", async (answer, detail, code) => {
    const daraja = fakeDaraja({ push: [answer] });
    const error = await failureOf(clientWith(daraja).stkPush(PUSH));
    expect(error).toBeInstanceOf(MpesaPushOutcomeUnknownError);
    expect(error).toMatchObject({ reason: "push_outcome_unknown", detail, code });
    expect(daraja.count("push")).toBe(1);
  });

  it("says 'network', not 'unknown', when the push could not leave this machine", async () => {
    const daraja = fakeDaraja({ push: [{ socketError: "ECONNREFUSED" }] });
    const error = await failureOf(clientWith(daraja).stkPush(PUSH));
    expect(error).toBeInstanceOf(MpesaTransportError);
    expect(error).toMatchObject({ reason: "network", operation: "stk_push", code: "ECONNREFUSED" });
  });

  it("says 'network' for a token failure during a push: no prompt was sent", async () => {
    const daraja = fakeDaraja({ token: [{ socketError: "ETIMEDOUT" }] });
    const error = await failureOf(clientWith(daraja).stkPush(PUSH));
    expect(error).toBeInstanceOf(MpesaTransportError);
    expect(error).toMatchObject({ reason: "timeout", operation: "token" });
    expect(daraja.count("push")).toBe(0);
  });
});

describe("STK query answers", () => {
  it.each<[Answer, object]>([
    [
      { status: 200, body: { ResponseCode: "0", CheckoutRequestID: "ws_CO_1", ResultCode: "0", ResultDesc: "ok" } },
      { resultCode: 0, outcome: { status: "paid" } },
    ],
    [
      { status: 200, body: { ResponseCode: "0", ResultCode: 1032, ResultDesc: "Request cancelled by user" } },
      { resultCode: 1032, outcome: { status: "failed", reason: "cancelled" } },
    ],
    [
      { status: 200, body: { ResponseCode: "0", ResultCode: "4999", ResultDesc: "The transaction is still under processing" } },
      { resultCode: 4999, outcome: { status: "pending" } },
    ],
    [
      { status: 500, body: { requestId: "1", errorCode: "500.001.1001", errorMessage: "The transaction is being processed" } },
      { resultCode: 4999, outcome: { status: "pending" }, resultDesc: "The transaction is being processed" },
    ],
    [
      { status: 200, body: { ResultCode: "SFC_IC0003", ResultDesc: "x" } },
      { resultCode: "SFC_IC0003", outcome: { status: "failed", reason: "merchant_misconfigured" } },
    ],
  ])("reads %j", async (answer, expected) => {
    const result = await clientWith(fakeDaraja({ query: [answer] })).stkQuery("ws_CO_1");
    expect(result).toMatchObject({ checkoutRequestId: "ws_CO_1", ...expected });
  });

  it.each<[Answer, string]>([
    [{ status: 500, body: { requestId: "1", errorCode: "500.001.1001", errorMessage: "The transaction does not Exist" } }, "transaction_not_found"],
    [{ status: 200, body: { ResponseCode: "0" } }, "unexpected_response"],
    [{ socketError: "ETIMEDOUT" }, "timeout"],
    [{ socketError: "ECONNRESET" }, "network"],
  ])("fails %j with %s (safe to ask again)", async (answer, reason) => {
    const error = await failureOf(clientWith(fakeDaraja({ query: [answer] })).stkQuery("ws_CO_1"));
    expect(error.reason).toBe(reason);
    expect(error).not.toBeInstanceOf(MpesaPushOutcomeUnknownError);
  });
});

describe("secrets", () => {
  it("never writes the consumer secret, passkey, password or token in logs or errors", async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on("data", (chunk: Buffer) => lines.push(chunk.toString()));
    // A logger with no redaction at all: the client itself must not hand secrets over.
    const logger = pino({ level: "trace" }, stream);
    const daraja = fakeDaraja({ push: [INVALID_TOKEN, LOCKED], query: [{ socketError: "ECONNRESET" }] });
    const client = clientWith(daraja, { logger });
    const errors = [await failureOf(client.stkPush(PUSH)), await failureOf(client.stkQuery("ws_CO_1"))];
    await client.stkPush(PUSH).catch((error: unknown) => errors.push(error as MpesaError));

    const written = lines.join("") + errors.map((error) => inspect(error, { depth: 10, showHidden: true })).join("\n");
    expect(lines.join("")).toContain("renewing");
    const basic = Buffer.from(`${CREDENTIALS.consumerKey}:${CREDENTIALS.consumerSecret}`).toString("base64");
    for (const secret of [CREDENTIALS.consumerSecret, CREDENTIALS.passkey, "token-1", "Bearer", basic, PASSWORD_VECTOR, "254712345678"]) {
      expect(written).not.toContain(secret);
    }
  });
});

describe("timeouts over real HTTP", () => {
  it("gives up on a silent server after timeoutMs: timeout for a query, outcome unknown for a push", async () => {
    const silent = Fastify();
    silent.get("/oauth/v1/generate", async () => ({ access_token: "token-1", expires_in: "3599" }));
    // Never answers: the request stays open until the client gives up.
    silent.post("/mpesa/*", (_request, _reply) => {});
    await silent.listen({ host: "127.0.0.1", port: 0 });
    const address = silent.server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    try {
      const client = new DarajaClient({ ...CREDENTIALS, baseUrl: `http://127.0.0.1:${address.port}`, timeoutMs: 150 });
      const query = await failureOf(client.stkQuery("ws_CO_1"));
      expect(query).toBeInstanceOf(MpesaTransportError);
      expect(query).toMatchObject({ reason: "timeout", operation: "stk_query" });
      const push = await failureOf(client.stkPush(PUSH));
      expect(push).toMatchObject({ reason: "push_outcome_unknown", detail: "timeout" });
    } finally {
      const closing = silent.close();
      silent.server.closeAllConnections();
      await closing;
    }
  });

  it("reports a closed port as a network failure with nothing sent", async () => {
    const server = Fastify();
    await server.listen({ host: "127.0.0.1", port: 0 });
    const address = server.server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    await server.close();
    const client = new DarajaClient({ ...CREDENTIALS, baseUrl: `http://127.0.0.1:${address.port}`, timeoutMs: 2_000 });
    const error = await failureOf(client.stkPush(PUSH));
    expect(error).toMatchObject({ reason: "network", operation: "token", code: "ECONNREFUSED" });
  });
});

describe("C2B URL registration and Transaction Status", () => {
  const C2B = {
    shortCode: "600638",
    kind: "paybill",
    responseType: "Completed",
    confirmationUrl: "https://desk.cafe.co.ke/payments/confirmation/s3cret-segment-0123/",
    validationUrl: "https://desk.cafe.co.ke/payments/validation/s3cret-segment-0123/",
    statusResultUrl: "https://desk.cafe.co.ke/payments/status/result/s3cret-segment-0123/",
    statusTimeoutUrl: "https://desk.cafe.co.ke/payments/status/timeout/s3cret-segment-0123/",
  } as const;
  const INITIATOR = { name: "cafeapi", securityCredential: "ENCRYPTED-initiator-password-base64==" };

  it("sends the registration as Daraja documents it", async () => {
    const daraja = fakeDaraja();
    await clientWith(daraja, { c2b: C2B }).registerC2bUrls();
    const sent = daraja.sent.find((request) => request.endpoint === "register");
    expect(sent).toMatchObject({
      method: "POST",
      url: "https://sandbox.safaricom.co.ke/mpesa/c2b/v1/registerurl",
      headers: { authorization: "Bearer token-1" },
    });
    expect(sent?.body).toEqual({ ShortCode: "600638", ResponseType: "Completed", ConfirmationURL: C2B.confirmationUrl, ValidationURL: C2B.validationUrl });
  });

  it("maps the registration's refusals: already registered, a refused URL, a non-zero ResponseCode, an unreadable answer", async () => {
    const refusals: [Answer, string][] = [
      [{ status: 500, body: { requestId: "r", errorCode: "500.003.1001", errorMessage: "Urls are already registered" } }, "urls_already_registered"],
      [{ status: 400, body: { requestId: "r", errorCode: "400.002.02", errorMessage: "Bad Request - Invalid ConfirmationURL" } }, "invalid_callback_url"],
      [{ status: 400, body: { requestId: "r", errorCode: "400.002.02", errorMessage: "Bad Request - Invalid ShortCode" } }, "wrong_shortcode"],
      [{ status: 200, body: { ResponseCode: "1", ResponseDescription: "Failed" } }, "daraja_error"],
      [{ status: 200, body: "<html>gateway</html>" }, "unexpected_response"],
    ];
    for (const [answer, reason] of refusals) {
      const error = await failureOf(clientWith(fakeDaraja({ register: [answer] }), { c2b: C2B }).registerC2bUrls());
      expect(error).toBeInstanceOf(DarajaApiError);
      expect([error.operation, error.reason]).toEqual(["c2b_register", reason]);
    }
  });

  it("asks Transaction Status with the initiator, for the paybill (4) or the till (2), and returns the conversation ids", async () => {
    const daraja = fakeDaraja();
    const accepted = await clientWith(daraja, { c2b: C2B, initiator: INITIATOR }).transactionStatus(" qk12abc345 ");
    expect(accepted).toEqual({ conversationId: "AG_20210628_010040c2b6d7d3b1a9f1", originatorConversationId: "5118-111210482-1" });
    const sent = daraja.sent.find((request) => request.endpoint === "status");
    expect(sent?.url).toBe("https://sandbox.safaricom.co.ke/mpesa/transactionstatus/v1/query");
    expect(sent?.body).toEqual({
      Initiator: "cafeapi",
      SecurityCredential: INITIATOR.securityCredential,
      CommandID: "TransactionStatusQuery",
      TransactionID: "QK12ABC345",
      PartyA: "600638",
      IdentifierType: "4",
      ResultURL: C2B.statusResultUrl,
      QueueTimeOutURL: C2B.statusTimeoutUrl,
      Remarks: "Receipt check",
      Occasion: "QK12ABC345",
    });

    const tillDaraja = fakeDaraja();
    await clientWith(tillDaraja, { c2b: { ...C2B, kind: "till", shortCode: "5432100" }, initiator: INITIATOR }).transactionStatus("QK12ABC345");
    expect(tillDaraja.sent.find((request) => request.endpoint === "status")?.body).toMatchObject({ PartyA: "5432100", IdentifierType: "2" });
  });

  it("without an initiator (or C2B settings) is not configured, and a receipt that cannot be one is refused, with nothing sent", async () => {
    const daraja = fakeDaraja();
    const noInitiator = await failureOf(clientWith(daraja, { c2b: C2B }).transactionStatus("QK12ABC345"));
    expect(noInitiator).toBeInstanceOf(MpesaConfigError);
    expect(noInitiator.reason).toBe("not_configured");
    expect((await failureOf(clientWith(daraja).registerC2bUrls())).reason).toBe("not_configured");
    const badReceipt = await failureOf(clientWith(daraja, { c2b: C2B, initiator: INITIATOR }).transactionStatus("QK12-ABC"));
    expect(badReceipt).toBeInstanceOf(MpesaRequestError);
    expect([badReceipt.reason, badReceipt instanceof MpesaRequestError && badReceipt.field]).toEqual(["invalid_request", "receipt"]);
    expect(daraja.sent).toHaveLength(0);
  });

  it("maps Transaction Status refusals: the initiator, PartyA (the shortcode here), busy", async () => {
    const refusals: [Answer, string][] = [
      [{ status: 400, body: { requestId: "r", errorCode: "400.002.02", errorMessage: "Bad Request - Invalid Initiator" } }, "wrong_credentials"],
      [{ status: 400, body: { requestId: "r", errorCode: "400.002.02", errorMessage: "Bad Request - Invalid SecurityCredential" } }, "wrong_credentials"],
      [{ status: 400, body: { requestId: "r", errorCode: "400.002.02", errorMessage: "Bad Request - Invalid PartyA" } }, "wrong_shortcode"],
      [{ status: 500, body: { requestId: "r", errorCode: "500.003.02", errorMessage: "Spike Arrest Violation" } }, "system_busy"],
      [{ status: 200, body: { ResponseCode: "0" } }, "unexpected_response"],
    ];
    for (const [answer, reason] of refusals) {
      const error = await failureOf(clientWith(fakeDaraja({ status: [answer] }), { c2b: C2B, initiator: INITIATOR }).transactionStatus("QK12ABC345"));
      expect([error.operation, error.reason]).toEqual(["transaction_status", reason]);
    }
    const lost = await failureOf(
      clientWith(fakeDaraja({ status: [{ socketError: "ECONNRESET" }] }), { c2b: C2B, initiator: INITIATOR }).transactionStatus("QK12ABC345"),
    );
    expect(lost).toBeInstanceOf(MpesaTransportError);
  });

  it("never writes the security credential in logs or errors", async () => {
    const lines = new PassThrough();
    let written = "";
    lines.on("data", (chunk: Buffer) => (written += chunk.toString()));
    const logger = pino({ level: "trace" }, lines);
    const refusing = fakeDaraja({ status: [{ status: 400, body: { errorCode: "400.002.02", errorMessage: "Bad Request - Invalid SecurityCredential" } }] });
    const error = await failureOf(clientWith(refusing, { c2b: C2B, initiator: INITIATOR, logger }).transactionStatus("QK12ABC345"));
    await clientWith(fakeDaraja(), { c2b: C2B, initiator: INITIATOR, logger }).transactionStatus("QK12ABC345");
    expect(written).toContain("transaction status asked");
    expect(written + inspect(error) + error.message).not.toContain(INITIATOR.securityCredential);
  });
});
