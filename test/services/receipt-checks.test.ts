// Checking a receipt a customer shows, for one bill: found among what M-Pesa sent, found through
// Transaction Status, not found, already used. A receipt never settles two bills.
import { afterEach, describe, expect, it } from "vitest";
import { DarajaApiError } from "../../src/mpesa/errors.js";
import { recordMenuPayment, placeMenuPayment } from "../../src/services/menu-payments.js";
import { RECEIPT_CHECK_GIVE_UP_MS } from "../../src/services/receipt-checks.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { FakeReceiptStatus, deliverStatus, statusFound, statusNotFound, statusTimedOut } from "../support/receipt-status.js";
import { owedPayment, promptSent } from "../support/steps.js";

let h: Harness;
let operator: TestUser;
let operatorId: number;
let gateway: FakeReceiptStatus;

async function setUp(configured: boolean): Promise<void> {
  gateway = new FakeReceiptStatus();
  h = await createHarness({}, { receiptStatus: configured ? gateway : null });
  operator = h.user(5001, "Otieno");
  operatorId = await h.addStaff(operator, "OPERATOR");
  await h.addStaff(h.user(7001, "Mary"), "MANAGER");
}
afterEach(() => h.close());

const menuPayment = (receipt: string, amountKes: number) =>
  h.db.$transaction(async (tx) => {
    const { menuPayment } = await recordMenuPayment(h.context, tx, {
      receipt,
      amountKes,
      transactionType: "Pay Bill",
      shortCode: "174379",
      accountNumber: "jane",
      payerPhone: "2547 ***** 678",
      payerName: "JANE",
      paidAt: h.clock.now(),
    });
    return menuPayment;
  });

const check = (receipt: string, paymentId: number, messageId: number | null = null) =>
  h.services.receiptChecks.checkReceipt({ receipt, paymentId, staffId: operatorId, chatId: operator.id, messageId });

const bill = (paymentId: number) => h.db.payment.findUniqueOrThrow({ where: { id: paymentId } });

describe("receipt checks against what M-Pesa sent", () => {
  it("settles the bill with money from the menu not on a bill yet, asking nobody", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    const money = await menuPayment("QK12ABC345", 120);
    expect(await check("QK12ABC345", owed.paymentId)).toMatchObject({ kind: "settled", confirmed: false, bill: { reference: `S${owed.sessionId}` } });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", method: "MPESA", receipt: "QK12ABC345" });
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { id: money.id } })).toMatchObject({
      paymentId: owed.paymentId,
      placement: "RECEIPT_CHECK",
      placedById: operatorId,
    });
    expect(gateway.asked).toEqual([]);
  });

  it("names the bill a receipt paid, whichever bill is asked, and credits nothing", async () => {
    await setUp(true);
    const first = await owedPayment(h, { operator, endedAt: "service" });
    const second = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", endedAt: "service" });
    const money = await menuPayment("QK12ABC345", 120);
    await h.db.$transaction((tx) => placeMenuPayment(h.context, tx, money.id, first.paymentId, { placement: "REFERENCE", staffId: null }));

    for (const paymentId of [second.paymentId, first.paymentId]) {
      expect(await check("QK12ABC345", paymentId)).toMatchObject({
        kind: "used",
        bill: { reference: `S${first.sessionId}`, customerName: "Jane Wanjiku", amountKes: 120 },
      });
    }
    expect(await bill(second.paymentId)).toMatchObject({ state: "NOT_REQUESTED", receipt: null });
    expect(gateway.asked).toEqual([]);
  });

  it("names the bill a prompt's receipt paid", async () => {
    await setUp(true);
    const prompted = await promptSent(h, { operator });
    await h.customersAnswer();
    const { receipt } = await bill(prompted.paymentId);
    expect(receipt).toMatch(/^[A-Z0-9]{10}$/);
    const other = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", endedAt: "service" });
    expect(await check(receipt!, other.paymentId)).toMatchObject({ kind: "used", bill: { paymentId: prompted.paymentId } });
    expect(await bill(other.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
  });

  it("refuses money of another amount, naming both", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await menuPayment("QK12ABC345", 100);
    expect(await check("QK12ABC345", owed.paymentId)).toMatchObject({ kind: "refused", reason: "amount_differs", amountKes: 100, bill: { amountKes: 120 } });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
  });

  it("without Transaction Status credentials, says the receipt has not come and credits nothing", async () => {
    await setUp(false);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    expect(await check("QK12ABC345", owed.paymentId)).toEqual({ kind: "not_received", receipt: "QK12ABC345" });
    expect(await h.db.receiptCheck.count()).toBe(0);
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
  });
});

