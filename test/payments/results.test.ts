// Payment results end to end: the operator ends a session and sends the prompt through the bot, the
// simulator (a second Daraja on the service's HTTP server) POSTs Safaricom-shaped callbacks to the
// real /mpesa/callback/ route, and the outbox sender delivers to the fake Telegram Bot API.
import { afterEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { alertUnmatchedPayments, applyReceivedCallbacks, UNMATCHED_ALERT_AFTER_MS } from "../../src/services/callbacks.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { interceptQueries } from "../support/db-faults.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment, promptSent as promptSentFor } from "../support/steps.js";
import { msisdn } from "../support/phone.js";
import { UNUSED_C2B } from "../support/unused-c2b.js";

const OPERATOR = 5001;
const MANAGER = 7001;
/** The first line of every message about a payment asked through the simulator (the harness's default). */
const SIMULATED = "🧪 Simulated M-Pesa: no real money moved.";

async function setUp(env: Record<string, string> = {}) {
  const h = await createHarness(env);
  const operator = h.user(OPERATOR, "Otieno");
  const manager = h.user(MANAGER, "Mary");
  await h.addStaff(operator, "OPERATOR");
  await h.addStaff(manager, "MANAGER");
  return { h, operator, manager };
}

/** The operator ends a session for a customer with this phone and sends the prompt; returns the question's message id. */
async function promptSent(h: Harness, operator: TestUser, phone: string): Promise<number> {
  return (await promptSentFor(h, { operator, phone })).messageId;
}

