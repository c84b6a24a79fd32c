// Sending a prompt and which prompt speaks for a payment: the payments service called directly with a
// scripted M-Pesa gateway (so a test decides what Daraja answers, and when), on the whole-product
// harness (migrated database, real callback route, outbox).
import { afterEach, describe, expect, it } from "vitest";
import type { Db, Tx } from "../../src/db/client.js";
import type { Msisdn } from "../../src/domain/phone.js";
import type { StkPushAccepted } from "../../src/mpesa/daraja-client.js";
import type { StkPushRequest } from "../../src/mpesa/protocol.js";
import { DarajaApiError } from "../../src/mpesa/errors.js";
import type { ServiceContext } from "../../src/services/context.js";
import { markStkUnknown } from "../../src/services/payment-results.js";
import { requestMpesaPayment, type MpesaGateway, type PromptRequest } from "../../src/services/prompts.js";
import { giveUpLostPushes, LOST_PUSH_AFTER_MS } from "../../src/services/reconcile.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { failingQueries, interceptQueries } from "../support/db-faults.js";
import { createHarness, type Harness } from "../support/harness.js";
import { owedPayment } from "../support/steps.js";
import { UNUSED_C2B } from "../support/unused-c2b.js";

const OPERATOR = 5001;
const MANAGER = 7001;
const CUSTOMER_PHONE = "254712345678";

let h: Harness;
let staffId: number;
let managerId: number;

async function setUp() {
  h = await createHarness();
  staffId = await h.addStaff(h.user(OPERATOR, "Otieno"), "OPERATOR");
  managerId = await h.addStaff(h.user(MANAGER, "Mary"), "MANAGER");
}

/** A customer's session, ended: the payment it leaves owed (KES 120 for 72 minutes). */
const sessionPayment = () => owedPayment(h, { operator: h.user(OPERATOR, "Otieno"), phone: CUSTOMER_PHONE, endedAt: "service" });

/** A gateway whose pushes are accepted with the given CheckoutRequestIDs, in order; `before` runs inside the push. */
function gateway(checkoutIds: string[], before?: () => Promise<void>): MpesaGateway & { pushes: StkPushRequest[] } {
  const pushes: StkPushRequest[] = [];
  return {
    ...UNUSED_C2B,
    pushes,
    async stkPush(request): Promise<StkPushAccepted> {
      pushes.push(request);
      await before?.();
      const checkoutRequestId = checkoutIds.shift();
      if (!checkoutRequestId) throw new Error("no more pushes scripted");
      return { merchantRequestId: `m-${checkoutRequestId}`, checkoutRequestId, msisdn: request.phone as Msisdn, amount: request.amount, customerMessage: "ok" };
    },
    async stkQuery() {
      throw new Error("not used");
    },
  };
}

function prompt(paymentId: number, extra: Partial<PromptRequest> = {}): PromptRequest {
  return { paymentId, phone: CUSTOMER_PHONE as Msisdn, staffId, chatId: OPERATOR, messageId: null, ...extra };
}

function callbackBody(checkoutRequestId: string, resultCode: number, amount = 120) {
  return stkCallbackBody(checkoutRequestId, resultCode, resultCode === 0 ? paidItems(amount) : undefined);
}

async function postCallback(checkoutRequestId: string, resultCode: number, amount = 120): Promise<void> {
  const response = await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: callbackBody(checkoutRequestId, resultCode, amount) });
  expect(response.statusCode).toBe(200);
  await h.callbacksApplied();
}

