// Money paid from the M-Pesa menu: recorded once per receipt, placed on one bill only when the bill is
// owed that amount, and everyone concerned told in the same transaction.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { leaveUnplaced, placeMenuPayment, recordMenuPayment, type MenuPaymentFields, type Placement } from "../../src/services/menu-payments.js";
import { businessDate } from "../../src/domain/dates.js";
import type { ServiceContext } from "../../src/services/context.js";
import { pausingAfter, untilDoneOrWaitingForALock } from "../support/db-faults.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment, promptSent } from "../support/steps.js";

const PAID_AT = new Date("2026-03-02T09:15:00Z");

function fields(receipt: string, amountKes: number, more: Partial<MenuPaymentFields> = {}): MenuPaymentFields {
  return {
    receipt,
    amountKes,
    transactionType: "Pay Bill",
    shortCode: "174379",
    accountNumber: null,
    payerPhone: "2547 ***** 678",
    payerName: "Jane",
    paidAt: PAID_AT,
    ...more,
  };
}

describe("menu payments", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;
  let managerId: number;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    await h.addStaff(operator, "OPERATOR");
    managerId = await h.addStaff(manager, "MANAGER");
  });
  afterEach(() => h.close());

  const record = (f: MenuPaymentFields) => h.db.$transaction((tx) => recordMenuPayment(h.context, tx, f));
  const placeOn = (context: ServiceContext, menuPaymentId: number, paymentId: number, how: Placement = { placement: "REFERENCE", staffId: null }) =>
    context.db.$transaction((tx) => placeMenuPayment(context, tx, menuPaymentId, paymentId, how));
  const place = (menuPaymentId: number, paymentId: number, how?: Placement) => placeOn(h.context, menuPaymentId, paymentId, how);

  describe("placed on two instances at once (the race shows on PostgreSQL)", () => {
    /** Places on the first instance; once its bill is credited (not yet committed), `meanwhile` runs. */
    function placePausing(menuPaymentId: number, paymentId: number, meanwhile: () => Promise<void>) {
      return placeOn({ ...h.context, db: pausingAfter(h.db, "payment.updateMany", meanwhile) }, menuPaymentId, paymentId);
    }

    it("one receipt placed on two bills at once settles one of them", async () => {
      const b = await h.anotherInstance();
      const jane = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
      const john = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", minutes: 72, endedAt: "service" });
      const { menuPayment } = await record(fields("QK12ABC360", 120));
      let second: Promise<unknown> = Promise.resolve();
      const first = await placePausing(menuPayment.id, jane.paymentId, async () => {
        second = placeOn(b.context, menuPayment.id, john.paymentId);
        await untilDoneOrWaitingForALock(h.db, second);
      });
      expect(first).toMatchObject({ ok: true });
      expect(await second).toMatchObject({ ok: false, reason: "menu_payment_placed", bill: { paymentId: jane.paymentId } });
      expect(await h.db.payment.findUniqueOrThrow({ where: { id: john.paymentId } })).toMatchObject({ state: "NOT_REQUESTED", receipt: null });
      expect(await h.db.menuPayment.findUniqueOrThrow({ where: { id: menuPayment.id } })).toMatchObject({ paymentId: jane.paymentId });
    });

    it("two receipts placed on one bill at once: the second is refused as paid, without an error", async () => {
      const b = await h.anotherInstance();
      const jane = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
      const one = await record(fields("QK12ABC361", 120));
      const two = await record(fields("QK12ABC362", 120));
      let second: Promise<unknown> = Promise.resolve();
      const first = await placePausing(one.menuPayment.id, jane.paymentId, async () => {
        second = placeOn(b.context, two.menuPayment.id, jane.paymentId);
        await untilDoneOrWaitingForALock(h.db, second);
      });
      expect(first).toMatchObject({ ok: true });
      expect(await second).toMatchObject({ ok: false, reason: "bill_paid" });
      expect(await h.db.payment.findUniqueOrThrow({ where: { id: jane.paymentId } })).toMatchObject({ receipt: "QK12ABC361" });
      expect(await h.db.menuPayment.findUniqueOrThrow({ where: { id: two.menuPayment.id } })).toMatchObject({ paymentId: null });
    });
  });

  it("records a receipt once however many times it is reported", async () => {
    const first = await record(fields("QK12ABC345", 120));
    const again = await record(fields("QK12ABC345", 999, { payerName: "Someone else" }));
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.menuPayment).toEqual(first.menuPayment);
    expect(await h.db.menuPayment.count()).toBe(1);
  });

  it("settles an owed bill of the same amount with its receipt, and tells the operator and the managers", async () => {
    const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
    const { menuPayment } = await record(fields("QK12ABC345", 120));
    const placed = await place(menuPayment.id, owed.paymentId);
    expect(placed).toMatchObject({ ok: true, bill: { reference: `S${owed.sessionId}`, amountKes: 120 } });
    const payment = await h.db.payment.findUniqueOrThrow({ where: { id: owed.paymentId } });
    expect(payment).toMatchObject({ state: "PAID", method: "MPESA", receipt: "QK12ABC345", paidAt: PAID_AT });
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { id: menuPayment.id } })).toMatchObject({ paymentId: owed.paymentId, placement: "REFERENCE" });
    await h.deliverNotifications();
    for (const user of [operator, manager]) {
      expect(h.sent(user).at(-1)).toMatch(
        new RegExp(
          `Paid from the M-Pesa menu: KES 120 for Jane Wanjiku \\(bill S${owed.sessionId}\\), paid by Jane, 2547 \\*\\*\\*\\*\\* 678, receipt QK12ABC345`,
        ),
      );
    }
    const audit = await h.db.auditEntry.findFirstOrThrow({ where: { action: "menu_payment_placed" } });
    expect(audit).toMatchObject({ paymentId: owed.paymentId, amountKes: 120, staffId: null });
  });

  it("counts money reported by the built-in simulator as simulated, in messages, the payment and the report", async () => {
    const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
    const { menuPayment } = await record(fields("QK12ABC351", 120, { paidAt: h.clock.now() }));
    expect(menuPayment.simulated).toBe(true);
    expect((await place(menuPayment.id, owed.paymentId)).ok).toBe(true);
    await h.deliverNotifications();
    expect(h.sent(manager).at(-1)).toMatch(/^🧪/);
    expect(await h.services.payments.getPayment(owed.paymentId)).toMatchObject({ state: "PAID", simulated: true });
    const day = businessDate(h.clock.now(), h.config.service.timezone);
    const report = await h.services.reports.periodReport({ from: day, to: day });
    expect(report.takings.simulated).toMatchObject({ kes: 120, count: 1 });
  });

  it("edits the operator's message of a prompt that failed, instead of leaving its buttons to ask again", async () => {
    const owed = await promptSent(h, { operator, phone: "254712340001", minutes: 72 });
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(h.latest(operator).text).toMatch(/failed/);
    const { menuPayment } = await record(fields("QK12ABC346", 120));
    expect((await place(menuPayment.id, owed.paymentId)).ok).toBe(true);
    await h.deliverNotifications();
    const latest = h.latest(operator);
    expect(latest.messageId).toBe(owed.messageId);
    expect(latest.text).toMatch(/Paid from the M-Pesa menu/);
    expect(latest.buttons).toEqual([]);
  });

  it("refuses, changing nothing, a bill of another amount, a bill already paid, and a receipt already on a bill", async () => {
    const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
    const other = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", minutes: 72, endedAt: "service" });
    const wrongAmount = await record(fields("QK12ABC347", 100));
    expect(await place(wrongAmount.menuPayment.id, owed.paymentId)).toMatchObject({ ok: false, reason: "amount_differs", bill: { amountKes: 120 } });

    const right = await record(fields("QK12ABC348", 120));
    expect((await place(right.menuPayment.id, owed.paymentId, { placement: "STAFF", staffId: managerId })).ok).toBe(true);
    expect(await place(right.menuPayment.id, other.paymentId)).toMatchObject({ ok: false, reason: "menu_payment_placed", bill: { paymentId: owed.paymentId } });

    const second = await record(fields("QK12ABC349", 120));
    expect(await place(second.menuPayment.id, owed.paymentId)).toMatchObject({ ok: false, reason: "bill_paid" });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: other.paymentId } })).toMatchObject({ state: "NOT_REQUESTED", receipt: null });
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { id: second.menuPayment.id } })).toMatchObject({ paymentId: null });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: owed.paymentId } })).toMatchObject({ receipt: "QK12ABC348", settledById: managerId });
  });

  it("lists money that fits no bill once, and tells every active staff member once", async () => {
    const { menuPayment } = await record(fields("QK12ABC350", 75, { accountNumber: "Jane W" }));
    await h.db.$transaction((tx) => leaveUnplaced(h.context, tx, menuPayment, "reference_unknown", null));
    await h.db.$transaction((tx) => leaveUnplaced(h.context, tx, menuPayment, "reference_unknown", null));
    await h.deliverNotifications();
    for (const user of [operator, manager]) {
      const told = h.sent(user).filter((text) => text.includes("QK12ABC350"));
      expect(told).toHaveLength(1);
      expect(told[0]).toContain("account “Jane W”");
      expect(told[0]).toContain("/unplaced");
    }
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { id: menuPayment.id } })).toMatchObject({ unplacedReason: "reference_unknown" });
  });
});