describe("payment results", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("paid: the operator's waiting message turns into paid with the receipt, and the managers are told", async () => {
    const setup = await setUp();
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, "254712345678");
    expect(h.telegram.message(OPERATOR, messageId)?.text).toMatch(/waiting for the customer's PIN/i);

    await h.customersAnswer();
    const stk = await h.db.stkRequest.findFirstOrThrow();
    expect(stk).toMatchObject({ state: "PAID", paidAmountKes: 120, amountMismatch: false });
    expect(stk.receipt).toMatch(/^[A-Z0-9]{10}$/);
    const payment = await h.db.payment.findFirstOrThrow();
    expect(payment).toMatchObject({ state: "PAID", method: "MPESA", receipt: stk.receipt });

    expect(await h.deliverNotifications()).toBe(2);
    expect(h.telegram.message(OPERATOR, messageId)?.text).toBe(`${SIMULATED}\n✅ Paid: KES 120 from Jane Wanjiku by M-Pesa, receipt ${stk.receipt!}.`);
    expect(h.sent(setup.manager)).toEqual([`${SIMULATED}\n✅ KES 120 paid by M-Pesa: Jane Wanjiku (session), receipt ${stk.receipt!}. Asked by Otieno.`]);
    expect(await h.db.mpesaCallback.findFirstOrThrow()).toMatchObject({ status: "APPLIED", checkoutRequestId: stk.checkoutRequestId });
  });

  it("failed: the reason in plain words, with Resend / Cash buttons that work", async () => {
    const setup = await setUp();
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, "254712341032");
    await h.customersAnswer();
    await h.deliverNotifications();
    const message = h.telegram.message(OPERATOR, messageId)!;
    expect(message.text).toBe(`${SIMULATED}\n❌ The M-Pesa payment of KES 120 for Jane Wanjiku failed: Cancelled by the customer.`);
    expect(JSON.stringify(message.reply_markup)).toContain("🔁 Send again");
    expect(h.sent(setup.manager)).toEqual([`${SIMULATED}\n❌ M-Pesa payment failed: KES 120 for Jane Wanjiku, asked by Otieno. Cancelled by the customer.`]);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "FAILED" });

    await h.press(setup.operator, texts.settle.cashButton);
    expect(h.telegram.message(OPERATOR, messageId)?.text).toBe("💵 KES 120 cash from Jane Wanjiku, taken by Otieno.");
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "CASH" });
  });

  it("a callback delivered twice changes nothing the second time and notifies once", async () => {
    const setup = await setUp();
    h = setup.h;
    await promptSent(h, setup.operator, "254712340202");
    await h.customersAnswer();
    expect(h.simulator.deliveries.map((d) => d.httpStatus)).toEqual([200, 200]);
    expect((await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((c) => c.status)).toEqual(["APPLIED", "DUPLICATE"]);
    expect(await h.deliverNotifications()).toBe(2);
    expect(h.sent(setup.manager)).toHaveLength(1);
    expect(await h.db.outboxMessage.count()).toBe(2);
  });

  it("a callback that arrives before the push answer is kept and applied when the prompt is recorded", async () => {
    const setup = await setUp();
    h = setup.h;
    const early = stkCallbackBody("ws_CO_28112026093000000712345678", 0, paidItems(120));
    const response = await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: early });
    expect(response.statusCode).toBe(200);
    await h.callbacksApplied();
    expect(await h.db.mpesaCallback.findFirstOrThrow()).toMatchObject({ status: "UNMATCHED" });

    // The push answer then names that CheckoutRequestID.
    const { messageId } = await owedPayment(h, { operator: setup.operator, phone: "254712345678" });
    const payment = await h.db.payment.findFirstOrThrow();
    const staffId = (await h.db.staff.findFirstOrThrow({ where: { name: "Otieno" } })).id;
    const { requestMpesaPayment } = await import("../../src/services/prompts.js");
    const result = await requestMpesaPayment(
      h.context,
      {
        ...UNUSED_C2B,
        stkPush: async (request) => ({
          merchantRequestId: "29115-1",
          checkoutRequestId: "ws_CO_28112026093000000712345678",
          msisdn: msisdn(request.phone),
          amount: request.amount,
          customerMessage: "ok",
        }),
        stkQuery: async () => {
          throw new Error("not used");
        },
      },
      { paymentId: payment.id, phone: msisdn("254712345678"), staffId, chatId: OPERATOR, messageId },
    );
    expect(result.ok).toBe(true);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
    expect(await h.db.mpesaCallback.findFirstOrThrow()).toMatchObject({ status: "APPLIED" });
  });

  it("money reported for a prompt nobody knows of is kept, and after 10 minutes the managers are told, once", async () => {
    const setup = await setUp();
    h = setup.h;
    const stray = stkCallbackBody("ws_CO_28112026093000000799999999", 0, paidItems(250));
    expect((await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stray })).json()).toEqual({ ResultCode: 0, ResultDesc: "Accepted" });
    await h.callbacksApplied();
    expect(await alertUnmatchedPayments(h.context)).toBe(0);
    h.advance(UNMATCHED_ALERT_AFTER_MS);
    expect(await alertUnmatchedPayments(h.context)).toBe(1);
    expect(await alertUnmatchedPayments(h.context)).toBe(0);
    await h.deliverNotifications();
    expect(h.sent(setup.manager)).toEqual([
      `${SIMULATED}\n⚠️ M-Pesa reports KES 250 received from 0712 345 678 at 28/11/2026 09:30, receipt NLJ7RT61SV, for a prompt this desk has no record of. Find the customer and settle it by hand.`,
    ]);
    expect(h.sent(setup.operator)).toEqual([]);
  });

  it("a paid amount different from the one asked is flagged, not credited, and the managers are told", async () => {
    const setup = await setUp();
    h = setup.h;
    await promptSent(h, setup.operator, "254712345678");
    const stk = await h.db.stkRequest.findFirstOrThrow();
    const forged = stkCallbackBody(stk.checkoutRequestId!, "0", paidItems(1));
    expect((await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: forged })).statusCode).toBe(200);
    await h.callbacksApplied();
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ amountMismatch: true, paidAmountKes: 1 });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN" });
    await h.deliverNotifications();
    expect(h.sent(setup.manager)[0]).toContain("⚠️ Amount mismatch: M-Pesa reported KES 1 (receipt NLJ7RT61SV) for a request of KES 120");
  });

  it("malformed bodies are refused with 400, stored as received, and change nothing", async () => {
    const setup = await setUp();
    h = setup.h;
    await promptSent(h, setup.operator, "254712345678");
    const stk = await h.db.stkRequest.findFirstOrThrow();
    const bodies = [
      "{not json",
      "",
      JSON.stringify({ Body: {} }),
      JSON.stringify(stkCallbackBody(stk.checkoutRequestId!, 0)), // paid without CallbackMetadata
      JSON.stringify(
        stkCallbackBody(stk.checkoutRequestId!, 0, [
          { Name: "Amount", Value: "lots" },
          { Name: "MpesaReceiptNumber", Value: "X" },
        ]),
      ),
    ];
    for (const payload of bodies) {
      const response = await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload, headers: { "content-type": "application/json" } });
      expect(response.statusCode).toBe(400);
    }
    const stored = await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } });
    expect(stored.map((c) => c.status)).toEqual(["REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"]);
    expect(stored.map((c) => c.body)).toEqual(bodies);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PENDING" });
    expect(await h.db.outboxMessage.count()).toBe(0);
  });

  it("a paid callback whose receipt is not a receipt is refused and credits nothing; the STK query settles it, without a receipt", async () => {
    const setup = await setUp();
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, "254712340404");
    await h.customersAnswer(); // pays, no callback
    const stk = await h.db.stkRequest.findFirstOrThrow();
    const injected = '<a href="https://evil.example">Refund here</a>';
    for (const receipt of [injected, "[NLJ7RT61SV](https://evil.example)", "nlj7rt61sv"]) {
      const items = paidItems(120).map((item) => (item.Name === "MpesaReceiptNumber" ? { ...item, Value: receipt } : item));
      const response = await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody(stk.checkoutRequestId!, 0, items) });
      expect(response.statusCode).toBe(400);
    }
    expect((await h.db.mpesaCallback.findMany()).map((c) => c.status)).toEqual(["REJECTED", "REJECTED", "REJECTED"]);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PENDING", receipt: null });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PENDING", receipt: null });
    expect(await h.db.outboxMessage.count()).toBe(0);

    h.advance(h.config.mpesa.reconcileAfterMs);
    expect(await h.reconcile()).toMatchObject({ settled: 1 });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: null });
    await h.deliverNotifications();
    const messages = [h.telegram.message(OPERATOR, messageId)!.text!, ...h.sent(setup.manager)];
    expect(messages[0]).toContain("the receipt will be on the statement");
    for (const text of messages) expect(text).not.toMatch(/evil|href|nlj7rt61sv/i);
  });

  it("a phone that is not all digits never reaches a message", async () => {
    const setup = await setUp();
    h = setup.h;
    const items = paidItems(250).map((item) => (item.Name === "PhoneNumber" ? { ...item, Value: "0712<b>call 0799 000 000</b>" } : item));
    const stray = stkCallbackBody("ws_CO_28112026093000000799999999", 0, items);
    expect((await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stray })).statusCode).toBe(200);
    await h.callbacksApplied();
    h.advance(UNMATCHED_ALERT_AFTER_MS);
    expect(await alertUnmatchedPayments(h.context)).toBe(1);
    await h.deliverNotifications();
    expect(h.sent(setup.manager)).toHaveLength(1);
    expect(h.sent(setup.manager)[0]).toContain("KES 250 received at 28/11/2026 09:30, receipt NLJ7RT61SV");
    expect(h.sent(setup.manager)[0]).not.toMatch(/<b>|0799/);
  });

  it("a callback without the right secret is refused without effect", async () => {
    const secret = "s3cret-callback-path-0123456789";
    const setup = await setUp({ MPESA_CALLBACK_SECRET: secret });
    h = setup.h;
    expect(h.config.mpesa.callbackUrl).toBe(`${h.url}/mpesa/callback/${secret}/`);
    await promptSent(h, setup.operator, "254712345678");
    const stk = await h.db.stkRequest.findFirstOrThrow();
    const body = stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(120));
    for (const url of ["/mpesa/callback/", "/mpesa/callback/wrong-secret-0123456789012/"]) {
      expect((await h.app.inject({ method: "POST", url, payload: body })).statusCode).toBe(404);
    }
    expect(await h.db.mpesaCallback.count()).toBe(0);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PENDING" });
    // The simulator uses the URL with the secret, and that one is accepted.
    await h.customersAnswer();
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PAID" });
  });

  // The proxy appends the address it saw to whatever X-Forwarded-For the caller sent: a forger puts an
  // allowed address first, and only the last entry (the one the proxy added) may be believed.
  for (const [form, trustProxy, proxy] of [
    ["a number of proxies", "1", "127.0.0.1"],
    ["the proxies' addresses", "127.0.0.1,10.0.0.0/8", "10.1.2.3"],
  ] as const) {
    it(`behind a proxy given as ${form}, the allow-list checks the address the proxy saw, not a forged X-Forwarded-For`, async () => {
      const safaricom = "196.201.214.200";
      const setup = await setUp({ MPESA_CALLBACK_ALLOWED_IPS: safaricom, TRUST_PROXY: trustProxy });
      h = setup.h;
      await promptSent(h, setup.operator, "254712345678");
      const stk = await h.db.stkRequest.findFirstOrThrow();
      const body = stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(120));
      const post = (headers: Record<string, string>) => h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: body, remoteAddress: proxy, headers });

      expect((await post({ "x-forwarded-for": `${safaricom}, 41.90.1.2` })).statusCode).toBe(403);
      expect((await post({ "x-forwarded-for": `${safaricom}, ${safaricom}, 41.90.1.2` })).statusCode).toBe(403);
      expect((await post({})).statusCode).toBe(403); // the proxy itself is not Safaricom
      expect(await h.db.mpesaCallback.count()).toBe(0);
      expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PENDING" });

      const genuine = await post({ "x-forwarded-for": safaricom });
      expect(genuine.statusCode).toBe(200);
      await h.callbacksApplied();
      expect(await h.db.mpesaCallback.findFirstOrThrow()).toMatchObject({ sourceIp: safaricom, status: "APPLIED" });
    });
  }

  it("the allow-list takes CIDR blocks, and matches IPv4 callers seen as IPv6 by a server listening on ::", async () => {
    const setup = await setUp({ MPESA_CALLBACK_ALLOWED_IPS: "196.201.214.200, 196.201.212.0/24" });
    h = setup.h;
    const post = (remoteAddress: string) => h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody("ws_CO_x", 1032), remoteAddress });
    for (const listed of ["196.201.214.200", "::ffff:196.201.214.200", "196.201.212.138", "::ffff:196.201.212.69"]) {
      expect((await post(listed)).statusCode, listed).toBe(200);
    }
    for (const other of ["196.201.214.201", "::ffff:196.201.213.44", "::1", "2001:db8::1"]) {
      expect((await post(other)).statusCode, other).toBe(403);
    }
    expect((await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((row) => row.sourceIp)).toEqual([
      "196.201.214.200",
      "::ffff:196.201.214.200",
      "196.201.212.138",
      "::ffff:196.201.212.69",
    ]);
  });

  it("behind a proxy given by its addresses, X-Forwarded-For from anyone else is not believed", async () => {
    const setup = await setUp({ MPESA_CALLBACK_ALLOWED_IPS: "196.201.214.200", TRUST_PROXY: "127.0.0.1,10.0.0.0/8" });
    h = setup.h;
    const body = stkCallbackBody("ws_CO_x", 1032);
    const direct = await h.app.inject({
      method: "POST",
      url: "/mpesa/callback/",
      payload: body,
      remoteAddress: "41.90.1.2",
      headers: { "x-forwarded-for": "196.201.214.200" },
    });
    expect(direct.statusCode).toBe(403);
    expect(await h.db.mpesaCallback.count()).toBe(0);
  });

  it("without a trusted proxy, X-Forwarded-For is not believed", async () => {
    const setup = await setUp({ MPESA_CALLBACK_ALLOWED_IPS: "196.201.214.200" });
    h = setup.h;
    const body = stkCallbackBody("ws_CO_x", 1032);
    const spoofed = await h.app.inject({
      method: "POST",
      url: "/mpesa/callback/",
      payload: body,
      remoteAddress: "41.90.1.2",
      headers: { "x-forwarded-for": "196.201.214.200" },
    });
    expect(spoofed.statusCode).toBe(403);
  });

  it("a callback that never comes is resolved by the STK query; a late callback then only adds the receipt", async () => {
    const setup = await setUp();
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, "254712340404");
    expect(await h.reconcile()).toEqual({ queried: 0, settled: 0, gaveUp: 0 }); // not due yet

    h.advance(h.config.mpesa.reconcileAfterMs);
    expect(await h.reconcile()).toEqual({ queried: 1, settled: 0, gaveUp: 0 }); // customer has not answered: 4999
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PENDING", queryAttempts: 1 });

    await h.customersAnswer(); // pays, no callback
    expect(h.simulator.deliveries).toHaveLength(0);
    h.advance(60_000);
    expect(await h.reconcile()).toEqual({ queried: 1, settled: 1, gaveUp: 0 });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "MPESA" });
    await h.deliverNotifications();
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("✅ Paid: KES 120 from Jane Wanjiku by M-Pesa");

    const stk = await h.db.stkRequest.findFirstOrThrow();
    // The query says "paid" but carries no receipt, amount or payer.
    expect(stk).toMatchObject({ state: "PAID", receipt: null, paidAmountKes: null });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ receipt: null });
    const late = stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(120));
    expect((await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: late })).json()).toEqual({ ResultCode: 0, ResultDesc: "Accepted" });
    await h.callbacksApplied();
    expect((await h.db.mpesaCallback.findFirstOrThrow()).status).toBe("APPLIED");
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({
      state: "PAID",
      receipt: "NLJ7RT61SV",
      paidAmountKes: 120,
      paidPhone: "254712345678",
      transactionAt: expect.any(Date) as unknown,
      amountMismatch: false,
    });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "MPESA", receipt: "NLJ7RT61SV" });
    // No second "paid" message; a repeat of the callback is a duplicate.
    expect(await h.deliverNotifications()).toBe(0);
    await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: late });
    await h.callbacksApplied();
    expect((await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((c) => c.status)).toEqual(["APPLIED", "DUPLICATE"]);
    expect(await h.deliverNotifications()).toBe(0);
  });

  it("a late callback for a query-settled prompt reporting another amount takes the credit back and tells the managers", async () => {
    const setup = await setUp();
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, "254712340404");
    await h.customersAnswer(); // pays, no callback
    h.advance(h.config.mpesa.reconcileAfterMs);
    expect(await h.reconcile()).toMatchObject({ settled: 1 });
    expect(await h.deliverNotifications()).toBe(2);

    const stk = await h.db.stkRequest.findFirstOrThrow();
    const late = stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(1));
    expect((await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: late })).statusCode).toBe(200);
    await h.callbacksApplied();
    expect((await h.db.mpesaCallback.findFirstOrThrow()).status).toBe("APPLIED");
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV", paidAmountKes: 1, amountMismatch: true });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN", receipt: null, paidAt: null });
    expect(await h.deliverNotifications()).toBe(2);
    expect(h.sent(setup.manager).at(-1)).toContain("⚠️ Amount mismatch: M-Pesa reported KES 1 (receipt NLJ7RT61SV) for a request of KES 120");
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("M-Pesa reported KES 1 instead of KES 120");
  });

  it("a prompt with no final answer in time becomes unknown, and the operator and managers are told", async () => {
    const setup = await setUp();
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, "254712345678");
    for (let elapsed = 0; elapsed <= h.config.mpesa.reconcileGiveUpMs; elapsed += 30_000) {
      h.advance(30_000);
      await h.reconcile();
    }
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN" });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN" });
    await h.deliverNotifications();
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("❓ No final answer from M-Pesa for KES 120");
    expect(h.sent(setup.manager)[0]).toContain("Check the M-Pesa statement.");
    // It is listed as still owed, and a late callback still settles it.
    await h.customersAnswer();
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID" });
  });

  it("a late failure of an earlier prompt does not fail the newer one", async () => {
    const setup = await setUp();
    h = setup.h;
    await promptSent(h, setup.operator, "254712345678");
    const first = await h.db.stkRequest.findFirstOrThrow();
    h.advance(h.config.mpesa.reconcileGiveUpMs + 1000);
    await h.reconcile();
    await h.deliverNotifications();
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN" });

    await h.press(setup.operator, texts.settle.otherNumberButton);
    await h.send(setup.operator, "0722 000 111");
    await h.press(setup.operator, texts.settle.confirmButton);
    expect(await h.db.stkRequest.findFirstOrThrow({ where: { id: { not: first.id } } })).toMatchObject({ state: "PENDING", phone: "254722000111" });
    const notices = await h.db.outboxMessage.count();

    const late = stkCallbackBody(first.checkoutRequestId!, 1032);
    expect((await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: late })).statusCode).toBe(200);
    await h.callbacksApplied();
    expect(await h.db.stkRequest.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ state: "FAILED" });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PENDING" });
    expect(await h.db.outboxMessage.count()).toBe(notices);
  });

  it("a restart between the prompt and the customer's answer loses nothing: the simulator still calls back, and its STK query still knows the prompt", async () => {
    const setup = await setUp();
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, "254712345678");
    await h.restart();
    await h.customersAnswer();
    expect(h.simulator.deliveries).toHaveLength(1);
    await h.deliverNotifications();
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("✅ Paid: KES 120");

    // Paid without a callback: only the query tells, after a restart too.
    const quiet = await promptSent(h, setup.operator, "254712340404");
    await h.restart();
    h.advance(h.config.mpesa.reconcileAfterMs);
    expect(await h.reconcile()).toEqual({ queried: 1, settled: 0, gaveUp: 0 });
    await h.customersAnswer();
    h.advance(60_000);
    expect(await h.reconcile()).toEqual({ queried: 1, settled: 1, gaveUp: 0 });
    await h.deliverNotifications();
    expect(h.telegram.message(OPERATOR, quiet)?.text).toContain("✅ Paid: KES 120");
  });

  it("a callback stored just before the process stopped is applied at the next start", async () => {
    const setup = await setUp();
    h = setup.h;
    await promptSent(h, setup.operator, "254712345678");
    const stk = await h.db.stkRequest.findFirstOrThrow();
    await h.db.mpesaCallback.create({ data: { body: JSON.stringify(stkCallbackBody(stk.checkoutRequestId!, 1032)), status: "RECEIVED" } });
    expect(await applyReceivedCallbacks(h.context)).toBe(1);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "FAILED", resultCode: "1032" });
  });

  it("a callback applied by one instance is not marked duplicate by another that read it at the same time", async () => {
    const setup = await setUp();
    h = setup.h;
    await promptSent(h, setup.operator, "254712345678");
    const stk = await h.db.stkRequest.findFirstOrThrow();
    await h.db.mpesaCallback.create({
      data: {
        body: JSON.stringify(stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(120))),
        checkoutRequestId: stk.checkoutRequestId,
        receivedAt: h.clock.now(),
      },
    });

    // Instance B reads the RECEIVED row, then stalls until instance A has applied it.
    let read!: () => void;
    const hasRead = new Promise<void>((resolve) => (read = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const stalling = interceptQueries(h.db, ["mpesaCallback.findMany"], async (query, args) => {
      const rows = await query(...args);
      read();
      await released;
      return rows;
    });
    const instanceB = applyReceivedCallbacks({ ...h.context, db: stalling });
    await hasRead;
    expect(await applyReceivedCallbacks(h.context)).toBe(1);
    release();
    expect(await instanceB).toBe(0);
    expect(await h.db.mpesaCallback.findFirstOrThrow()).toMatchObject({ status: "APPLIED", appliedAt: expect.any(Date) as unknown });
  });

  it("Telegram failing for a while, then recovering, delivers every notification exactly once", async () => {
    const setup = await setUp();
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, "254712345678");
    await h.customersAnswer();
    h.telegram.failNext(6, { status: 502, description: "Bad Gateway" });
    for (let i = 0; i < 10; i++) {
      await h.deliverNotifications();
      h.advance(5 * 60 * 1000);
    }
    expect(await h.db.outboxMessage.findMany({ select: { status: true } })).toEqual([{ status: "SENT" }, { status: "SENT" }]);
    expect(h.sent(setup.manager)).toHaveLength(1);
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("✅ Paid");
  });
});

