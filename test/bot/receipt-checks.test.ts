// 🧾 Check a receipt: the operator types or forwards the receipt a customer shows, under the bill or on
// its own, and hears whether it paid the bill: found among what M-Pesa sent, found through Transaction
// Status, not found, or already used for a bill.
import { afterEach, describe, expect, it } from "vitest";
import { placeMenuPayment, recordMenuPayment } from "../../src/services/menu-payments.js";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { FakeReceiptStatus, deliverStatus, statusFound, statusNotFound } from "../support/receipt-status.js";
import { owedPayment } from "../support/steps.js";

const SMS = (receipt: string, amount: string) =>
  `${receipt} Confirmed. Ksh${amount} sent to CYBER CAFE for account S12 on 28/11/26 at 10:15 AM New M-PESA balance is Ksh1,230.00. Transaction cost, Ksh0.00.`;

let h: Harness;
let operator: TestUser;
let gateway: FakeReceiptStatus;

async function setUp(configured: boolean): Promise<void> {
  gateway = new FakeReceiptStatus();
  h = await createHarness({}, { receiptStatus: configured ? gateway : null });
  operator = h.user(5001, "Otieno");
  await h.addStaff(operator, "OPERATOR");
  await h.addStaff(h.user(7001, "Mary"), "MANAGER");
}
afterEach(() => h.close());

const menuPayment = (receipt: string, amountKes: number) =>
  h.db.$transaction(async (tx) => {
    const fields = {
      receipt,
      amountKes,
      transactionType: "Pay Bill",
      shortCode: "174379",
      accountNumber: null,
      payerPhone: null,
      payerName: "JANE",
      paidAt: h.clock.now(),
    };
    return (await recordMenuPayment(h.context, tx, fields)).menuPayment;
  });

const bill = (paymentId: number) => h.db.payment.findUniqueOrThrow({ where: { id: paymentId } });

describe("🧾 Check a receipt under a bill", () => {
  it("is offered under the bill, asks again for a text without a receipt, and settles the bill with money M-Pesa sent", async () => {
    await setUp(false);
    const owed = await owedPayment(h, { operator });
    expect(h.latest(operator).buttons.map((b) => b.text)).toContain(texts.receipts.button);
    await menuPayment("QK12ABC345", 120);

    await h.press(operator, texts.receipts.button);
    expect(h.latest(operator).text).toBe(texts.receipts.ask);
    await h.send(operator, "the customer paid");
    expect(h.latest(operator).text).toBe(texts.receipts.noReceipt);
    await h.send(operator, SMS("QK12ABC345", "120.00"));
    expect(h.latest(operator).text).toBe(`✅ Receipt QK12ABC345 paid bill S${owed.sessionId} (Jane Wanjiku, KES 120).`);
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", receipt: "QK12ABC345" });
    // The bill's question loses its buttons: they would ask for the money again.
    expect(h.telegram.message(operator.id, owed.messageId!)?.reply_markup).toBeUndefined();
  });

  it("/cancel stops the question", async () => {
    await setUp(false);
    await owedPayment(h, { operator });
    await h.press(operator, texts.receipts.button);
    await h.send(operator, "/cancel");
    expect(h.latest(operator).text).toBe(texts.cancelled);
    await h.send(operator, "hello");
    expect(h.latest(operator).text).toBe(texts.unknownCommand);
  });

  it("without Transaction Status credentials, says the receipt has not come and why nothing more can be done", async () => {
    await setUp(false);
    const owed = await owedPayment(h, { operator });
    await h.press(operator, texts.receipts.button);
    await h.send(operator, "qk12abc345");
    const answer = h.latest(operator).text;
    expect(answer).toMatch(/^❔ Receipt QK12ABC345 has not reached the service: no confirmation from M-Pesa yet\. Nothing was credited\./);
    expect(answer).toContain("MPESA_INITIATOR_NAME, MPESA_SECURITY_CREDENTIAL");
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
  });

  it("found through Transaction Status: the operator's message says M-Pesa is asked, then shows the answer", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator });
    await h.press(operator, texts.receipts.button);
    await h.send(operator, "QK12ABC345");
    const asking = h.latest(operator);
    expect(asking.text).toBe(
      `🔎 Asking M-Pesa about receipt QK12ABC345 for bill S${owed.sessionId} (Jane Wanjiku, KES 120)… This message will show the answer.`,
    );
    expect(gateway.asked).toEqual(["QK12ABC345"]);

    await deliverStatus(h, "STATUS_RESULT", statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC345", amountKes: 120 }));
    await h.deliverNotifications();
    expect(h.telegram.message(operator.id, asking.messageId)?.text).toBe(
      `✅ Receipt QK12ABC345, confirmed by M-Pesa, paid bill S${owed.sessionId} (Jane Wanjiku, KES 120).`,
    );
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", method: "MPESA", receipt: "QK12ABC345" });
  });

  it("not found through Transaction Status: the answer says so, nothing credited", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator });
    await h.press(operator, texts.receipts.button);
    await h.send(operator, "QK12ABC345");
    const asking = h.latest(operator);
    await deliverStatus(h, "STATUS_RESULT", statusNotFound(FakeReceiptStatus.originator(1), "QK12ABC345"));
    await h.deliverNotifications();
    expect(h.telegram.message(operator.id, asking.messageId)?.text).toBe(
      "❌ M-Pesa does not know receipt QK12ABC345. Nothing was credited. Check the code on the customer's SMS.",
    );
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
  });

  it("money of another amount is refused, naming both amounts", async () => {
    await setUp(false);
    const owed = await owedPayment(h, { operator });
    await menuPayment("QK12ABC345", 100);
    await h.press(operator, texts.receipts.button);
    await h.send(operator, "QK12ABC345");
    expect(h.latest(operator).text).toBe(
      `⚠️ Receipt QK12ABC345 (KES 100) does not match bill S${owed.sessionId} (Jane Wanjiku, KES 120). Nothing was credited. If the customer paid less, ✂️ Lower the amount of the bill to what was paid and take the rest another way, then put the money on it from /unplaced; otherwise a manager can set it aside there.`,
    );
  });

  it("is offered after a failed prompt too", async () => {
    await setUp(false);
    await owedPayment(h, { operator, phone: "254712340001" });
    await h.press(operator, texts.settle.sendButton);
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(h.latest(operator).text).toMatch(/failed/);
    expect(h.latest(operator).buttons.map((b) => b.text)).toContain(texts.receipts.button);
  });
});

