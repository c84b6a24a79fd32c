// The callback route's own limits: the body size, and sources that keep sending refused requests.
import { afterEach, describe, expect, it } from "vitest";
import {
  SAFARICOM_BODY_LIMIT_BYTES as CALLBACK_BODY_LIMIT_BYTES,
  SAFARICOM_REFUSALS_ALLOWED as CALLBACK_REFUSALS_ALLOWED,
} from "../../src/server/safaricom-guard.js";
import { c2bBody, paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness } from "../support/harness.js";

/** A body of exactly `bytes` bytes: JSON with padding, so the parser gets as far as reading it. */
function bodyOfSize(bytes: number): string {
  const shell = JSON.stringify({ ...stkCallbackBody("ws_CO_big", 1032), pad: "" });
  return shell.replace('"pad":""', `"pad":"${"x".repeat(bytes - shell.length)}"`);
}

describe("Safaricom routes: the STK callback and the payment notices", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("takes at most 16 KiB: a bigger body gets 413 and nothing is stored; the Telegram webhook keeps its own limit", async () => {
    h = await createHarness({ PUBLIC_URL: "https://desk.example.co.ke", TELEGRAM_WEBHOOK_SECRET: "webhook_secret-0123456789", MPESA_ENVIRONMENT: "simulator" });
    expect(CALLBACK_BODY_LIMIT_BYTES).toBe(16 * 1024);
    const post = (payload: string, headers: Record<string, string> = {}) =>
      h.app.inject({ method: "POST", url: "/mpesa/callback/", payload, headers: { "content-type": "application/json", ...headers } });

    const tooBig = await post(bodyOfSize(CALLBACK_BODY_LIMIT_BYTES + 1));
    expect(tooBig.statusCode).toBe(413);
    // Sent in chunks without a length, it is cut off while it is read.
    const chunked = await h.app.inject({
      method: "POST",
      url: "/mpesa/callback/",
      payload: Buffer.from(bodyOfSize(64 * 1024)),
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    expect(chunked.statusCode).toBe(413);
    expect(await h.db.mpesaCallback.count()).toBe(0);

    const atTheLimit = await post(bodyOfSize(CALLBACK_BODY_LIMIT_BYTES));
    expect(atTheLimit.statusCode).toBe(200);
    expect((await h.db.mpesaCallback.findFirstOrThrow()).body).toHaveLength(CALLBACK_BODY_LIMIT_BYTES);

    const update = {
      update_id: 1,
      message: { message_id: 1, date: 1795900000, chat: { id: 42, type: "private", first_name: "A" }, text: "x".repeat(20 * 1024) },
    };
    const webhook = await h.app.inject({
      method: "POST",
      url: "/telegram/webhook",
      payload: update,
      headers: { "x-telegram-bot-api-secret-token": "webhook_secret-0123456789" },
    });
    expect(webhook.statusCode).toBe(200);
  });

  it("a source that keeps sending refused bodies gets 429 (counted by the address the proxy saw); genuine callbacks are never counted or delayed", async () => {
    const safaricom = "196.201.214.200";
    h = await createHarness({ TRUST_PROXY: "127.0.0.1" });
    const post = (payload: string | object, forwardedFor: string) =>
      h.app.inject({
        method: "POST",
        url: "/mpesa/callback/",
        payload,
        remoteAddress: "127.0.0.1",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
      });
    const genuine = (n: number) => stkCallbackBody(`ws_CO_genuine_${n}`, 1032);

    // Far more genuine callbacks than the limit: all taken, none counted.
    for (let n = 0; n < CALLBACK_REFUSALS_ALLOWED + 5; n++) expect((await post(genuine(n), safaricom)).statusCode).toBe(200);

    // A forger behind the same proxy, writing Safaricom's address first: refused, and counted against its own address.
    for (let n = 0; n < CALLBACK_REFUSALS_ALLOWED; n++) expect((await post("{junk", `${safaricom}, 41.90.1.2`)).statusCode).toBe(400);
    const limited = await post("{junk", `${safaricom}, 41.90.1.2`);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ ResultCode: 1, ResultDesc: expect.stringContaining("Too many refused requests") as unknown });
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    // Whatever it sends now is refused unread and not stored.
    expect((await post(stkCallbackBody("ws_CO_x", 0, paidItems(120)), "41.90.1.2")).statusCode).toBe(429);
    expect(await h.db.mpesaCallback.count({ where: { status: "REJECTED" } })).toBe(CALLBACK_REFUSALS_ALLOWED);

    expect((await post(genuine(999), safaricom)).statusCode).toBe(200);
    expect((await post(genuine(1000), `41.90.1.2, ${safaricom}`)).statusCode).toBe(200);
  });

  it("guessing the secret path is limited the same way", async () => {
    const secret = "s3cret-callback-path-0123456789";
    h = await createHarness({ MPESA_CALLBACK_SECRET: secret });
    const post = (url: string, remoteAddress: string) => h.app.inject({ method: "POST", url, payload: stkCallbackBody("ws_CO_x", 1032), remoteAddress });
    for (let n = 0; n < CALLBACK_REFUSALS_ALLOWED; n++) expect((await post(`/mpesa/callback/guess-${n}-0123456789/`, "41.90.1.2")).statusCode).toBe(404);
    expect((await post(`/mpesa/callback/${secret}/`, "41.90.1.2")).statusCode).toBe(429);
    expect((await post(`/mpesa/callback/${secret}/`, "::ffff:41.90.1.2")).statusCode).toBe(429);
    expect((await post(`/mpesa/callback/${secret}/`, "196.201.214.200")).statusCode).toBe(200);
  });

  it("the payment notice routes are behind the same guard: secret, allow-list, and one count of refusals", async () => {
    const secret = "s3cret-callback-path-0123456789";
    h = await createHarness({ MPESA_CALLBACK_SECRET: secret, MPESA_CALLBACK_ALLOWED_IPS: "196.201.214.0/24" });
    const post = (url: string, remoteAddress: string) => h.app.inject({ method: "POST", url, payload: c2bBody(), remoteAddress });
    expect((await post(`/payments/confirmation/${secret}/`, "41.90.1.2")).statusCode).toBe(403);
    for (let n = 0; n < CALLBACK_REFUSALS_ALLOWED - 1; n++)
      expect((await post(`/payments/validation/guess-${n}-0123456789/`, "41.90.1.2")).statusCode).toBe(404);
    expect((await post(`/mpesa/callback/${secret}/`, "41.90.1.2")).statusCode).toBe(429);
    expect(await h.db.mpesaNotice.count()).toBe(0);
    expect((await post(`/payments/confirmation/${secret}/`, "196.201.214.200")).statusCode).toBe(200);
    expect(await h.db.mpesaNotice.count()).toBe(1);
  });
});
