// The simulator spoken to directly, as Daraja would be: auth, validation and error shapes.
import { networkInterfaces } from "node:os";
import Fastify from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { SIMULATOR_DEFAULTS, SIMULATOR_PREFIX } from "../../src/config/index.js";
import { darajaTimestamp, stkPassword } from "../../src/mpesa/timestamp.js";
import { registerDarajaSimulator, scriptFor, SIMULATOR_SCRIPTED_NUMBERS, simulatorOptionsFromConfig } from "../../src/mpesa/simulator/index.js";
import { freePort } from "../support/service-process.js";
import { parseConfig } from "../../src/config/index.js";
import { CONSUMER_KEY, CONSUMER_SECRET, manualScheduler, PAYBILL, simulatorDb, START, startHarness, type Harness } from "./simulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

async function tokenFrom(h: Harness): Promise<string> {
  const response = await fetch(`${h.baseUrl}/oauth/v1/generate?grant_type=client_credentials`, {
    headers: { authorization: basic(CONSUMER_KEY, CONSUMER_SECRET) },
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function post(h: Harness, path: string, body: unknown, token?: string) {
  const response = await fetch(`${h.baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

function validPush(h: Harness, overrides: Record<string, unknown> = {}) {
  const timestamp = darajaTimestamp(START);
  return {
    BusinessShortCode: "174379",
    Password: stkPassword("174379", SIMULATOR_DEFAULTS.passkey, timestamp),
    Timestamp: timestamp,
    TransactionType: "CustomerPayBillOnline",
    Amount: 1,
    PartyA: "254712345678",
    PartyB: "174379",
    PhoneNumber: "254712345678",
    CallBackURL: h.callbackUrl,
    AccountReference: "Pay-12345678",
    TransactionDesc: "Payment",
    ...overrides,
  };
}

const PUSH = "/mpesa/stkpush/v1/processrequest";
const QUERY = "/mpesa/stkpushquery/v1/query";

describe("OAuth", () => {
  it("hands out a token for the right keys, with expires_in as Daraja writes it", async () => {
    const h = (harness = await startHarness());
    const response = await fetch(`${h.baseUrl}/oauth/v1/generate?grant_type=client_credentials`, {
      headers: { authorization: basic(CONSUMER_KEY, CONSUMER_SECRET) },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ access_token: expect.stringMatching(/^[A-Za-z0-9]{28}$/) as unknown, expires_in: "3599" });
    expect(h.simulator.tokensIssued).toBe(1);
  });

  it("answers wrong keys with a bare 400, a malformed header or grant type with Daraja's error shape", async () => {
    const h = (harness = await startHarness());
    const url = `${h.baseUrl}/oauth/v1/generate?grant_type=client_credentials`;
    const wrong = await fetch(url, { headers: { authorization: basic(CONSUMER_KEY, "nope") } });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toBe("");
    const missing = await fetch(url);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ errorCode: "400.008.01", requestId: expect.any(String) as unknown });
    const grant = await fetch(`${h.baseUrl}/oauth/v1/generate?grant_type=password`, { headers: { authorization: basic(CONSUMER_KEY, CONSUMER_SECRET) } });
    expect(await grant.json()).toMatchObject({ errorCode: "400.008.02" });
    expect(h.simulator.tokensIssued).toBe(0);
  });
});

describe("Bearer token", () => {
  it.each([undefined, "made-up-token"])("refuses %j with 404.001.03", async (token) => {
    const h = (harness = await startHarness());
    const answer = await post(h, PUSH, validPush(h), token);
    expect(answer).toEqual({ status: 404, body: { requestId: expect.any(String) as unknown, errorCode: "404.001.03", errorMessage: "Invalid Access Token" } });
  });

  it("expires tokens after their lifetime, and on revocation", async () => {
    const h = (harness = await startHarness());
    const token = await tokenFrom(h);
    expect((await post(h, QUERY, { nothing: true }, token)).body?.errorCode).not.toBe("404.001.03");
    h.clock.advance(3_599_000);
    expect((await post(h, QUERY, {}, token)).body?.errorCode).toBe("404.001.03");
    const fresh = await tokenFrom(h);
    h.simulator.revokeTokens();
    expect((await post(h, QUERY, {}, fresh)).body?.errorCode).toBe("404.001.03");
  });
});

describe("STK push validation", () => {
  it("accepts a valid push in Daraja's shape", async () => {
    const h = (harness = await startHarness({ schedule: manualScheduler().schedule }));
    const answer = await post(h, PUSH, validPush(h, { Amount: "10", PartyA: 254712345678 }), await tokenFrom(h));
    expect(answer).toEqual({
      status: 200,
      body: {
        MerchantRequestID: expect.stringMatching(/^\d{5}-\d{8}-1$/) as unknown,
        CheckoutRequestID: expect.stringMatching(/^ws_CO_28062021092408\d{6}$/) as unknown,
        ResponseCode: "0",
        ResponseDescription: "Success. Request accepted for processing",
        CustomerMessage: "Success. Request accepted for processing",
      },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a decimal amount", { Amount: 1.5 }, "Bad Request - Invalid Amount"],
    ["a zero amount", { Amount: 0 }, "Bad Request - Invalid Amount"],
    ["an amount over 250,000", { Amount: 250_001 }, "Bad Request - Invalid Amount"],
    ["a local phone number", { PhoneNumber: "0712345678" }, "Bad Request - Invalid PhoneNumber"],
    ["a short phone number", { PhoneNumber: "25471234567" }, "Bad Request - Invalid PhoneNumber"],
    ["a bad PartyA", { PartyA: "+254712345678" }, "Bad Request - Invalid PartyA"],
    ["a callback URL with a stray space", { CallBackURL: "https://cafe.example.org/cb " }, "Bad Request - Invalid CallBackURL"],
    ["a callback URL that is not one", { CallBackURL: "cafe/callback" }, "Bad Request - Invalid CallBackURL"],
    ["no description", { TransactionDesc: undefined }, "Bad Request - Invalid Remarks"],
    ["a null description", { TransactionDesc: null }, "Bad Request - Invalid Remarks"],
    ["an empty description", { TransactionDesc: " " }, "Bad Request - Invalid Remarks"],
    ["no account reference", { AccountReference: "" }, "Bad Request - Invalid AccountReference"],
    ["an unknown transaction type", { TransactionType: "CustomerPayBill" }, "Bad Request - Invalid TransactionType"],
    ["a malformed timestamp", { Timestamp: "2021-06-28 09:24:08" }, "Bad Request - Invalid Timestamp"],
    ["a malformed shortcode", { BusinessShortCode: "abc" }, "Bad Request - Invalid BusinessShortCode"],
  ])("refuses %s with 400.002.02", async (_label, overrides, errorMessage) => {
    const h = (harness = await startHarness());
    const answer = await post(h, PUSH, validPush(h, overrides), await tokenFrom(h));
    expect(answer).toEqual({ status: 400, body: { requestId: expect.any(String) as unknown, errorCode: "400.002.02", errorMessage } });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a Password made with another timestamp", { Timestamp: "20210628092409" }, "Wrong credentials"],
    ["a Password made with another passkey", { Password: stkPassword("174379", "other", darajaTimestamp(START)) }, "Wrong credentials"],
    ["an unknown shortcode", { BusinessShortCode: "999999" }, "Merchant does not exist"],
  ])("refuses %s with 500.001.1001", async (_label, overrides, errorMessage) => {
    const h = (harness = await startHarness());
    const answer = await post(h, PUSH, validPush(h, overrides), await tokenFrom(h));
    expect(answer).toEqual({ status: 500, body: { requestId: expect.any(String) as unknown, errorCode: "500.001.1001", errorMessage } });
  });

  it("answers a body that is not JSON in Daraja's error shape", async () => {
    const h = (harness = await startHarness());
    const answer = await post(h, PUSH, "{not json", await tokenFrom(h));
    expect(answer).toMatchObject({ status: 400, body: { errorCode: "400.002.02" } });
  });

  it("locks a customer whose prompt is open", async () => {
    const customer = manualScheduler();
    const h = (harness = await startHarness({ schedule: customer.schedule }));
    const token = await tokenFrom(h);
    expect((await post(h, PUSH, validPush(h), token)).status).toBe(200);
    const second = await post(h, PUSH, validPush(h), token);
    expect(second).toEqual({
      status: 500,
      body: {
        requestId: expect.any(String) as unknown,
        errorCode: "500.001.1001",
        errorMessage: "Unable to lock subscriber, a transaction is already in process for the current subscriber",
      },
    });
  });
});

describe("who may use the simulator", () => {
  const TOKEN_URL = `${SIMULATOR_PREFIX}/oauth/v1/generate?grant_type=client_credentials`;
  const tokenRequest = (remoteAddress: string, headers: Record<string, string> = {}) => ({
    method: "GET" as const,
    url: TOKEN_URL,
    remoteAddress,
    headers: { authorization: basic(CONSUMER_KEY, CONSUMER_SECRET), ...headers },
  });

  it.each(["192.168.1.20", "10.0.0.5", "::ffff:192.168.1.20", "2001:db8::1"])("refuses a caller at %s, on every route", async (remoteAddress) => {
    const h = (harness = await startHarness());
    const token = await tokenFrom(h);
    expect((await h.app.inject(tokenRequest(remoteAddress))).statusCode).toBe(403);
    for (const path of [PUSH, QUERY]) {
      const answer = await h.app.inject({
        method: "POST",
        url: SIMULATOR_PREFIX + path,
        remoteAddress,
        headers: { authorization: `Bearer ${token}` },
        payload: validPush(h),
      });
      expect(answer.statusCode).toBe(403);
    }
    expect(h.simulator.tokensIssued).toBe(1);
    expect(h.simulator.deliveries).toHaveLength(0);
  });

  it.each(["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])("answers this machine at %s", async (remoteAddress) => {
    const h = (harness = await startHarness());
    expect((await h.app.inject(tokenRequest(remoteAddress))).statusCode).toBe(200);
  });

  it("goes by the connection's address, never X-Forwarded-For, and refuses what a proxy relays", async () => {
    // Even on a server that believes X-Forwarded-For (TRUST_PROXY=true).
    const app = Fastify({ logger: false, trustProxy: true });
    const db = await simulatorDb();
    registerDarajaSimulator(app, {
      db,
      consumerKey: CONSUMER_KEY,
      consumerSecret: CONSUMER_SECRET,
      merchants: [PAYBILL],
      callbackUrl: "http://127.0.0.1:3000/mpesa/callback/",
      callbackDelayMs: 0,
    });
    try {
      expect((await app.inject(tokenRequest("192.168.1.20", { "x-forwarded-for": "127.0.0.1" }))).statusCode).toBe(403);
      // A reverse proxy on this machine connects from 127.0.0.1 on behalf of someone else.
      expect((await app.inject(tokenRequest("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }))).statusCode).toBe(403);
      expect((await app.inject(tokenRequest("127.0.0.1", { forwarded: "for=203.0.113.9" }))).statusCode).toBe(403);
      expect((await app.inject(tokenRequest("127.0.0.1", { "x-real-ip": "203.0.113.9" }))).statusCode).toBe(403);
      expect((await app.inject(tokenRequest("127.0.0.1"))).statusCode).toBe(200);
    } finally {
      await app.close();
      await db.$disconnect();
    }
  });
});

describe("who may use the simulator, with HOST set to one of this machine's own addresses", () => {
  const lanAddress = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry !== undefined && entry.family === "IPv4" && !entry.internal)?.address;

  it.runIf(lanAddress)("serves the service's own client, which then connects from that address", async () => {
    const app = Fastify({ logger: false });
    const port = await freePort();
    const db = await simulatorDb();
    registerDarajaSimulator(app, {
      db,
      consumerKey: CONSUMER_KEY,
      consumerSecret: CONSUMER_SECRET,
      merchants: [PAYBILL],
      callbackUrl: `http://${lanAddress!}:${port}/mpesa/callback/`,
      callbackDelayMs: 0,
    });
    await app.listen({ host: lanAddress, port });
    try {
      const response = await fetch(`http://${lanAddress!}:${port}${SIMULATOR_PREFIX}/oauth/v1/generate?grant_type=client_credentials`, {
        headers: { authorization: basic(CONSUMER_KEY, CONSUMER_SECRET) },
      });
      expect(response.status).toBe(200);
    } finally {
      await app.close();
      await db.$disconnect();
    }
  });
});

