// /shift: a shift opened with the float, the shift so far, and the cash-up at its close, which the
// managers receive too; one open shift per staff member, also with two instances racing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandMenus } from "../../src/bot/commands.js";
import { texts } from "../../src/texts/index.js";
import { computerId, createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment, promptSent } from "../support/steps.js";

const MINUTE = 60 * 1000;
const t = texts.shifts;

describe("/shift", () => {
  let h: Harness;
  let otieno: TestUser;
  let akinyi: TestUser;
  let mary: TestUser;
  let otienoId: number;
  let akinyiId: number;

  beforeEach(async () => {
    h = await createHarness();
    otieno = h.user(5001, "Otieno");
    akinyi = h.user(5002, "Akinyi");
    mary = h.user(7001, "Mary");
    otienoId = await h.addStaff(otieno, "OPERATOR");
    akinyiId = await h.addStaff(akinyi, "OPERATOR");
    await h.addStaff(mary, "MANAGER");
  });
  afterEach(() => h.close());

  /** Cash taken by `operator` for a session of `minutes` (KES 100 an hour), ended through the service. */
  async function cashTaken(operator: TestUser, staffId: number, customer: string, minutes: number): Promise<void> {
    const owed = await owedPayment(h, { operator, customer, minutes, endedAt: "service" });
    expect(await h.services.payments.takeCash(owed.paymentId, staffId)).toMatchObject({ ok: true });
  }

  async function openShift(user: TestUser, float: string): Promise<void> {
    await h.send(user, "/shift");
    expect(h.latest(user).text).toBe(t.askFloat);
    await h.send(user, float);
  }

  /** /shift with a shift open, then Close and the count; returns the cash-up the staff member reads. */
  async function closeShift(user: TestUser, counted: string): Promise<string> {
    await h.send(user, "/shift");
    await h.press(user, t.closeButton);
    expect(h.latest(user).text).toBe(t.askCounted);
    await h.send(user, counted);
    return h.latest(user).text;
  }

  it("is in the operators' menu and /help", async () => {
    expect(commandMenus().operator.map((c) => c.command)).toContain("shift");
    expect(commandMenus().manager.map((c) => c.command)).toContain("shift");
    await h.send(otieno, "/help");
    expect(h.latest(otieno).text).toContain("/shift");
  });

  it("opens with the float counted into the drawer, asking again for an amount it cannot read", async () => {
    await h.send(otieno, "/shift");
    expect(h.latest(otieno).text).toBe(t.askFloat);
    for (const bad of ["two thousand", "1500.50", "-200", "/skip"]) {
      await h.send(otieno, bad);
      expect(h.latest(otieno).text).toBe(t.invalidFloat);
    }
    expect(await h.db.shift.count()).toBe(0);
    await h.send(otieno, "KES 2,000");
    expect(h.latest(otieno).text).toBe("🟢 Shift opened at 28/11/2026 09:00 with a float of KES 2,000. Send /shift to see it or close it.");
    expect(await h.db.shift.findMany()).toMatchObject([{ staffId: otienoId, openStaffId: otienoId, floatKes: 2000, closedAt: null }]);

    // Another question put aside while the float is asked opens nothing.
    await h.send(akinyi, "/shift");
    await h.send(akinyi, "/pay");
    expect(h.sent(akinyi)).toContain(texts.putAside.shift);
    expect(await h.db.shift.count({ where: { staffId: akinyiId } })).toBe(0);

    // An empty drawer is a float of 0; a manager has shifts too.
    await openShift(mary, "0");
    expect(h.latest(mary).text).toBe("🟢 Shift opened at 28/11/2026 09:00 with a float of KES 0. Send /shift to see it or close it.");
  });

  it("closes with the cash counted: expected is the float and the cash this operator took in the shift; the managers get the cash-up", async () => {
    await h.services.computers.addComputers(["PC-3"], null);
    // Before the shift: Otieno's M-Pesa and cash are not the shift's, also when taken at the instant it opens.
    await promptSent(h, { operator: otieno, customer: "Wanjiru Njeri", phone: "254711112222", minutes: 60 });
    await h.customersAnswer();
    await cashTaken(otieno, otienoId, "Peter Kamau", 72);
    await openShift(otieno, "1000");

    // In the shift: Otieno takes KES 50 in cash and KES 120 by M-Pesa; Akinyi takes cash and M-Pesa too.
    await cashTaken(otieno, otienoId, "John Otieno", 30);
    await promptSent(h, { operator: otieno, customer: "Jane Wanjiku", phone: "254712345678", minutes: 72 });
    await cashTaken(akinyi, akinyiId, "Grace Muthoni", 90);
    await promptSent(h, { operator: akinyi, customer: "Musa Ali", phone: "254722223333", minutes: 60 });
    await h.customersAnswer();
    expect(await h.db.payment.count({ where: { state: "PAID" } })).toBe(6);
    // A session Otieno started on PC-3 still runs.
    const customer = await h.services.customers.createCustomer({ firstName: "Ali", lastName: "Hassan", phone: null, idNumber: null });
    if (!customer.ok) throw new Error("customer not created");
    const pc3 = (await h.db.computer.findUniqueOrThrow({ where: { name: "PC-3" } })).id;
    expect(await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: pc3, staffId: otienoId })).toMatchObject({ ok: true });
    h.advance(30 * MINUTE);

    // Opened at 11:12, the instant Peter's cash was taken (which belongs to before it); now 15:54.
    await h.send(otieno, "/shift");
    expect(h.latest(otieno).text).toBe(
      [
        "🧾 Your shift since 28/11/2026 11:12 (4 h 42 min)",
        "Float: KES 1,000",
        "Cash taken: KES 50",
        "Expected in the drawer: KES 1,050",
        "M-Pesa paid: KES 120",
        "Sessions you started still running: 1",
        "• PC-3: Ali Hassan, since 28/11/2026 15:24, KES 50 so far",
      ].join("\n"),
    );
    await h.press(otieno, t.keepButton);
    expect(h.latest(otieno).text).toBe(t.keptOpen);
    expect(await h.db.shift.count({ where: { closedAt: null } })).toBe(1);

    const cashUp = await closeShift(otieno, "1,000");
    const expected = [
      "🔒 Shift closed: Otieno, 28/11/2026 11:12 – 28/11/2026 15:54 (4 h 42 min)",
      "Float: KES 1,000",
      "Cash taken: KES 50",
      "Expected in the drawer: KES 1,050",
      "Counted: KES 1,000",
      "❗ Short by KES 50",
      "M-Pesa paid (as of the close): KES 120",
      "Sessions left running: 1",
      "• PC-3: Ali Hassan, since 28/11/2026 15:24, KES 50 so far",
    ].join("\n");
    expect(cashUp).toBe(expected);
    expect(await h.db.shift.findFirstOrThrow()).toMatchObject({ openStaffId: null, countedKes: 1000, cashKes: 50, mpesaKes: 120 });

    const shiftNews = () => h.sent(mary).filter((text) => text.startsWith("🔒"));
    expect(shiftNews()).toEqual([]);
    await h.deliverNotifications();
    expect(shiftNews()).toEqual([expected]);
    // Closing it tells the one who closed it in the answer, not again.
    expect(h.sent(otieno).filter((text) => text === expected)).toHaveLength(1);

    // Cash after the close is not in it, nor in the next shift opened later.
    await cashTaken(otieno, otienoId, "Jane Wanjiku", 30);
    await openShift(otieno, "500");
    await h.send(otieno, "/shift");
    expect(h.latest(otieno).text).toContain("Cash taken: KES 0\nExpected in the drawer: KES 500\nM-Pesa paid: KES 0");
  });

  it("says whether the drawer is over, exact or short", async () => {
    const cases = [
      { counted: "700", line: "➕ Over by KES 100" },
      { counted: "600", line: "✅ The drawer agrees: no difference." },
      { counted: "0", line: "❗ Short by KES 600" },
    ];
    for (const { counted, line } of cases) {
      await openShift(otieno, "500");
      await cashTaken(otieno, otienoId, "Jane Wanjiku", 60);
      await h.send(otieno, "/shift");
      await h.press(otieno, t.closeButton);
      await h.send(otieno, "six hundred");
      expect(h.latest(otieno).text).toBe(t.invalidCounted);
      await h.send(otieno, counted);
      const cashUp = h.latest(otieno).text.split("\n");
      expect(cashUp.slice(1, 6)).toEqual([
        "Float: KES 500",
        "Cash taken: KES 100",
        "Expected in the drawer: KES 600",
        `Counted: KES ${Number(counted).toLocaleString("en-KE")}`,
        line,
      ]);
    }
    expect(await h.db.shift.findMany({ orderBy: { id: "asc" }, select: { countedKes: true, cashKes: true, closedAt: true } })).toMatchObject([
      { countedKes: 700, cashKes: 100 },
      { countedKes: 600, cashKes: 100 },
      { countedKes: 0, cashKes: 100 },
    ]);
  });

  it("refuses a second open shift: asked while another instance opened one, and two instances racing", async () => {
    const b = await h.anotherInstance();
    await h.send(otieno, "/shift");
    expect(await b.services.shifts.openShift(otienoId, 300)).toMatchObject({ ok: true });
    await h.send(otieno, "1000");
    expect(h.latest(otieno).text).toBe(
      "Your shift is already open, since 28/11/2026 09:00 with a float of KES 300: nothing was changed. Send /shift to see it or close it.",
    );
    expect(await h.db.shift.findMany()).toMatchObject([{ floatKes: 300, closedAt: null }]);

    // Akinyi's two taps reach two instances at once: one shift opens.
    const opened = await Promise.all([h.services.shifts.openShift(akinyiId, 400), b.services.shifts.openShift(akinyiId, 500)]);
    expect(opened.map((result) => result.ok).sort()).toEqual([false, true]);
    expect(opened.find((result) => !result.ok)).toMatchObject({ ok: false, reason: "already_open" });
    expect(await h.db.shift.count({ where: { staffId: akinyiId } })).toBe(1);

    // Two closes at once: one closes it, the other is told it was closed, and the managers hear once.
    const shift = await h.db.shift.findFirstOrThrow({ where: { staffId: akinyiId } });
    const closed = await Promise.all([h.services.shifts.closeShift(shift.id, akinyiId, 100), b.services.shifts.closeShift(shift.id, akinyiId, 200)]);
    expect(closed.map((result) => (result.ok ? "closed" : result.reason)).sort()).toEqual(["already_closed", "closed"]);
    expect(await h.db.outboxMessage.count({ where: { dedupeKey: { startsWith: `shift:${shift.id}:` } } })).toBe(1);
    // Closed, a new one may open.
    expect(await b.services.shifts.openShift(akinyiId, 600)).toMatchObject({ ok: true, shift: { floatKes: 600 } });
  });

  it("opens a shift once when the same request is repeated", async () => {
    const first = await h.services.shifts.openShift(otienoId, 800, "key-1");
    const again = await h.services.shifts.openShift(otienoId, 800, "key-1");
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    expect(await h.db.shift.count()).toBe(1);
  });

  it("takes the cash given back from the drawer during the shift off what is expected, and records the shift in the audit trail", async () => {
    await openShift(mary, "1000");
    const maryId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(mary.id) } })).id;
    await h.services.computers.addComputers(["PC-4"], null);
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
    if (!customer.ok) throw new Error("customer");
    const started = await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: await computerId(h, "PC-4"), staffId: maryId });
    if (!started.ok) throw new Error("session");
    const sessionId = (await h.db.usageSession.findFirstOrThrow()).id;
    const bought = await h.services.prepaid.prepay({ sessionId, staffId: maryId, minutes: 120, idempotencyKey: "shift-refund" });
    if (!bought.ok) throw new Error("prepay");
    h.advance(MINUTE);
    expect(await h.services.payments.takeCash(bought.paymentId, maryId)).toMatchObject({ ok: true });
    h.advance(44 * MINUTE);
    expect(await h.services.sessions.endSession(sessionId, maryId)).toMatchObject({ ok: true });
    expect(await h.services.prepaid.refundPrepaid(sessionId, maryId)).toMatchObject({ ok: true, amountKes: 125 });

    // Float 1,000 + cash 200 − given back 125.
    const cashUp = await closeShift(mary, "1075");
    expect(cashUp).toContain("Cash taken: KES 200");
    expect(cashUp).toContain("Cash given back: KES 125");
    expect(cashUp).toContain("Expected in the drawer: KES 1,075");
    expect(cashUp).toContain("The drawer agrees");
    expect(await h.db.shift.findFirstOrThrow()).toMatchObject({ cashKes: 200, refundedKes: 125, countedKes: 1075 });

    const entries = await h.db.auditEntry.findMany({ where: { action: { in: ["shift_opened", "shift_closed"] } }, orderBy: { id: "asc" } });
    expect(entries).toMatchObject([
      { action: "shift_opened", staffId: maryId, amountKes: 1000 },
      { action: "shift_closed", staffId: maryId, amountKes: 1075 },
    ]);
    await h.send(mary, "/audit");
    expect(h.latest(mary).text).toContain("Mary: closed a shift: counted KES 1,075, expected KES 1,075");
    expect(h.latest(mary).text).toContain("Mary: opened a shift with a float of KES 1,000");
  });

  /** Jane's session on PC-4 started by Otieno: 2 h prepaid (KES 200, cash taken by Otieno), ended after 45 min; KES 125 unused. */
  async function prepaidSessionEnded(): Promise<number> {
    await h.services.computers.addComputers(["PC-4"], null);
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
    if (!customer.ok) throw new Error("customer");
    const started = await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: await computerId(h, "PC-4"), staffId: otienoId });
    if (!started.ok) throw new Error("session");
    const sessionId = (await h.db.usageSession.findFirstOrThrow()).id;
    const bought = await h.services.prepaid.prepay({ sessionId, staffId: otienoId, minutes: 120, idempotencyKey: "drawer-refund" });
    if (!bought.ok) throw new Error("prepay");
    h.advance(MINUTE);
    expect(await h.services.payments.takeCash(bought.paymentId, otienoId)).toMatchObject({ ok: true });
    h.advance(44 * MINUTE);
    expect(await h.services.sessions.endSession(sessionId, otienoId)).toMatchObject({ ok: true });
    return sessionId;
  }

  it("takes a refund made by a manager with no shift off the drawer of the operator who started the session", async () => {
    const maryId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(mary.id) } })).id;
    await openShift(otieno, "1000");
    const sessionId = await prepaidSessionEnded();
    // Mary, at home with no shift open, presses Refund; Otieno hands the cash over from his drawer.
    expect(await h.services.prepaid.refundPrepaid(sessionId, maryId)).toMatchObject({ ok: true, amountKes: 125, drawer: "Otieno" });
    const shift = await h.db.shift.findFirstOrThrow({ where: { staffId: otienoId } });
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ refundedById: maryId, refundShiftId: shift.id });
    await h.deliverNotifications();
    expect(h.latest(otieno).text).toBe(
      "↩️ Mary refunded KES 125 in cash to Jane Wanjiku (PC-4) for unused prepaid time. No M-Pesa reversal.\nFrom Otieno's drawer: it counts in the cash-up of Otieno's shift.",
    );

    // A shift Mary opens afterwards does not count it.
    await openShift(mary, "500");
    await h.send(mary, "/shift");
    expect(h.latest(mary).text).toContain("Cash taken: KES 0\nExpected in the drawer: KES 500\n");

    // Float 1,000 + cash 200 − given back 125.
    const cashUp = await closeShift(otieno, "1075");
    expect(cashUp).toContain("Cash taken: KES 200\nCash given back: KES 125\nExpected in the drawer: KES 1,075");
    expect(cashUp).toContain("The drawer agrees");
    expect(await h.db.shift.findUniqueOrThrow({ where: { id: shift.id } })).toMatchObject({ cashKes: 200, refundedKes: 125, countedKes: 1075 });
  });

  it("counts a refund made at the moment the drawer's shift closes in that shift's figures, or charges it to no drawer", async () => {
    const b = await h.anotherInstance();
    const maryId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(mary.id) } })).id;
    for (let round = 0; round < 12; round++) {
      const opened = await h.services.shifts.openShift(otienoId, 1000);
      if (!opened.ok) throw new Error("shift");
      const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: `Round${"x".repeat(round + 1)}`, phone: null, idNumber: null });
      if (!customer.ok) throw new Error("customer");
      const started = await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: null, staffId: otienoId });
      if (!started.ok) throw new Error("session");
      const bought = await h.services.prepaid.prepay({ sessionId: started.sessionId, staffId: otienoId, minutes: 120, idempotencyKey: `race-${round}` });
      if (!bought.ok) throw new Error("prepay");
      await h.services.payments.takeCash(bought.paymentId, otienoId);
      h.advance(45 * MINUTE);
      await h.services.sessions.endSession(started.sessionId, otienoId);

      // Mary refunds on one instance while Otieno closes his shift on another.
      const [refund, closed] = await Promise.all([
        b.services.prepaid.refundPrepaid(started.sessionId, maryId),
        h.services.shifts.closeShift(opened.shift.id, otienoId, 1075),
      ]);
      expect(refund).toMatchObject({ ok: true, amountKes: 125 });
      expect(closed).toMatchObject({ ok: true });
      const session = await h.db.usageSession.findUniqueOrThrow({ where: { id: started.sessionId } });
      const shift = await h.db.shift.findUniqueOrThrow({ where: { id: opened.shift.id } });
      if (session.refundShiftId === shift.id) expect([refund, shift.refundedKes]).toMatchObject([{ drawer: "Otieno" }, 125]);
      else expect([refund, session.refundShiftId, shift.refundedKes]).toMatchObject([{ drawer: null }, null, 0]);
      h.advance(MINUTE);
    }
  });

  it("charges no drawer for a refund made while nobody has a shift open, and says so", async () => {
    const maryId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(mary.id) } })).id;
    const sessionId = await prepaidSessionEnded();
    expect(await h.services.prepaid.refundPrepaid(sessionId, maryId)).toMatchObject({ ok: true, amountKes: 125, drawer: null });
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ refundKes: 125, refundShiftId: null });
    await h.deliverNotifications();
    expect(h.latest(otieno).text).toBe(
      "↩️ Mary refunded KES 125 in cash to Jane Wanjiku (PC-4) for unused prepaid time. No M-Pesa reversal.\nNo shift was open, so no drawer was charged: count it at the next cash-up.",
    );
    // Shifts opened later do not count it.
    await openShift(otieno, "1000");
    expect(await closeShift(otieno, "1000")).toContain("Cash taken: KES 0\nExpected in the drawer: KES 1,000");
  });

  it("closes the shift of someone taken off the staff, without a count: managers see what the drawer should hold", async () => {
    const moses = h.user(7002, "Moses");
    await h.addStaff(moses, "MANAGER");
    await openShift(otieno, "1000");
    await cashTaken(otieno, otienoId, "Jane Wanjiku", 30);

    await h.send(mary, "/staff");
    await h.press(mary, texts.manager.staff.deactivateButton("Otieno"));
    await h.press(mary, texts.manager.staff.confirmButton);
    expect(await h.db.shift.findFirstOrThrow()).toMatchObject({ openStaffId: null, countedKes: null, cashKes: 50 });
    expect(h.latest(mary).text).toContain("Otieno's shift was closed without a count: KES 1,050 should be in the drawer.");

    await h.deliverNotifications();
    const cashUp = h.latest(moses).text;
    expect(cashUp).toContain("🔒 Shift closed: Otieno");
    expect(cashUp).toContain("Expected in the drawer: KES 1,050");
    expect(cashUp).toContain("Counted: not counted (closed when Otieno was taken off the staff by Mary)");
    expect(cashUp).not.toMatch(/Short by|Over by|agrees/);

    const closed = await h.db.auditEntry.findFirstOrThrow({ where: { action: "shift_closed" } });
    expect(closed).toMatchObject({ amountKes: null, subjectStaffId: otienoId });
    await h.send(mary, "/audit");
    expect(h.latest(mary).text).toContain("Mary: closed Otieno's shift without a count (taken off the staff): KES 1,050 expected in the drawer");
  });
});