describe("a receipt sent on its own", () => {
  it("already used: names the bill it paid", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    const money = await menuPayment("QK12ABC345", 120);
    await h.db.$transaction((tx) => placeMenuPayment(h.context, tx, money.id, owed.paymentId, { placement: "REFERENCE", staffId: null }));
    await h.send(operator, SMS("QK12ABC345", "120.00"));
    expect(h.latest(operator).text).toBe(`🧾 Receipt QK12ABC345 paid bill S${owed.sessionId} (Jane Wanjiku, KES 120): it cannot pay another bill.`);
    expect(gateway.asked).toEqual([]);
  });

  it("unknown: offers the owed bills, those of the SMS's amount first, and checks it for the one tapped", async () => {
    await setUp(true);
    const long = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", minutes: 90, endedAt: "service" }); // KES 150
    const owed = await owedPayment(h, { operator, endedAt: "service" }); // KES 120
    await h.send(operator, SMS("QK12ABC345", "120.00"));
    const question = h.latest(operator);
    expect(question.text).toBe("🧾 Receipt QK12ABC345 (KES 120): which bill is it for?");
    expect(question.buttons.map((b) => b.text)).toEqual([`S${owed.sessionId} · Jane Wanjiku · KES 120`, `S${long.sessionId} · John Kamau · KES 150`]);

    await h.press(operator, `S${owed.sessionId} · Jane Wanjiku · KES 120`);
    expect(h.latest(operator)).toMatchObject({
      messageId: question.messageId,
      text: `🔎 Asking M-Pesa about receipt QK12ABC345 for bill S${owed.sessionId} (Jane Wanjiku, KES 120)… This message will show the answer.`,
      buttons: [],
    });
    // Sent again while M-Pesa is being asked: not asked twice.
    await h.send(operator, "QK12ABC345");
    expect(h.latest(operator).text).toBe(
      `🔎 M-Pesa is already being asked about receipt QK12ABC345 for bill S${owed.sessionId} (Jane Wanjiku, KES 120): wait for that answer.`,
    );
    expect(gateway.asked).toEqual(["QK12ABC345"]);

    await deliverStatus(h, "STATUS_RESULT", statusFound(FakeReceiptStatus.originator(1), { receipt: "QK12ABC345", amountKes: 120 }));
    await h.deliverNotifications();
    expect(h.telegram.message(operator.id, question.messageId)?.text).toMatch(/^✅ Receipt QK12ABC345, confirmed by M-Pesa, paid bill/);
    expect(await bill(long.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
  });

  it("the bill the SMS's account number names comes first, however many bills are owed", async () => {
    await setUp(true);
    for (let n = 0; n < 11; n++) await owedPayment(h, { operator, customer: `Guest${n} Mwangi`, phone: null, minutes: 30, endedAt: "service" });
    const named = await owedPayment(h, { operator, endedAt: "service" });
    await h.send(operator, SMS("QK12ABC345", "120.00").replace("account S12", `account S${named.sessionId}`));
    const buttons = h.latest(operator).buttons.map((b) => b.text);
    expect(buttons[0]).toBe(`S${named.sessionId} · Jane Wanjiku · KES 120`);
    expect(buttons).toHaveLength(10);
  });

  it("a message that only holds ten letters (a name in capitals, a word) is not taken for a receipt", async () => {
    await setUp(true);
    await owedPayment(h, { operator, endedAt: "service" });
    for (const text of ["WASHINGTON", "LAMINATION please", "K7B2ABC1D9 is the plate"]) {
      await h.send(operator, text);
      expect(h.latest(operator).text, text).toBe(texts.unknownCommand);
    }
    expect(gateway.asked).toEqual([]);
  });

  it("a button whose data holds no receipt code checks nothing", async () => {
    await setUp(true);
    const owed = await owedPayment(h, { operator, endedAt: "service" });
    await h.send(operator, "QK12ABC345");
    await h.pressData(operator, `rcpt:qk12abc345:${owed.paymentId}`, h.latest(operator).messageId);
    expect(gateway.asked).toEqual([]);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(texts.staleButton);
  });

  it("no bill owed, and a text without a receipt, are answered plainly", async () => {
    await setUp(false);
    await h.send(operator, "QK12ABC345");
    expect(h.latest(operator).text).toBe("🧾 Receipt QK12ABC345: no bill is owed now, so there is nothing to check it for.");
    await h.send(operator, "hello there");
    expect(h.latest(operator).text).toBe(texts.unknownCommand);
  });
});
