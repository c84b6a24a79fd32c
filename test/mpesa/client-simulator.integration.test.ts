// The client against the simulator over real HTTP: what the café does, end to end.
import { afterEach, describe, expect, it } from "vitest";
import { parseStkCallback, classifyResultCode, type StkCallback } from "../../src/mpesa/callback.js";
import type { StkPushRequest } from "../../src/mpesa/protocol.js";
import { DarajaApiError, MpesaError } from "../../src/mpesa/errors.js";
import { SIMULATOR_SCRIPTED_NUMBERS } from "../../src/mpesa/simulator/index.js";
import { manualScheduler, START, startHarness, TILL, type Harness } from "./simulator-harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(...args: Parameters<typeof startHarness>): Promise<Harness> {
  harness = await startHarness(...args);
  return harness;
}

function pushTo(h: Harness, phone: string, amount = 150): StkPushRequest {
  return { phone, amount, accountReference: "Session-42-12345678", description: "PC-4 session", callbackUrl: h.callbackUrl };
}

function callbackFor(h: Harness, checkoutRequestId: string): StkCallback[] {
  return h.received
    .map((body) => parseStkCallback(body))
    .flatMap((parsed) => (parsed.ok && parsed.callback.checkoutRequestId === checkoutRequestId ? [parsed.callback] : []));
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

describe("a paid prompt, end to end", () => {
  it("pushes, receives Safaricom's success callback, and the query agrees", async () => {
    const h = await start();
    const client = h.client();
    const accepted = await client.stkPush(pushTo(h, "0712 345 678", 150));

    expect(accepted.merchantRequestId).toMatch(/^\d{5}-\d{8}-1$/);
    // ws_CO_ + DDMMYYYYHHmmss in Nairobi time + digits
    expect(accepted.checkoutRequestId).toMatch(/^ws_CO_28062021092408\d{6}$/);
    expect(accepted.msisdn).toBe("254712345678");

    await h.simulator.whenIdle();
    expect(h.received).toHaveLength(1);
    const raw = h.received[0] as { Body: { stkCallback: { CallbackMetadata: { Item: Array<{ Name: string; Value?: unknown }> } } } };
    expect(raw.Body.stkCallback.CallbackMetadata.Item).toContainEqual({ Name: "Balance" });
    expect(raw.Body.stkCallback.CallbackMetadata.Item).toContainEqual({ Name: "TransactionDate", Value: 20210628092408 });
    expect(raw.Body.stkCallback.CallbackMetadata.Item).toContainEqual({ Name: "PhoneNumber", Value: 254712345678 });

    const [callback] = callbackFor(h, accepted.checkoutRequestId);
    expect(callback).toMatchObject({ merchantRequestId: accepted.merchantRequestId, resultCode: 0 });
    expect(callback!.result).toMatchObject({ status: "paid", payment: { amount: 150, phoneNumber: "254712345678", transactionDate: START } });
    if (callback!.result.status !== "paid") throw new Error("not paid");
    expect(callback!.result.payment.receiptNumber).toMatch(/^[A-Z][A-Z0-9]{9}$/);

    const query = await client.stkQuery(accepted.checkoutRequestId);
    expect(query).toMatchObject({ checkoutRequestId: accepted.checkoutRequestId, resultCode: 0, outcome: { status: "paid" } });
    expect(h.simulator.deliveries).toEqual([expect.objectContaining({ checkoutRequestId: accepted.checkoutRequestId, httpStatus: 200, copy: 1 })]);
  });

  it("accepts Safaricom's 01 numbers", async () => {
    const h = await start();
    const accepted = await h.client().stkPush(pushTo(h, "0110 123 456"));
    await h.simulator.whenIdle();
    expect(accepted.msisdn).toBe("254110123456");
    expect(callbackFor(h, accepted.checkoutRequestId)[0]?.result.status).toBe("paid");
  });

  it("tells listeners about each delivery", async () => {
    const h = await start();
    const seen: string[] = [];
    const stop = h.simulator.onDelivery((delivery) => seen.push(delivery.kind === "stk_callback" ? delivery.checkoutRequestId : delivery.receipt));
    const accepted = await h.client().stkPush(pushTo(h, "0712 345 678"));
    await h.simulator.whenIdle();
    stop();
    expect(seen).toEqual([accepted.checkoutRequestId]);
  });
});

describe("access token over HTTP", () => {
  it("fetches one token for many calls, and a new one when it runs out", async () => {
    const h = await start();
    const client = h.client();
    const first = await client.stkPush(pushTo(h, "0712 345 601"));
    await client.stkPush(pushTo(h, "0712 345 602"));
    await client.stkQuery(first.checkoutRequestId);
    expect(h.simulator.tokensIssued).toBe(1);

    h.clock.advance(3_600_000);
    await client.stkQuery(first.checkoutRequestId);
    expect(h.simulator.tokensIssued).toBe(2);
  });

  it("shares one token request between concurrent callers", async () => {
    const h = await start();
    const client = h.client();
    const accepted = await h.client().stkPush(pushTo(h, "0712 345 678"));
    expect(h.simulator.tokensIssued).toBe(1);
    await Promise.all(Array.from({ length: 6 }, () => client.stkQuery(accepted.checkoutRequestId)));
    expect(h.simulator.tokensIssued).toBe(2);
  });

  it("renews a token Daraja dropped (404.001.03) once, and the push goes out once", async () => {
    const h = await start();
    const client = h.client();
    await client.accessToken();
    h.simulator.revokeTokens();
    const accepted = await client.stkPush(pushTo(h, "0712 345 678"));
    await h.simulator.whenIdle();
    expect(h.simulator.tokensIssued).toBe(2);
    expect(h.simulator.deliveries).toHaveLength(1);
    expect(callbackFor(h, accepted.checkoutRequestId)).toHaveLength(1);
  });

  it("reports wrong keys as wrong credentials", async () => {
    const h = await start();
    const error = await failureOf(h.client({ consumerSecret: "not-the-secret" }).stkPush(pushTo(h, "0712 345 678")));
    expect(error).toMatchObject({ reason: "wrong_credentials", operation: "token", httpStatus: 400 });
  });
});

describe("merchant settings", () => {
  it("reports a wrong passkey as wrong credentials, and an unknown shortcode as such", async () => {
    const h = await start();
    const wrongPasskey = await failureOf(h.client({ passkey: "not-the-passkey" }).stkPush(pushTo(h, "0712 345 678")));
    expect(wrongPasskey).toBeInstanceOf(DarajaApiError);
    expect(wrongPasskey).toMatchObject({ reason: "wrong_credentials", errorCode: "500.001.1001", httpStatus: 500 });
    const unknownShortcode = await failureOf(h.client({ businessShortCode: "999999", partyB: "999999" }).stkPush(pushTo(h, "0712 345 678")));
    expect(unknownShortcode).toMatchObject({ reason: "wrong_shortcode", errorMessage: "Merchant does not exist" });
  });

  it("pays a till: Buy Goods signed by the store number, paid to the till", async () => {
    const h = await start();
    const client = h.client({ shortcodeType: "till_number", businessShortCode: TILL.businessShortCode, partyB: TILL.partyB, passkey: TILL.passkey });
    const accepted = await client.stkPush(pushTo(h, "0712 345 678"));
    await h.simulator.whenIdle();
    expect(callbackFor(h, accepted.checkoutRequestId)[0]?.result.status).toBe("paid");
  });

  it("lets a till pushed as a paybill fail later, in the callback, as Daraja does", async () => {
    const h = await start();
    const client = h.client({ shortcodeType: "paybill", businessShortCode: TILL.businessShortCode, partyB: TILL.businessShortCode, passkey: TILL.passkey });
    const accepted = await client.stkPush(pushTo(h, "0712 345 678"));
    await h.simulator.whenIdle();
    expect(callbackFor(h, accepted.checkoutRequestId)[0]?.result).toEqual({ status: "failed", reason: "merchant_misconfigured" });
  });
});

describe("an open prompt", () => {
  it("is 'still processing' to a query, locks the customer, and settles when the customer answers", async () => {
    const customer = manualScheduler();
    const h = await start({ schedule: customer.schedule });
    const client = h.client();
    const accepted = await client.stkPush(pushTo(h, "0712 345 678"));

    const before = await client.stkQuery(accepted.checkoutRequestId);
    expect(before).toMatchObject({ resultCode: 4999, outcome: { status: "pending" } });

    const locked = await failureOf(client.stkPush(pushTo(h, "0712 345 678")));
    expect(locked).toMatchObject({ reason: "subscriber_locked", errorCode: "500.001.1001", httpStatus: 500 });
    // Another customer is not held up.
    await client.stkPush(pushTo(h, "0722 000 111"));
    expect(h.received).toHaveLength(0);

    customer.runAll();
    await h.simulator.whenIdle();
    expect(callbackFor(h, accepted.checkoutRequestId)).toHaveLength(1);
    expect(await client.stkQuery(accepted.checkoutRequestId)).toMatchObject({ resultCode: 0, outcome: { status: "paid" } });
    // The lock is gone with the answer.
    await expect(client.stkPush(pushTo(h, "0712 345 678"))).resolves.toMatchObject({ msisdn: "254712345678" });
  });

  it("outlives a restart: the customer still answers when due, stays locked until then, and the query knows the prompt", async () => {
    const customer = manualScheduler();
    const h = await start({ schedule: customer.schedule, callbackDelayMs: 3_000 });
    const client = h.client();
    const cancelled = await client.stkPush(pushTo(h, "0712 341 032"));
    customer.runAll();
    await h.simulator.whenIdle();
    const open = await client.stkPush(pushTo(h, "0712 345 678"));
    h.clock.advance(1_000);

    await h.restart();
    // Only the open prompt is answered again, when it would have been.
    expect(customer.pending()).toBe(1);
    expect(customer.delays).toEqual([3_000, 3_000, 2_000]);
    expect((await client.stkQuery(cancelled.checkoutRequestId)).outcome).toEqual({ status: "failed", reason: "cancelled" });
    expect(await client.stkQuery(open.checkoutRequestId)).toMatchObject({ resultCode: 4999, outcome: { status: "pending" } });
    expect(await failureOf(client.stkPush(pushTo(h, "0712 345 678")))).toMatchObject({ reason: "subscriber_locked" });

    customer.runAll();
    await h.simulator.whenIdle();
    expect(callbackFor(h, open.checkoutRequestId)).toEqual([expect.objectContaining({ resultCode: 0 })]);
    expect(callbackFor(h, cancelled.checkoutRequestId)).toHaveLength(1);
    expect((await client.stkQuery(open.checkoutRequestId)).outcome).toEqual({ status: "paid" });
    // Restarted again after the answer: nothing is answered twice.
    await h.restart();
    expect(customer.pending()).toBe(0);
  });

  it("is pending in Daraja's older form too (HTTP 500 'being processed')", async () => {
    const customer = manualScheduler();
    const h = await start({ schedule: customer.schedule, pendingQueryAnswer: "http_500" });
    const client = h.client();
    const accepted = await client.stkPush(pushTo(h, "0712 345 678"));
    expect(await client.stkQuery(accepted.checkoutRequestId)).toMatchObject({
      outcome: { status: "pending" },
      resultDesc: "The transaction is being processed",
    });
    customer.runAll();
    await h.simulator.whenIdle();
    expect((await client.stkQuery(accepted.checkoutRequestId)).outcome).toEqual({ status: "paid" });
  });

  it("is not found by a query for an id Daraja never gave", async () => {
    const h = await start();
    const error = await failureOf(h.client().stkQuery("ws_CO_01012021000000000000"));
    expect(error).toMatchObject({ reason: "transaction_not_found", errorCode: "500.001.1001" });
  });
});

describe("scripted numbers", () => {
  it.each([
    ["0712 341 032", "cancelled"],
    ["0712 341 037", "unreachable"],
    ["0712 342 001", "wrong_pin"],
    ["0712 340 001", "insufficient_funds"],
    ["0712 341 019", "expired"],
  ])("%s fails: %s, in the callback and in the query", async (phone, reason) => {
    const h = await start();
    const client = h.client();
    const accepted = await client.stkPush(pushTo(h, phone));
    await h.simulator.whenIdle();
    const callbacks = callbackFor(h, accepted.checkoutRequestId);
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]!.result).toEqual({ status: "failed", reason });
    expect((await client.stkQuery(accepted.checkoutRequestId)).outcome).toEqual({ status: "failed", reason });
  });

  it("plays every row of the documented table", async () => {
    const h = await start();
    const client = h.client();
    for (const row of SIMULATOR_SCRIPTED_NUMBERS) {
      const accepted = await client.stkPush(pushTo(h, row.example));
      await h.simulator.whenIdle();
      const callbacks = callbackFor(h, accepted.checkoutRequestId);
      const expectedCopies = row.behaviour === "no_callback" ? 0 : row.behaviour === "duplicate_callback" ? 2 : 1;
      expect(callbacks, row.example).toHaveLength(expectedCopies);
      for (const callback of callbacks) expect(callback.resultCode, row.example).toBe(row.resultCode);
      const query = await client.stkQuery(accepted.checkoutRequestId);
      expect(query.outcome, row.example).toEqual(classifyResultCode(row.resultCode));
    }
  });

  it("never calls back for the reconciliation number, though the query says paid", async () => {
    const h = await start();
    const client = h.client();
    const accepted = await client.stkPush(pushTo(h, "0712 340 404"));
    await h.simulator.whenIdle();
    expect(h.received).toHaveLength(0);
    expect(h.simulator.deliveries).toHaveLength(0);
    expect((await client.stkQuery(accepted.checkoutRequestId)).outcome).toEqual({ status: "paid" });
  });

  it("calls back twice, identically, for the duplicate number", async () => {
    const h = await start();
    const accepted = await h.client().stkPush(pushTo(h, "0712 340 202"));
    await h.simulator.whenIdle();
    expect(h.received).toHaveLength(2);
    expect(h.received[0]).toEqual(h.received[1]);
    expect(callbackFor(h, accepted.checkoutRequestId)[0]?.result.status).toBe("paid");
  });
});

