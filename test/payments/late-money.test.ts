// Money that arrives after people were told it would not: a paid answer for a prompt already failed or
// given up is credited when the payment is still owed ("paid after all"), or flagged as paid twice when
// it was settled another way meanwhile. Never recorded as a mere duplicate.
import { afterEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { alertUnmatchedPayments, UNMATCHED_ALERT_AFTER_MS } from "../../src/services/callbacks.js";
import type { StkOutcome } from "../../src/mpesa/callback.js";
import type { MpesaGateway } from "../../src/services/prompts.js";
import { reconcilePending } from "../../src/services/reconcile.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { promptSent as promptSentFor } from "../support/steps.js";
import { UNUSED_C2B } from "../support/unused-c2b.js";

const OPERATOR = 5001;
const MANAGER = 7001;

let h: Harness;
let operator: TestUser;
let manager: TestUser;

async function setUp() {
  h = await createHarness();
  operator = h.user(OPERATOR, "Otieno");
  manager = h.user(MANAGER, "Mary");
  await h.addStaff(operator, "OPERATOR");
  await h.addStaff(manager, "MANAGER");
}

/** A Daraja whose STK query answers with `outcome`, after running `meanwhile`. */
function queryAnswering(outcome: StkOutcome, meanwhile: () => Promise<void> = async () => {}): MpesaGateway {
  return {
    ...UNUSED_C2B,
    stkPush: () => Promise.reject(new Error("not used")),
    async stkQuery(checkoutRequestId) {
      await meanwhile();
      const resultCode = outcome.status === "paid" ? "0" : "4999";
      return { checkoutRequestId, merchantRequestId: undefined, resultCode, resultDesc: "as scripted", outcome };
    },
  };
}

/** A 72-minute session (KES 120) for a customer with this phone, ended, and the prompt sent to it. */
async function promptSent(phone: string): Promise<{ messageId: number; checkoutRequestId: string }> {
  const { messageId } = await promptSentFor(h, { operator, phone });
  const stk = await h.db.stkRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
  return { messageId, checkoutRequestId: stk.checkoutRequestId! };
}

async function postPaid(checkoutRequestId: string, amount = 120): Promise<void> {
  const response = await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody(checkoutRequestId, 0, paidItems(amount)) });
  expect(response.json()).toEqual({ ResultCode: 0, ResultDesc: "Accepted" });
  await h.callbacksApplied();
}

