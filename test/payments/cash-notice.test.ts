// Managers hear about cash taken as they do about M-Pesa payments: through the outbox, written with the
// payment. Whoever took the cash reads it on their own screen already; deactivated staff hear nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { computerId, createHarness, type Harness, type TestUser } from "../support/harness.js";

describe("cash taken", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;
  let otherManager: TestUser;
  let formerManager: TestUser;
  let managerId: number;
  let customerId: number;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    otherManager = h.user(7002, "Moses");
    formerManager = h.user(7003, "Martin");
    const operatorId = await h.addStaff(operator, "OPERATOR");
    managerId = await h.addStaff(manager, "MANAGER");
    await h.addStaff(otherManager, "MANAGER");
    const formerId = await h.addStaff(formerManager, "MANAGER");
    expect(await h.services.staff.deactivateStaff(managerId, formerId)).toMatchObject({ ok: true });
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
    if (!customer.ok) throw new Error("customer");
    customerId = customer.customer.id;
    await h.services.sessions.startSession({ customerId, computerId: await computerId(h, "PC-4"), staffId: operatorId });
    h.advance(72 * 60 * 1000);
  });
  afterEach(() => h.close());

  const notice = "💵 KES 120 paid in cash: Jane Wanjiku (session). Taken by Otieno.";

  it("after End: every active manager is told, once, through the outbox", async () => {
    await h.send(operator, "/sessions");
    await h.press(operator, /^⏹ End/);
    const question = h.latest(operator).messageId;
    await h.press(operator, texts.settle.cashButton);
    // Written with the payment, before anything is delivered.
    const queued = await h.db.outboxMessage.findMany({ where: { status: "PENDING" }, orderBy: { chatId: "asc" } });
    expect(queued.map((row) => Number(row.chatId))).toEqual([manager.id, otherManager.id]);

    await h.pressData(operator, `settle:cash:${(await h.db.payment.findFirstOrThrow()).id}`, question);
    expect(await h.deliverNotifications()).toBe(2);
    expect(h.sent(manager)).toEqual([notice]);
    expect(h.sent(otherManager)).toEqual([notice]);
    expect(h.sent(formerManager)).toEqual([]);
    expect(await h.db.outboxMessage.count({ where: { chatId: BigInt(formerManager.id) } })).toBe(0);
    expect(await h.db.outboxMessage.count({ where: { chatId: BigInt(operator.id) } })).toBe(0);
  });

  it("a manager who takes the cash is not told about it again; the other managers are", async () => {
    await h.send(manager, "/sessions");
    await h.press(manager, /^⏹ End/);
    await h.press(manager, texts.settle.cashButton);
    expect(h.latest(manager).text).toBe("💵 KES 120 cash from Jane Wanjiku, taken by Mary.");
    expect(await h.deliverNotifications()).toBe(1);
    expect(h.sent(otherManager)).toEqual(["💵 KES 120 paid in cash: Jane Wanjiku (session). Taken by Mary."]);
    expect(h.sent(manager)).not.toContain("💵 KES 120 paid in cash: Jane Wanjiku (session). Taken by Mary.");
  });

  it("through /pay: the managers are told too, without '(session)'", async () => {
    await h.send(operator, "/pay");
    await h.send(operator, "jane");
    await h.press(operator, /^Jane Wanjiku/);
    await h.send(operator, "500");
    await h.send(operator, "0");
    await h.send(operator, "today");
    await h.press(operator, texts.settle.cashButton);
    expect(h.latest(operator).text).toBe("💵 KES 500 cash from Jane Wanjiku, taken by Otieno.");
    await h.deliverNotifications();
    expect(h.sent(manager)).toEqual(["💵 KES 500 paid in cash: Jane Wanjiku. Taken by Otieno."]);
  });

  it("is written in the same transaction: when the notice cannot be written, the cash is not recorded either", async () => {
    const payment = await h.services.payments.recordPayment({ customerId, amountKes: 50, balanceKes: 0, date: "2026-11-28", staffId: managerId });
    h.context.notices.cashTaken = () => {
      throw new Error("no words today");
    };
    await expect(h.services.payments.takeCash(payment.id, managerId)).rejects.toThrow("no words today");
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ state: "NOT_REQUESTED", method: null, settledById: null });
    expect(await h.db.outboxMessage.count()).toBe(0);
  });

  it("a cash refusal (already paid) tells nobody", async () => {
    const payment = await h.services.payments.recordPayment({ customerId, amountKes: 50, balanceKes: 0, date: "2026-11-28", staffId: managerId });
    expect(await h.services.payments.takeCash(payment.id, managerId)).toMatchObject({ ok: true });
    expect(await h.services.payments.takeCash(payment.id, managerId)).toMatchObject({ ok: false, reason: "already_paid" });
    expect(await h.db.outboxMessage.count()).toBe(1);
  });
});