describe("prompts", () => {
  afterEach(() => h.close());

  it("a payment's phone is the number its latest prompt went to; before any prompt it is empty and the customer's number applies", async () => {
    await setUp();
    const { paymentId, customerId } = await sessionPayment();
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ phone: null, currentStkRequestId: null });
    expect(await h.services.payments.getPayment(paymentId)).toMatchObject({ phone: null, customerPhone: CUSTOMER_PHONE });

    const recorded = await h.services.payments.recordPayment({ customerId, amountKes: 500, balanceKes: 0, date: "2026-11-28", staffId });
    expect(recorded).toMatchObject({ phone: null, customerPhone: CUSTOMER_PHONE });

    // The customer's number changes before the prompt: the new one is what the operator is offered.
    await h.db.customer.update({ where: { id: customerId }, data: { phone: "254722000111" } });
    expect(await h.services.payments.getPayment(paymentId)).toMatchObject({ phone: null, customerPhone: "254722000111" });

    const result = await requestMpesaPayment(h.context, gateway(["ws_CO_phone"]), prompt(paymentId, { phone: "254733000222" as Msisdn }));
    expect(result).toMatchObject({ ok: true, phone: "254733000222" });
    expect(await h.services.payments.getPayment(paymentId)).toMatchObject({ phone: "254733000222", customerPhone: "254722000111" });
  });

  it("only the payment's current prompt moves it; a full payment from an earlier prompt is still credited", async () => {
    await setUp();
    const { paymentId } = await sessionPayment();
    const mpesa = gateway(["ws_CO_first", "ws_CO_second"]);
    const first = await requestMpesaPayment(h.context, mpesa, prompt(paymentId));
    if (!first.ok) throw new Error("first prompt");
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "PENDING", currentStkRequestId: first.stkRequestId });
    expect(await markStkUnknown(h.context, first.stkRequestId, "no_answer")).toBe(true);
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "UNKNOWN" });

    const second = await requestMpesaPayment(h.context, mpesa, prompt(paymentId, { phone: "254722000111" as Msisdn }));
    if (!second.ok) throw new Error("second prompt");
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "PENDING", currentStkRequestId: second.stkRequestId });
    const notices = await h.db.outboxMessage.count();

    // The first prompt is answered late with the wrong amount: flagged and told, but the payment the
    // second prompt is waiting on stays pending.
    await postCallback("ws_CO_first", 0, 1);
    expect(await h.db.stkRequest.findUniqueOrThrow({ where: { id: first.stkRequestId } })).toMatchObject({ state: "PAID", amountMismatch: true });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "PENDING", currentStkRequestId: second.stkRequestId });
    expect(await h.db.outboxMessage.count()).toBeGreaterThan(notices);

    // A prompt left PENDING behind the current one (e.g. an old push answer recorded late) gives up
    // without making the payment unknown or telling anyone.
    const stray = await h.db.stkRequest.create({
      data: {
        paymentId,
        phone: CUSTOMER_PHONE,
        amountKes: 120,
        accountReference: "x",
        description: "x",
        requestedById: staffId,
        state: "PENDING",
        checkoutRequestId: "ws_CO_stray",
      },
    });
    const before = await h.db.outboxMessage.count();
    expect(await markStkUnknown(h.context, stray.id, "no_answer")).toBe(true);
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "PENDING", currentStkRequestId: second.stkRequestId });
    expect(await h.db.outboxMessage.count()).toBe(before);

    // Money received is money received: the stray prompt's full payment is credited, and the second
    // prompt's payment, if it comes too, is reported as paid twice.
    await postCallback("ws_CO_stray", 0);
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      state: "PAID",
      method: "MPESA",
      receipt: "NLJ7RT61SV",
      currentStkRequestId: stray.id,
    });
    await postCallback("ws_CO_second", 1032);
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "PAID" });
  });

  it("a lower amount that lands between the prompt's read of the payment and its claim is what the prompt asks for", async () => {
    await setUp();
    const { paymentId } = await sessionPayment();
    let lowered = false;
    // The manager lowers KES 120 to KES 100 as the prompt's transaction starts. Until that transaction
    // writes the payment, it reads the payment as it was before the lowering committed, as one under
    // PostgreSQL's READ COMMITTED does when the lowering's commit lands between its read and its claim.
    const racing = interceptQueries(h.db, ["$transaction"], async (transaction, args) => {
      const [work, ...options] = args;
      if (lowered || typeof work !== "function") return transaction(...args);
      lowered = true;
      const before = await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
      const lowering = await h.services.adjustments.lowerAmount({
        paymentId,
        toKes: 100,
        reason: "PC fault",
        staffId: managerId,
        chatId: MANAGER,
        messageId: 1,
      });
      expect(lowering).toMatchObject({ ok: true, applied: true, payment: { amountKes: 100 } });
      let written = false;
      return transaction(
        (tx: Tx) =>
          (work as (tx: Db) => Promise<unknown>)(
            interceptQueries(
              tx as Db,
              ["payment.findUnique", "payment.findUniqueOrThrow", "payment.updateMany", "payment.update"],
              async (query, queryArgs, name) => {
                if (name.endsWith("update") || name.endsWith("updateMany")) written = true;
                else if (!written) return before;
                return query(...queryArgs);
              },
            ),
          ),
        ...options,
      );
    });
    const mpesa = gateway(["ws_CO_lowered"]);
    const result = await requestMpesaPayment({ ...h.context, db: racing }, mpesa, prompt(paymentId));
    expect(lowered).toBe(true);
    expect(mpesa.pushes.map((push) => push.amount)).toEqual([100]);
    expect(result).toMatchObject({ ok: true, amountKes: 100 });
    expect((await h.db.stkRequest.findMany()).map((stk) => stk.amountKes)).toEqual([100]);

    // The customer pays what the prompt asked: paid in full, no mismatch.
    await postCallback("ws_CO_lowered", 0, 100);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PAID", amountKes: 100, amountMismatch: false });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "PAID", amountKes: 100, originalAmountKes: 120 });
  });

  it("a push answered after the lost-push cutoff stays unknown, but keeps its ids so that its callback still settles it", async () => {
    await setUp();
    const { paymentId } = await sessionPayment();
    let gaveUp = 0;
    const slow = gateway(["ws_CO_late"], async () => {
      h.advance(LOST_PUSH_AFTER_MS + 1000);
      gaveUp = await giveUpLostPushes(h.context);
    });
    const result = await requestMpesaPayment(h.context, slow, prompt(paymentId));
    expect(gaveUp).toBe(1);
    expect(result).toMatchObject({ ok: true });
    const stk = await h.db.stkRequest.findFirstOrThrow();
    // People were told "unknown": it does not silently go back to waiting.
    expect(stk).toMatchObject({ state: "UNKNOWN", checkoutRequestId: "ws_CO_late", merchantRequestId: "m-ws_CO_late" });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "UNKNOWN" });

    await postCallback("ws_CO_late", 0);
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
  });

  it("recording an accepted push is retried, and kept callbacks that cannot be applied yet do not fail the prompt", async () => {
    await setUp();
    const { paymentId } = await sessionPayment();
    const db = failingQueries(failingQueries(h.db, ["stkRequest.update", "stkRequest.updateMany"], 2), ["mpesaCallback.findMany"]);
    const context: ServiceContext = { ...h.context, db };
    const result = await requestMpesaPayment(context, gateway(["ws_CO_flaky"]), prompt(paymentId));
    expect(result).toMatchObject({ ok: true });
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({
      state: "PENDING",
      checkoutRequestId: "ws_CO_flaky",
      nextQueryAt: expect.any(Date) as unknown,
    });
  });

  it("a push accepted but never recorded still reports the prompt as sent (the lost-push cutoff makes it unknown later)", async () => {
    await setUp();
    const { paymentId } = await sessionPayment();
    const context: ServiceContext = { ...h.context, db: failingQueries(h.db, ["stkRequest.update", "stkRequest.updateMany"]) };
    const result = await requestMpesaPayment(context, gateway(["ws_CO_lost"]), prompt(paymentId));
    expect(result).toMatchObject({ ok: true });
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "SENDING", checkoutRequestId: null });
    // Retried with growing waits on the injected clock, then given up.
    expect(h.sleeps).toEqual([100, 500, 2000]);
    h.advance(LOST_PUSH_AFTER_MS + 1000);
    expect(await giveUpLostPushes(h.context)).toBe(1);
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "UNKNOWN" });
  });

  it("a repeated request reports a prompt Daraja accepted as sent, even once it failed; only a refused push is reported refused, with our reason", async () => {
    await setUp();
    const { paymentId } = await sessionPayment();
    const mpesa = gateway(["ws_CO_once"]);
    const first = await requestMpesaPayment(h.context, mpesa, prompt(paymentId, { idempotencyKey: "conv-1" }));
    expect(first).toMatchObject({ ok: true });
    await postCallback("ws_CO_once", 1032);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "FAILED", resultDesc: "Request cancelled by user" });

    const replay = await requestMpesaPayment(h.context, mpesa, prompt(paymentId, { idempotencyKey: "conv-1" }));
    expect(replay).toEqual(first);
    expect(mpesa.pushes).toHaveLength(1);

    // Refused by Daraja at once: the replay gives the same reason code.
    const locked: MpesaGateway = {
      ...UNUSED_C2B,
      stkPush: async () => {
        throw new DarajaApiError("stk_push", {
          httpStatus: 500,
          errorCode: "500.001.1001",
          errorMessage: "Unable to lock subscriber, a transaction is already in process for the current subscriber",
          requestId: "r1",
        });
      },
      stkQuery: async () => {
        throw new Error("not used");
      },
    };
    const refused = await requestMpesaPayment(h.context, locked, prompt(paymentId, { idempotencyKey: "conv-2" }));
    expect(refused).toMatchObject({ ok: false, reason: "mpesa_refused", error: "subscriber_locked" });
    expect(await requestMpesaPayment(h.context, locked, prompt(paymentId, { idempotencyKey: "conv-2" }))).toEqual(refused);

    // A failed prompt without a CheckoutRequestID whose description is not one of our reason codes.
    const odd = await h.db.stkRequest.create({
      data: {
        paymentId,
        idempotencyKey: "conv-3",
        phone: CUSTOMER_PHONE,
        amountKes: 120,
        accountReference: "x",
        description: "x",
        requestedById: staffId,
        state: "FAILED",
        resultDesc: "[STK_CB - ]DS timeout user cannot be reached",
      },
    });
    expect(await requestMpesaPayment(h.context, locked, prompt(paymentId, { idempotencyKey: "conv-3" }))).toEqual({
      ok: false,
      reason: "mpesa_refused",
      error: "daraja_error",
      stkRequestId: odd.id,
    });
  });

  it("prompts refused for a setup reason tell the managers, once an hour, and not for a customer's own trouble", async () => {
    await setUp();
    const { paymentId } = await sessionPayment();
    const refusing = (errorMessage: string): MpesaGateway => ({
      ...UNUSED_C2B,
      stkPush: async () => {
        throw new DarajaApiError("stk_push", { httpStatus: 500, errorCode: "500.001.1001", errorMessage, requestId: "r1" });
      },
      stkQuery: async () => {
        throw new Error("not used");
      },
    });
    for (let i = 0; i < 3; i++) {
      expect(await requestMpesaPayment(h.context, refusing("Wrong credentials"), prompt(paymentId))).toMatchObject({ ok: false, error: "wrong_credentials" });
    }
    await requestMpesaPayment(
      h.context,
      refusing("Unable to lock subscriber, a transaction is already in process for the current subscriber"),
      prompt(paymentId),
    );
    await h.deliverNotifications();
    const toManager = h.sent(h.user(MANAGER, "Mary"));
    expect(toManager).toEqual([
      "🧪 Simulated M-Pesa: no real money moved.\n⚠️ M-Pesa prompts are being refused (the last: KES 120 for Jane Wanjiku, asked by Otieno). Safaricom refuses the café's keys: check MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET and MPESA_PASSKEY (and that they are for this environment). Until then, take cash.",
    ]);
    expect(h.sent(h.user(OPERATOR, "Otieno"))).toEqual([]);

    h.advance(60 * 60 * 1000);
    await requestMpesaPayment(h.context, refusing("Wrong credentials"), prompt(paymentId));
    await h.deliverNotifications();
    expect(h.sent(h.user(MANAGER, "Mary"))).toHaveLength(2);
  });
});