describe("money after a failure", () => {
  afterEach(() => h.close());

  it("a paid callback after 'cancelled by the customer' credits the payment, and the operator and managers hear it was paid after all", async () => {
    await setUp();
    const { messageId, checkoutRequestId } = await promptSent("254712341032");
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "FAILED" });
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("failed");

    await postPaid(checkoutRequestId);
    expect(await h.db.mpesaCallback.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({ status: "APPLIED" });
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV", paidAmountKes: 120 });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "MPESA", receipt: "NLJ7RT61SV" });

    expect(await h.deliverNotifications()).toBe(2);
    const operatorSees = h.telegram.message(OPERATOR, messageId)!;
    expect(operatorSees.text).toMatch(/paid after all/i);
    expect(operatorSees.text).toContain("NLJ7RT61SV");
    // The Send again / Cash buttons of the failure are gone: nothing more to ask for.
    expect(JSON.stringify(operatorSees.reply_markup ?? {})).not.toContain("Send again");
    expect(h.sent(manager).at(-1)).toMatch(/paid after all/i);
    expect(h.sent(manager).at(-1)).toContain("KES 120");

    // Delivered again: nothing changes, nobody is told twice.
    await postPaid(checkoutRequestId);
    expect(await h.db.mpesaCallback.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({ status: "DUPLICATE" });
    expect(await h.deliverNotifications()).toBe(0);
  });

  it("a paid callback after the payment was taken in cash is flagged as paid twice for the managers to refund", async () => {
    await setUp();
    const { checkoutRequestId } = await promptSent("254712341037");
    await h.customersAnswer();
    await h.deliverNotifications();
    await h.press(operator, texts.settle.cashButton);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "CASH" });

    await postPaid(checkoutRequestId);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "CASH", receipt: null });
    await h.deliverNotifications();
    expect(h.sent(manager).at(-1)).toMatch(/paid twice/i);
    expect(h.sent(manager).at(-1)).toContain("NLJ7RT61SV");
    expect(h.sent(manager).at(-1)).toMatch(/refund/i);
  });

  it("a paid callback after the prompt was given up as unknown credits it, and says it was paid after all", async () => {
    await setUp();
    const { messageId, checkoutRequestId } = await promptSent("254712340404"); // pays, but no callback comes
    h.advance(h.config.mpesa.reconcileGiveUpMs + 1000);
    // The last query before giving up still hears "being processed".
    expect(await reconcilePending(h.context, queryAnswering({ status: "pending" }))).toMatchObject({ gaveUp: 1 });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN" });
    await h.deliverNotifications();

    await postPaid(checkoutRequestId);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
    await h.deliverNotifications();
    expect(h.telegram.message(OPERATOR, messageId)?.text).toMatch(/paid after all/i);
    expect(h.sent(manager).at(-1)).toMatch(/paid after all/i);
  });

  it("an STK query answering 'paid' after a callback said 'failed' credits the payment (paid after all)", async () => {
    await setUp();
    const { messageId, checkoutRequestId } = await promptSent("254712345678");
    h.advance(h.config.mpesa.reconcileAfterMs);
    // The failure callback lands while the query is on its way; the query then answers "paid".
    const racing = queryAnswering({ status: "paid" }, async () => {
      const failed = await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody(checkoutRequestId, 1037) });
      expect(failed.statusCode).toBe(200);
      await h.callbacksApplied();
    });
    expect(await reconcilePending(h.context, racing)).toMatchObject({ queried: 1, settled: 1 });
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "PAID", resultCode: "0" });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "MPESA" });
    await h.deliverNotifications();
    expect(h.telegram.message(OPERATOR, messageId)?.text).toMatch(/paid after all/i);
  });

  it("a paid callback after a failure reporting another amount is not credited; the managers are told", async () => {
    await setUp();
    const { checkoutRequestId } = await promptSent("254712341032");
    await h.customersAnswer();
    await h.deliverNotifications();
    await postPaid(checkoutRequestId, 20);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN", receipt: null });
    await h.deliverNotifications();
    expect(h.sent(manager).at(-1)).toContain("⚠️ Amount mismatch: M-Pesa reported KES 20");
  });
});

describe("money for a prompt nobody knows of", () => {
  afterEach(() => h.close());

  it("is reported to the managers even behind more than a hundred unmatched callbacks that carry no money", async () => {
    await setUp();
    for (let i = 0; i < 120; i++) {
      await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody(`ws_CO_failed_${i}`, 1032) });
    }
    const stray = stkCallbackBody("ws_CO_28112026093000000799999999", 0, paidItems(250));
    await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stray });
    await h.callbacksApplied();
    h.advance(UNMATCHED_ALERT_AFTER_MS);
    let alerted = 0;
    for (let pass = 0; pass < 3; pass++) alerted += await alertUnmatchedPayments(h.context);
    expect(alerted).toBe(1);
    await h.deliverNotifications();
    expect(h.sent(manager)).toEqual([expect.stringContaining("KES 250 received from 0712 345 678")]);
  });

  it("is reported even when it was received more than a day before the check ran (the service was down)", async () => {
    await setUp();
    await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody("ws_CO_stray", 0, paidItems(75)) });
    await h.callbacksApplied();
    h.advance(36 * 60 * 60 * 1000);
    expect(await alertUnmatchedPayments(h.context)).toBe(1);
    expect(await alertUnmatchedPayments(h.context)).toBe(0);
  });
});
