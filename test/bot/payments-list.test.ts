// /payments: one line per payment, a button each that opens its details; an unsettled one's details
// carry the same buttons as /unpaid's question.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { msisdn } from "../support/phone.js";

describe("/payments", () => {
  let h: Harness;
  let otieno: TestUser;
  let otienoId: number;
  let achiengId: number;
  let customerId: number;

  beforeEach(async () => {
    h = await createHarness();
    otieno = h.user(5001, "Otieno");
    otienoId = await h.addStaff(otieno, "OPERATOR");
    achiengId = await h.addStaff(h.user(5002, "Achieng"), "OPERATOR");
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
    if (!customer.ok) throw new Error("customer");
    customerId = customer.customer.id;
  });
  afterEach(() => h.close());

  const record = (amountKes: number, date = "2026-11-28", balanceKes = 0) =>
    h.services.payments.recordPayment({ customerId, amountKes, balanceKes, date, staffId: otienoId });

  it("lists one line per payment and opens each one's details on tap", async () => {
    const cash = await record(40);
    h.advance(10 * 60 * 1000);
    expect(await h.services.payments.takeCash(cash.id, achiengId)).toMatchObject({ ok: true });
    await record(150, "2026-11-27", 200);
    const mpesa = await record(300);
    expect(
      await h.services.payments.requestMpesaPayment({ paymentId: mpesa.id, phone: msisdn("254712345678"), staffId: otienoId, chatId: null, messageId: null }),
    ).toMatchObject({ ok: true });
    await h.customersAnswer();
    const receipt = (await h.db.payment.findUniqueOrThrow({ where: { id: mpesa.id } })).receipt;
    expect(receipt).toMatch(/^[A-Z0-9]{10}$/);

    await h.send(otieno, "/payments");
    const list = h.latest(otieno);
    expect(list.text).toBe(
      [
        "Recent payments:",
        "✅ #3 Jane Wanjiku · KES 300 · 28/11/2026 · simulated M-Pesa 🧪",
        "⚪ #2 Jane Wanjiku · KES 150 · 27/11/2026 · not requested",
        "✅ #1 Jane Wanjiku · KES 40 · 28/11/2026 · cash",
        "",
        "Tap one for its details.",
      ].join("\n"),
    );
    expect(list.buttons.map((b) => b.text)).toEqual(["✅ #3 Jane Wanjiku · KES 300", "⚪ #2 Jane Wanjiku · KES 150", "✅ #1 Jane Wanjiku · KES 40"]);

    await h.press(otieno, texts.payments.detailsButton({ id: 1, customerName: "Jane Wanjiku", amountKes: 40, state: "PAID" }));
    expect(h.latest(otieno).text).toBe(
      [
        "✅ Payment #1: KES 40",
        "Customer: Jane Wanjiku · 0712 345 678",
        "Date: 28/11/2026",
        "Method: cash",
        "State: paid",
        "Recorded by Otieno on 28/11/2026 09:00",
        "Settled by Achieng on 28/11/2026 09:10",
      ].join("\n"),
    );
    expect(h.latest(otieno).buttons).toEqual([]);

    await h.press(otieno, texts.payments.detailsButton({ id: 3, customerName: "Jane Wanjiku", amountKes: 300, state: "PAID" }));
    const details = h.latest(otieno).text;
    expect(details).toContain("Method: simulated M-Pesa 🧪, prompt to 0712 345 678\nState: paid");
    expect(details).toContain(`Receipt: ${receipt!}`);
    expect(details).toContain("Settled by Otieno on 28/11/2026 09:10");

    // Not paid yet: the same buttons as /unpaid's question, and they work from here.
    await h.press(otieno, texts.payments.detailsButton({ id: 2, customerName: "Jane Wanjiku", amountKes: 150, state: "NOT_REQUESTED" }));
    const owed = h.latest(otieno);
    expect(owed.text).toBe(
      [
        "⚪ Payment #2: KES 150",
        "Customer: Jane Wanjiku · 0712 345 678",
        "Date: 27/11/2026",
        "Method: not chosen yet",
        "State: not requested",
        "Still owed after it: KES 200",
        "Recorded by Otieno on 28/11/2026 09:10",
      ].join("\n"),
    );
    expect(owed.buttons.map((b) => b.text)).toEqual([
      "📲 Send prompt",
      "✏️ Another number",
      "💵 Cash",
      "🕓 Later",
      "✂️ Lower the amount",
      "🧾 Check a receipt",
    ]);
    await h.press(otieno, texts.settle.cashButton);
    expect(h.telegram.message(otieno.id, owed.messageId)?.text).toBe("💵 KES 150 cash from Jane Wanjiku, taken by Otieno.");
  });

  it("pages, with a details button for each payment on the page", async () => {
    for (let i = 1; i <= 11; i++) await record(i);
    await h.send(otieno, "/payments");
    const first = h.latest(otieno);
    expect(first.text.split("\n")).toHaveLength(1 + 10 + 2);
    expect(first.buttons.map((b) => b.text).at(-1)).toBe("Next ▶️");
    await h.press(otieno, texts.payments.nextPage);
    const second = h.latest(otieno);
    expect(second.text).toBe(
      ["Recent payments (page 2):", "⚪ #1 Jane Wanjiku · KES 1 · 28/11/2026 · not requested", "", "Tap one for its details."].join("\n"),
    );
    expect(second.buttons.map((b) => b.text)).toEqual(["⚪ #1 Jane Wanjiku · KES 1", "◀️ Back"]);
  });

  it("answers a tap on a payment that no longer exists with a toast", async () => {
    await record(40);
    await h.send(otieno, "/payments");
    const list = h.latest(otieno);
    await h.db.payment.deleteMany();
    await h.press(otieno, texts.payments.detailsButton({ id: 1, customerName: "Jane Wanjiku", amountKes: 40, state: "NOT_REQUESTED" }));
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe("That payment no longer exists.");
    expect(h.latest(otieno)).toEqual(list);
  });
});
