// The simulator spoken to directly, as Daraja would be: auth, validation and error shapes.
import { afterEach, describe, expect, it } from "vitest";
import { SIMULATOR_DEFAULTS } from "../../src/config/index.js";
import { darajaTimestamp, stkPassword } from "../../src/mpesa/timestamp.js";
import { scriptFor, SIMULATOR_SCRIPTED_NUMBERS, simulatorOptionsFromConfig } from "../../src/mpesa/simulator.js";
import { parseConfig } from "../../src/config/index.js";
import { CONSUMER_KEY, CONSUMER_SECRET, manualScheduler, PAYBILL, START, startHarness, type Harness } from "./simulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

async function tokenFrom(h: Harness): Promise<string> {
  const response = await fetch(`${h.baseUrl}/oauth/v1/generate?grant_type=client_credentials`, { headers: { authorization: basic(CONSUMER_KEY, CONSUMER_SECRET) } });
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
    const response = await fetch(`${h.baseUrl}/oauth/v1/generate?grant_type=client_credentials`, { headers: { authorization: basic(CONSUMER_KEY, CONSUMER_SECRET) } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ access_token: expect.stringMatching(/^[A-Za-z0-9]{28}$/), expires_in: "3599" });
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
    expect(await missing.json()).toMatchObject({ errorCode: "400.008.01", requestId: expect.any(String) });
    const grant = await fetch(`${h.baseUrl}/oauth/v1/generate?grant_type=password`, { headers: { authorization: basic(CONSUMER_KEY, CONSUMER_SECRET) } });
    expect(await grant.json()).toMatchObject({ errorCode: "400.008.02" });
    expect(h.simulator.tokensIssued).toBe(0);
  });
});

describe("Bearer token", () => {
  it.each([undefined, "made-up-token"])("refuses %j with 404.001.03", async (token) => {
    const h = (harness = await startHarness());
    const answer = await post(h, PUSH, validPush(h), token);
    expect(answer).toEqual({ status: 404, body: { requestId: expect.any(String), errorCode: "404.001.03", errorMessage: "Invalid Access Token" } });
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
        MerchantRequestID: expect.stringMatching(/^\d{5}-\d{8}-1$/),
        CheckoutRequestID: expect.stringMatching(/^ws_CO_28062021092408\d{6}$/),
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
    expect(answer).toEqual({ status: 400, body: { requestId: expect.any(String), errorCode: "400.002.02", errorMessage } });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a Password made with another timestamp", { Timestamp: "20210628092409" }, "Wrong credentials"],
    ["a Password made with another passkey", { Password: stkPassword("174379", "other", darajaTimestamp(START)) }, "Wrong credentials"],
    ["an unknown shortcode", { BusinessShortCode: "999999" }, "Merchant does not exist"],
  ])("refuses %s with 500.001.1001", async (_label, overrides, errorMessage) => {
    const h = (harness = await startHarness());
    const answer = await post(h, PUSH, validPush(h, overrides), await tokenFrom(h));
    expect(answer).toEqual({ status: 500, body: { requestId: expect.any(String), errorCode: "500.001.1001", errorMessage } });
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
        requestId: expect.any(String),
        errorCode: "500.001.1001",
        errorMessage: "Unable to lock subscriber, a transaction is already in process for the current subscriber",
      },
    });
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
    const query = { BusinessShortCode: "174379", Password: stkPassword("174379", SIMULATOR_DEFAULTS.passkey, timestamp), Timestamp: timestamp, CheckoutRequestID: id };

    expect(await post(h, QUERY, query, token)).toEqual({
      status: 200,
      body: expect.objectContaining({ ResponseCode: "0", CheckoutRequestID: id, ResultCode: "4999", ResultDesc: "The transaction is still under processing" }),
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
      callbackDelayMs: 2500,
    });
  });
});