describe("receipt checks through Transaction Status", () => {
  it("asks M-Pesa once, and settles the bill when M-Pesa confirms the amount to this shortcode", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    expect(await check("QK12ABC345", owed.paymentId, 77)).toMatchObject({ kind: "asking", bill: { paymentId: owed.paymentId } });
    expect(gateway.asked).toEqual(["QK12ABC345"]);
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({
      state: "PENDING",
      originatorConversationId: FakeReceiptStatus.originator(1),
      conversationId: "AG_20261128_00001abc",
      messageId: 77,
    });
    // Asked again (for this bill or another) while M-Pesa has not answered: not asked twice.
    const other = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", endedAt: "service" });
    expect(await check("QK12ABC345", other.paymentId)).toMatchObject({ kind: "already_asking", bill: { paymentId: owed.paymentId } });
    expect(gateway.asked).toHaveLength(1);

    const notice = await deliverStatus(h, "STATUS_RESULT", statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC345", amountKes: 120 }));
    expect(notice.status).toBe("APPLIED");
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "CONFIRMED", resultCode: "0" });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", method: "MPESA", receipt: "QK12ABC345", paidAt: new Date("2026-11-28T07:15:12Z") });
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC345" } })).toMatchObject({
      amountKes: 120,
      paymentId: owed.paymentId,
      placement: "RECEIPT_CHECK",
      payerPhone: "254712345678",
      payerName: "JANE WANJIKU",
    });

    // The same result again changes nothing; a result for no check of ours is unmatched.
    const again = await deliverStatus(h, "STATUS_RESULT", statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC345", amountKes: 120 }));
    expect(again.status).toBe("DUPLICATE");
    const stranger = await deliverStatus(h, "STATUS_RESULT", statusFound("99999-1-1", { receipt: "QK12ABC399", amountKes: 120 }));
    expect(stranger.status).toBe("UNMATCHED");
    expect(await h.db.menuPayment.count()).toBe(1);

    // The operator's message is edited with the answer, once.
    await h.deliverNotifications();
    const edits = h.telegram.callsOf("editMessageText").filter((call) => Number(call.params.message_id) === 77);
    expect(edits.map((call) => call.params.text)).toEqual([
      expect.stringMatching(/Receipt QK12ABC345, confirmed by M-Pesa, paid bill S\d+ \(Jane Wanjiku, KES 120\)/),
    ]);
  });

  it("a receipt M-Pesa does not know: NOT_FOUND, nothing credited", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await check("QK12ABC345", owed.paymentId);
    const notice = await deliverStatus(h, "STATUS_RESULT", statusNotFound(FakeReceiptStatus.originator(1), "QK12ABC345"));
    expect(notice.status).toBe("APPLIED");
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "NOT_FOUND", resultCode: "R000001" });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
    expect(await h.db.menuPayment.count()).toBe(0);
  });

  it("money to another shortcode, or not completed, is a MISMATCH and credits nothing", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await check("QK12ABC345", owed.paymentId);
    await deliverStatus(h, "STATUS_RESULT", statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC345", amountKes: 120, shortCode: "600638" }));
    await check("QK12ABC346", owed.paymentId);
    await deliverStatus(
      h,
      "STATUS_RESULT",
      statusFound(FakeReceiptStatus.originator(2), { receipt: "QK12ABC346", amountKes: 120, transactionStatus: "Failed" }),
    );
    expect((await h.db.receiptCheck.findMany({ orderBy: { id: "asc" } })).map((row) => row.state)).toEqual(["MISMATCH", "MISMATCH"]);
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
    expect(await h.db.menuPayment.count()).toBe(0);
  });

  it("confirmed money of another amount is recorded for /unplaced, not credited", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await check("QK12ABC345", owed.paymentId);
    await deliverStatus(h, "STATUS_RESULT", statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC345", amountKes: 100 }));
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "MISMATCH" });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC345" } })).toMatchObject({ paymentId: null, unplacedReason: "amount_differs" });
  });

  it("never credits a receipt twice: one that paid a bill meanwhile (a prompt's, or placed) settles no second bill", async () => {
    await setUp(true);
    const first = await owedPayment(h, { operator, endedAt: "service" });
    const second = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", endedAt: "service" });
    await check("QK12ABC345", second.paymentId);
    // Meanwhile the confirmation arrives and is placed on the first bill.
    const money = await menuPayment("QK12ABC345", 120);
    await h.db.$transaction((tx) => placeMenuPayment(h.context, tx, money.id, first.paymentId, { placement: "REFERENCE", staffId: null }));
    await deliverStatus(h, "STATUS_RESULT", statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC345", amountKes: 120 }));
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "MISMATCH" });
    expect(await bill(second.paymentId)).toMatchObject({ state: "NOT_REQUESTED", receipt: null });

    // A prompt's receipt, asked for before its callback came.
    const prompted = await promptSent(h, { operator, customer: "Ann Atieno", phone: "254711000222" });
    await h.customersAnswer();
    const { receipt } = await bill(prompted.paymentId);
    const third = await owedPayment(h, { operator, customer: "Paul Otieno", phone: "254744000333", endedAt: "service" });
    await h.db.receiptCheck.create({
      data: { receipt: receipt!, paymentId: third.paymentId, requestedById: operatorId, originatorConversationId: "29112-1-9", createdAt: h.clock.now() },
    });
    await deliverStatus(h, "STATUS_RESULT", statusFound("29112-1-9", { receipt: receipt!, amountKes: 120 }));
    expect(await h.db.receiptCheck.findFirstOrThrow({ where: { originatorConversationId: "29112-1-9" } })).toMatchObject({ state: "MISMATCH" });
    expect(await bill(third.paymentId)).toMatchObject({ state: "NOT_REQUESTED", receipt: null });
    expect(await h.db.payment.count({ where: { receipt: receipt! } })).toBe(1);
    expect(await h.db.payment.count({ where: { receipt: "QK12ABC345" } })).toBe(1);
  });

  it("a queue timeout, a refusal by Daraja and no answer at all each fail the check", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await check("QK12ABC345", owed.paymentId);
    expect((await deliverStatus(h, "STATUS_TIMEOUT", statusTimedOut(FakeReceiptStatus.originator(1)))).status).toBe("APPLIED");
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "FAILED", resultDesc: "The service request timed out." });

    gateway.refusal = new DarajaApiError("stk_query", { httpStatus: 503, errorCode: "500.003.02", errorMessage: "Spike arrest", requestId: undefined });
    expect(await check("QK12ABC346", owed.paymentId)).toEqual({ kind: "failed", receipt: "QK12ABC346", cause: "system_busy" });
    expect(await h.db.receiptCheck.findFirstOrThrow({ where: { receipt: "QK12ABC346" } })).toMatchObject({ state: "FAILED", resultDesc: "system_busy" });

    gateway.refusal = null;
    await check("QK12ABC347", owed.paymentId);
    h.advance(RECEIPT_CHECK_GIVE_UP_MS - 1000);
    expect(await h.services.receiptChecks.giveUpReceiptChecks()).toBe(0);
    h.advance(2000);
    expect(await h.services.receiptChecks.giveUpReceiptChecks()).toBe(1);
    expect(await h.db.receiptCheck.findFirstOrThrow({ where: { receipt: "QK12ABC347" } })).toMatchObject({ state: "FAILED", resultDesc: "no_answer" });
    await h.deliverNotifications();
    expect(h.sent(operator).filter((text) => text.includes("did not answer"))).toHaveLength(2);
  });

  it("a result that comes after the check was given up still settles the bill with M-Pesa's confirmed money, once", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await check("QK12ABC347", owed.paymentId);
    h.advance(RECEIPT_CHECK_GIVE_UP_MS + 1000);
    expect(await h.services.receiptChecks.giveUpReceiptChecks()).toBe(1);
    await h.deliverNotifications();
    const found = statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC347", amountKes: 120 });
    expect((await deliverStatus(h, "STATUS_RESULT", found)).status).toBe("APPLIED");
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", receipt: "QK12ABC347" });
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "CONFIRMED" });
    expect((await deliverStatus(h, "STATUS_RESULT", found)).status).toBe("DUPLICATE");
    await h.deliverNotifications();
    expect(h.latest(operator).text).toContain("QK12ABC347");
    expect(h.latest(operator).text).not.toContain("did not answer");
    expect(await h.db.menuPayment.count()).toBe(1);
  });

  it("a result stored unmatched while its check's ids were being written is applied before the check is given up", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await check("QK12ABC349", owed.paymentId);
    // As two instances on PostgreSQL can leave it: the result was looked at before the ids were committed.
    const body = JSON.stringify(statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC349", amountKes: 120 }));
    await h.db.mpesaNotice.create({
      data: { kind: "STATUS_RESULT", receivedAt: h.clock.now(), body, key: FakeReceiptStatus.originator(1), status: "UNMATCHED" },
    });
    h.advance(RECEIPT_CHECK_GIVE_UP_MS + 1000);
    expect(await h.services.receiptChecks.giveUpReceiptChecks()).toBe(0);
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "CONFIRMED" });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", receipt: "QK12ABC349" });
    expect(await h.db.mpesaNotice.findFirstOrThrow()).toMatchObject({ status: "APPLIED" });
  });

  it("a not-found result after the check was given up changes nothing", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await check("QK12ABC348", owed.paymentId);
    h.advance(RECEIPT_CHECK_GIVE_UP_MS + 1000);
    await h.services.receiptChecks.giveUpReceiptChecks();
    expect((await deliverStatus(h, "STATUS_RESULT", statusNotFound(FakeReceiptStatus.originator(1), "QK12ABC348"))).status).toBe("DUPLICATE");
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "FAILED" });
  });

  it("a result that arrives before its query's ids are stored is applied once they are", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    const asked = gateway.transactionStatus.bind(gateway);
    gateway.transactionStatus = async (receipt) => {
      const ids = await asked(receipt);
      const early = await deliverStatus(h, "STATUS_RESULT", statusFound(ids.originatorConversationId, { receipt, amountKes: 120 }));
      expect(early.status).toBe("UNMATCHED");
      return ids;
    };
    // The answer is the caller's to show: no edit through the outbox races with theirs.
    expect(await check("QK12ABC345", owed.paymentId, 77)).toMatchObject({ kind: "settled", confirmed: true, bill: { paymentId: owed.paymentId } });
    expect(await h.db.outboxMessage.count({ where: { dedupeKey: { startsWith: "receipt-check:" } } })).toBe(0);
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "CONFIRMED" });
    expect(await h.db.mpesaNotice.findFirstOrThrow()).toMatchObject({ status: "APPLIED" });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", receipt: "QK12ABC345" });
  });
});
