// /unplaced: money paid from the M-Pesa menu that fits no bill, put on one with two taps, or set aside
// by a manager; the unplaced notice opens the same placing screen.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { c2bBody } from "../support/daraja-callbacks.js";
import { englishWordsIn } from "../support/english-words.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment } from "../support/steps.js";

describe("/unplaced", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
  });
  afterEach(() => h.close());

  async function confirm(fields: Record<string, string>) {
    const answer = await h.app.inject({ method: "POST", url: "/payments/confirmation/", payload: JSON.stringify(c2bBody(fields)) });
    expect(answer.statusCode).toBe(200);
    await h.deliverNotifications();
  }

  it("two owed bills fit: listed, never guessed; the operator puts it on the right one with two taps", async () => {
    await owedPayment(h, { operator, phone: "254712345149", minutes: 72, endedAt: "service" });
    const second = await owedPayment(h, { operator, customer: "John Kamau", phone: "254798765149", minutes: 72, endedAt: "service" });
    await confirm({ TransactionType: "Buy Goods", TransID: "QK12ABC500", TransAmount: "120", BillRefNumber: "", FirstName: "John" });
    expect(await h.db.payment.count({ where: { state: "PAID" } })).toBe(0);

    await h.send(operator, "/unplaced");
    const list = h.latest(operator);
    expect(list.text).toContain("KES 120 by John, 2547 ***** 149, receipt QK12ABC500");
    expect(list.text).toContain("More than one open bill has that amount");
    await h.press(operator, "KES 120 · QK12ABC500");
    const screen = h.latest(operator);
    expect(screen.messageId).toBe(list.messageId);
    expect(screen.buttons.map((button) => button.text)).toEqual([
      `S${second.sessionId} · John Kamau · KES 120`,
      expect.stringMatching(/^S\d+ · Jane Wanjiku · KES 120$/) as unknown,
      texts.menu.place.allBillsButton,
    ]);
    await h.press(operator, `S${second.sessionId} · John Kamau · KES 120`);
    expect(h.latest(operator).text).toBe(`✅ KES 120 (receipt QK12ABC500) put on bill S${second.sessionId} of John Kamau: paid.`);
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: second.paymentId } })).toMatchObject({ state: "PAID", receipt: "QK12ABC500" });
    expect(await h.db.menuPayment.findFirstOrThrow()).toMatchObject({ placement: "STAFF", paymentId: second.paymentId });
    await h.deliverNotifications();
    expect(h.sent(manager).at(-1)).toMatch(/Paid from the M-Pesa menu: KES 120 for John Kamau.*placed by hand/);

    await h.send(operator, "/unplaced");
    expect(h.latest(operator).text).toBe(texts.menu.list.empty);
  });

  it("the unplaced notice opens the placing screen; a bill of another amount is refused, saying why", async () => {
    const other = await owedPayment(h, { operator, phone: "254700000001", minutes: 30, endedAt: "service" });
    await confirm({ TransID: "QK12ABC501", TransAmount: "75", BillRefNumber: "Jane" });
    const notice = h.latest(operator);
    expect(notice.text).toContain("receipt QK12ABC501");
    await h.press(operator, texts.menu.placeButton);
    expect(h.latest(operator).text).toContain("No owed bill is of KES 75");
    await h.press(operator, texts.menu.place.allBillsButton);
    const bill = await h.db.payment.findUniqueOrThrow({ where: { id: other.paymentId } });
    await h.press(operator, `S${other.sessionId} · Jane Wanjiku · KES ${bill.amountKes}`);
    expect(h.latest(operator).text).toContain(
      `❌ Bill S${other.sessionId} is KES ${bill.amountKes}, the payment KES 75: a bill takes only its exact amount. Paid less? ✂️ Lower the bill first.`,
    );
    const alert = h.telegram.callsOf("answerCallbackQuery").at(-1)?.params;
    expect(alert).toMatchObject({ show_alert: true });
    // Telegram shows at most 200 characters in a tap's alert: in Kiswahili too, which runs longer.
    expect(String(alert?.text).length).toBeLessThanOrEqual(200);
    await h.db.staff.update({ where: { telegramId: BigInt(operator.id) }, data: { language: "sw" } });
    await h.press(operator, texts.menu.place.allBillsButton);
    await h.press(operator, `S${other.sessionId} · Jane Wanjiku · Ksh ${bill.amountKes}`);
    const swahili = String(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text);
    expect(englishWordsIn(swahili)).toEqual([]);
    expect(swahili.length).toBeLessThanOrEqual(200);
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: other.paymentId } })).state).toBe("NOT_REQUESTED");
  });

  it("a manager sets one aside with a note: it leaves the list, and the audit trail says why; operators get no such button", async () => {
    await confirm({ TransID: "QK12ABC502", TransAmount: "75", BillRefNumber: "" });
    await h.send(operator, "/unplaced");
    await h.press(operator, "KES 75 · QK12ABC502");
    expect(h.latest(operator).buttons.map((button) => button.text)).not.toContain(texts.menu.place.setAsideButton);

    await h.send(manager, "/unplaced");
    await h.press(manager, "KES 75 · QK12ABC502");
    await h.press(manager, texts.menu.place.setAsideButton);
    expect(h.latest(manager).text).toContain("Why set aside KES 75");
    await h.send(manager, "Refunded to the customer");
    expect(h.latest(manager).text).toContain("set aside: it left /unplaced");
    const audit = await h.db.auditEntry.findFirstOrThrow({ where: { action: "menu_payment_set_aside" } });
    expect(JSON.parse(audit.details ?? "{}")).toEqual({ receipt: "QK12ABC502", note: "Refunded to the customer" });
    await h.send(operator, "/unplaced");
    expect(h.latest(operator).text).toBe(texts.menu.list.empty);
  });
});
