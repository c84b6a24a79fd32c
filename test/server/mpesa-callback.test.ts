// The callback route's own limits: the body size, and sources that keep sending refused requests.
import { afterEach, describe, expect, it } from "vitest";
import { CALLBACK_BODY_LIMIT_BYTES } from "../../src/server/mpesa-callback.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness } from "../support/harness.js";

/** A body of exactly `bytes` bytes: JSON with padding, so the parser gets as far as reading it. */
function bodyOfSize(bytes: number): string {
  const shell = JSON.stringify({ ...stkCallbackBody("ws_CO_big", 1032), pad: "" });
  return shell.replace('"pad":""', `"pad":"${"x".repeat(bytes - shell.length)}"`);
}

describe("M-Pesa callback route", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("takes at most 16 KiB: a bigger body gets 413 and nothing is stored; the Telegram webhook keeps its own limit", async () => {
    h = await createHarness({ PUBLIC_URL: "https://desk.example.co.ke", TELEGRAM_WEBHOOK_SECRET: "webhook_secret-0123456789" });
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

    const update = { update_id: 1, message: { message_id: 1, date: 1795900000, chat: { id: 42, type: "private", first_name: "A" }, text: "x".repeat(20 * 1024) } };
    const webhook = await h.app.inject({
      method: "POST",
      url: "/telegram/webhook",
      payload: update,
      headers: { "x-telegram-bot-api-secret-token": "webhook_secret-0123456789" },
    });
    expect(webhook.statusCode).toBe(200);
  });
});