describe("callbacks go only to the service itself", () => {
  it("refuses a push naming another CallBackURL as Daraja refuses a bad one, and calls nobody else", async () => {
    const elsewhere = Fastify({ logger: false });
    const calledElsewhere: string[] = [];
    elsewhere.all("/*", async (request) => {
      calledElsewhere.push(request.url);
      return {};
    });
    const port = await freePort();
    await elsewhere.listen({ host: "127.0.0.1", port });
    try {
      const customer = manualScheduler();
      const h = (harness = await startHarness({ schedule: customer.schedule }));
      const token = await tokenFrom(h);
      for (const CallBackURL of [
        `http://127.0.0.1:${port}/mpesa/callback/`,
        `http://127.0.0.1:${port}/anything`,
        `${h.callbackUrl}?then=elsewhere`,
        h.callbackUrl.replace("/callback/", "/callback/other/"),
        "http://169.254.169.254/latest/meta-data/",
      ]) {
        const answer = await post(h, PUSH, validPush(h, { CallBackURL }), token);
        expect(answer, CallBackURL).toEqual({
          status: 400,
          body: { requestId: expect.any(String) as unknown, errorCode: "400.002.02", errorMessage: "Bad Request - Invalid CallBackURL" },
        });
      }
      expect(customer.pending()).toBe(0);

      // Its own callback URL is accepted, and called back.
      expect((await post(h, PUSH, validPush(h), token)).status).toBe(200);
      customer.runAll();
      await h.simulator.whenIdle();
      expect(h.simulator.deliveries.map((delivery) => delivery.url)).toEqual([h.callbackUrl]);
      expect(h.received).toHaveLength(1);
      expect(calledElsewhere).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });
});

describe("STK query", () => {
  it("answers 4999 as a string while open, then the final code as a string", async () => {
    const customer = manualScheduler();
    const h = (harness = await startHarness({ schedule: customer.schedule }));
    const token = await tokenFrom(h);
    const pushed = await post(h, PUSH, validPush(h, { PhoneNumber: "254712341032", PartyA: "254712341032" }), token);
    const id = pushed.body!.CheckoutRequestID as string;
    const timestamp = darajaTimestamp(START);
    const query = {
      BusinessShortCode: "174379",
      Password: stkPassword("174379", SIMULATOR_DEFAULTS.passkey, timestamp),
      Timestamp: timestamp,
      CheckoutRequestID: id,
    };

    expect(await post(h, QUERY, query, token)).toEqual({
      status: 200,
      body: expect.objectContaining({
        ResponseCode: "0",
        CheckoutRequestID: id,
        ResultCode: "4999",
        ResultDesc: "The transaction is still under processing",
      }) as unknown,
    });
    customer.runAll();
    await h.simulator.whenIdle();
    expect((await post(h, QUERY, query, token)).body).toMatchObject({ ResultCode: "1032", ResultDesc: "Request cancelled by user" });
    expect((await post(h, QUERY, { ...query, Password: "wrong" }, token)).body).toMatchObject({ errorCode: "500.001.1001", errorMessage: "Wrong credentials" });
  });
});

describe("scripted numbers table", () => {
  it("is chosen by the last four digits; everything else pays", () => {
    expect(scriptFor("254712341032").resultCode).toBe(1032);
    expect(scriptFor("254112340001").resultCode).toBe(1);
    expect(scriptFor("254712340404").behaviour).toBe("no_callback");
    expect(scriptFor("254712340202").behaviour).toBe("duplicate_callback");
    expect(scriptFor("254712345678")).toMatchObject({ resultCode: 0, behaviour: "result" });
  });

  it("documents usable numbers: each example selects its own row", () => {
    const lastFours = SIMULATOR_SCRIPTED_NUMBERS.map((row) => row.lastFour);
    expect(new Set(lastFours).size).toBe(lastFours.length);
    for (const row of SIMULATOR_SCRIPTED_NUMBERS) {
      expect(row.example.replace(/\s/g, "").endsWith(row.lastFour), row.example).toBe(true);
    }
    for (const required of ["1032", "1037", "2001", "0001", "1019"]) expect(lastFours).toContain(required);
  });
});

describe("settings from the service's config", () => {
  it("accepts exactly what the service's own client will send", () => {
    const config = parseConfig({ TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghi", MPESA_SIMULATOR_DELAY_MS: "2500" });
    expect(simulatorOptionsFromConfig(config.mpesa)).toEqual({
      consumerKey: SIMULATOR_DEFAULTS.consumerKey,
      consumerSecret: SIMULATOR_DEFAULTS.consumerSecret,
      merchants: [PAYBILL],
      menuShortCodes: [{ shortCode: SIMULATOR_DEFAULTS.shortcode, kind: "paybill" }],
      initiator: { name: SIMULATOR_DEFAULTS.initiatorName, securityCredential: SIMULATOR_DEFAULTS.securityCredential },
      callbackUrl: "http://127.0.0.1:3000/mpesa/callback/",
      callbackDelayMs: 2500,
    });
  });
});