describe("simulated or real: what staff are told", () => {
  /** A service configured for Safaricom's sandbox (the harness's client still talks to the simulator). */
  const SANDBOX = {
    MPESA_ENVIRONMENT: "sandbox",
    MPESA_CONSUMER_KEY: "sandbox-consumer-key",
    MPESA_CONSUMER_SECRET: "sandbox-consumer-secret",
    MPESA_PASSKEY: "sandbox-passkey-0123456789",
    MPESA_SHORTCODE: "174379",
  };
  let h: Harness;
  afterEach(() => h.close());

  /** What the operator's message and the managers' say once the prompt is settled this way. */
  async function resultMessages(setup: Awaited<ReturnType<typeof setUp>>, messageId: number, outcome: "paid" | "failed" | "unknown"): Promise<string[]> {
    if (outcome === "unknown") {
      h.advance(h.config.mpesa.reconcileGiveUpMs + 1000);
      await h.reconcile();
    } else {
      await h.customersAnswer();
    }
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: outcome.toUpperCase() });
    await h.deliverNotifications();
    const messages = [h.telegram.message(OPERATOR, messageId)!.text!, ...h.sent(setup.manager)];
    expect(messages).toHaveLength(2);
    return messages;
  }

  const PHONES = { paid: "254712345678", failed: "254712341032", unknown: "254712345678" } as const;

  it.each(["paid", "failed", "unknown"] as const)("with the simulator, the waiting message and every %s notice say it is simulated", async (outcome) => {
    const setup = await setUp({ MPESA_ENVIRONMENT: "simulator" });
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, PHONES[outcome]);
    expect(h.telegram.message(OPERATOR, messageId)?.text).toMatch(new RegExp(`^${SIMULATED}\\n📲 M-Pesa prompt for KES 120`));
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ simulated: true });
    for (const text of await resultMessages(setup, messageId, outcome)) expect(text.startsWith(`${SIMULATED}\n`), text).toBe(true);
  });

  it.each(["paid", "failed", "unknown"] as const)("configured for Safaricom, neither the waiting message nor a %s notice says so", async (outcome) => {
    const setup = await setUp(SANDBOX);
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, PHONES[outcome]);
    expect(h.telegram.message(OPERATOR, messageId)?.text).toMatch(
      /^📲 M-Pesa prompt for KES 120 to 0712 34\d \d{3} \(Jane Wanjiku\): waiting for the customer's PIN…$/,
    );
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ simulated: false });
    for (const text of await resultMessages(setup, messageId, outcome)) expect(text).not.toMatch(/simulat|🧪/i);
  });

  it.each([
    ["sent to the simulator, told as simulated on a service now configured for Safaricom", SANDBOX, true],
    ["sent to Safaricom, told as real on a service now running the simulator", { MPESA_ENVIRONMENT: "simulator" }, false],
  ] as const)("is recorded on the prompt: a prompt %s", async (_label, env, simulated) => {
    const setup = await setUp(env);
    h = setup.h;
    const messageId = await promptSent(h, setup.operator, PHONES.paid);
    // As if the prompt had gone out before a restart with the other setting.
    await h.db.stkRequest.updateMany({ data: { simulated } });
    for (const text of await resultMessages(setup, messageId, "paid")) expect(text.startsWith(`${SIMULATED}\n`), text).toBe(simulated);
  });

  it.each([
    ["the simulator", { MPESA_ENVIRONMENT: "simulator" }, "simulated M-Pesa 🧪"],
    ["Safaricom", SANDBOX, "M-Pesa"],
  ] as const)("a payment asked through %s is shown as such in /payments, /customers and 'already paid'", async (_label, env, method) => {
    const setup = await setUp(env);
    h = setup.h;
    const questionId = await promptSent(h, setup.operator, PHONES.paid);
    await h.customersAnswer();
    const payment = await h.db.payment.findFirstOrThrow();

    await h.send(setup.operator, "/payments");
    const list = h.latest(setup.operator).text;
    await h.press(setup.operator, /^✅ #1 Jane Wanjiku/);
    const details = h.latest(setup.operator).text;
    await h.pressData(setup.operator, `settle:send:${payment.id}`, questionId);
    const alreadyPaid = String(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text);
    await h.send(setup.operator, "/customers wanjiku");
    await h.press(setup.operator, /^Jane Wanjiku/);
    const card = h.latest(setup.operator).text;

    expect(list).toContain(`✅ #1 Jane Wanjiku · KES 120 (session) · 28/11/2026 · ${method}\n`);
    expect(details).toContain(`Method: ${method}, prompt to 0712 345 678\nState: paid\nReceipt: ${payment.receipt!}\n`);
    expect(alreadyPaid).toBe(`This was already paid by ${method}, receipt ${payment.receipt!} (Otieno).`);
    expect(card).toContain(`KES 120 (session), 28/11/2026, ${method}, paid, receipt ${payment.receipt!}`);
    if (method === "M-Pesa") for (const text of [list, details, alreadyPaid, card]) expect(text).not.toMatch(/simulat|🧪/i);
  });

  it("a simulated prompt left without an answer is shown as simulated in /unpaid", async () => {
    const setup = await setUp({ MPESA_ENVIRONMENT: "simulator" });
    h = setup.h;
    await promptSent(h, setup.operator, PHONES.failed);
    await h.customersAnswer();
    await h.send(setup.operator, "/unpaid");
    expect(h.latest(setup.operator).text).toContain("❌ #1 Jane Wanjiku: KES 120 (session), 28/11/2026, failed, simulated M-Pesa 🧪");
  });

  it.each([
    ["the simulator", { MPESA_ENVIRONMENT: "simulator" }, true],
    ["Safaricom", SANDBOX, false],
  ] as const)("money reported for an unknown prompt to a service running %s is told accordingly", async (_label, env, simulated) => {
    const setup = await setUp(env);
    h = setup.h;
    const stray = stkCallbackBody("ws_CO_28112026093000000799999999", 0, paidItems(250));
    expect((await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stray })).statusCode).toBe(200);
    await h.callbacksApplied();
    h.advance(UNMATCHED_ALERT_AFTER_MS);
    expect(await alertUnmatchedPayments(h.context)).toBe(1);
    await h.deliverNotifications();
    const [alert] = h.sent(setup.manager);
    expect(alert).toContain("⚠️ M-Pesa reports KES 250 received");
    expect(alert!.startsWith(`${SIMULATED}\n`)).toBe(simulated);
  });
});