describe("callback delivery", () => {
  it("does not deliver again when the receiver fails, as Safaricom does not", async () => {
    const h = await start();
    h.setReceiverStatus(500);
    await h.client().stkPush(pushTo(h, "0712 345 678"));
    await h.simulator.whenIdle();
    expect(h.received).toHaveLength(1);
    expect(h.simulator.deliveries).toEqual([expect.objectContaining({ httpStatus: 500, copy: 1 })]);
  });

  it("records an unreachable receiver without failing the simulator", async () => {
    const h = await start({ callbackUrl: "http://127.0.0.1:9/mpesa/callback/" });
    const accepted = await h.client().stkPush(pushTo(h, "0712 345 678"));
    await h.simulator.whenIdle();
    expect(h.simulator.deliveries).toEqual([
      expect.objectContaining({ checkoutRequestId: accepted.checkoutRequestId, httpStatus: undefined, error: expect.any(String) as unknown }),
    ]);
  });

  it("cancels callbacks still waiting when the server closes", async () => {
    const customer = manualScheduler();
    const h = await start({ schedule: customer.schedule });
    await h.client().stkPush(pushTo(h, "0712 345 678"));
    expect(customer.pending()).toBe(1);
    await h.close();
    harness = undefined;
    expect(customer.pending()).toBe(0);
    await h.simulator.whenIdle();
    expect(h.simulator.deliveries).toHaveLength(0);
  });
});
