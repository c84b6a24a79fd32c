import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandMenus } from "../../src/bot/commands.js";
import { CHART_PNG } from "../../src/charts/takings-chart.js";
import { texts } from "../../src/texts/index.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { pngSize } from "../support/png.js";
import { owedPayment, promptSent } from "../support/steps.js";

const MINUTE = 60 * 1000;
const t = texts.reports;

describe("/report for managers", () => {
  let h: Harness;
  let manager: TestUser;
  let otieno: TestUser;
  let akinyi: TestUser;
  let otienoId: number;
  let akinyiId: number;

  beforeEach(async () => {
    h = await createHarness();
    manager = h.user(1001, "Mary");
    otieno = h.user(1002, "Otieno");
    akinyi = h.user(1003, "Akinyi");
    await h.addStaff(manager, "MANAGER");
    otienoId = await h.addStaff(otieno, "OPERATOR");
    akinyiId = await h.addStaff(akinyi, "OPERATOR");
  });
  afterEach(() => h.close());

  /** The newest text message to the manager after sending `text` (the chart, a photo, may follow it). */
  async function ask(text: string): Promise<string> {
    await h.send(manager, text);
    return h.sent(manager).at(-1) ?? "";
  }

  const photosTo = (user: TestUser) => h.telegram.callsOf("sendPhoto").filter((call) => Number(call.params.chat_id) === user.id);

  /**
   * The harness starts at 28/11/2026 09:00 in Nairobi. A session from 23:30 that night to 00:30 on the
   * 29th, paid in cash; then on the 29th: M-Pesa and cash by two operators, one not asked for, one
   * failed prompt, one prompt still out, one paid with another amount.
   */
  async function busyDay(): Promise<void> {
    h.advance(14.5 * 60 * MINUTE);
    const midnight = await owedPayment(h, { operator: akinyi, customer: "Peter Kamau", minutes: 60, endedAt: "service" });
    expect(await h.services.payments.takeCash(midnight.paymentId, akinyiId)).toMatchObject({ ok: true });

    await promptSent(h, { operator: otieno, customer: "Jane Wanjiku", phone: "254712345678", minutes: 72 });
    await h.customersAnswer();
    const cash = await owedPayment(h, { operator: otieno, customer: "John Otieno", minutes: 30, endedAt: "service" });
    expect(await h.services.payments.takeCash(cash.paymentId, otienoId)).toMatchObject({ ok: true });
    await owedPayment(h, { operator: akinyi, customer: "Grace Muthoni", minutes: 90, endedAt: "service" });
    await promptSent(h, { operator: akinyi, customer: "Ali Hassan", phone: "254712341032", minutes: 48 });
    await h.customersAnswer();
    // No callback comes for numbers ending 0404: one prompt stays out, the other is answered with 90 paid for 100.
    await promptSent(h, { operator: akinyi, customer: "Wanjiru Njeri", phone: "254711110404", minutes: 60 });
    await promptSent(h, { operator: otieno, customer: "Musa Ali", phone: "254722220404", minutes: 60 });
    const musa = await h.db.stkRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
    await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody(musa.checkoutRequestId!, 0, paidItems(90)) });
    await h.callbacksApplied();
  }

  it("shows a day's takings by method and operator, sessions, and what is owed, counting a session on the day it ended", async () => {
    await busyDay();
    const asOf = texts.format.dateTime(h.clock.now(), "Africa/Nairobi").replace(" ", " at ");
    expect(await ask("/report")).toBe(
      [
        "📊 Report for 29/11/2026",
        `As of ${asOf}`,
        "",
        "💰 Takings: KES 270 (3 payments)",
        "M-Pesa: KES 120 (1)",
        // The harness's M-Pesa is the built-in simulator.
        "🧪 of which simulated, no real money: KES 120 (1)",
        "Cash: KES 150 (2)",
        "By operator:",
        "• Otieno: KES 170 (2)",
        "• Akinyi: KES 100 (1)",
        "",
        "🖥 Sessions ended: 7, 7 h sold, 1 h on average",
        "",
        "⏳ Still owed: KES 330 (3 payments)",
        "Not asked for yet: KES 150 (1)",
        "Prompt failed: KES 80 (1)",
        "Another amount paid: KES 100 (1)",
        "⌛ Waiting for the customer's PIN: KES 100 (1), not counted yet",
        "",
        "🔎 Check on the M-Pesa statement:",
        "• KES 100 Musa Ali (29/11/2026): another amount was paid: check the statement",
        "",
        "📌 Biggest amounts owed:",
        "• KES 150 Grace Muthoni (29/11/2026): not asked for yet",
        "• KES 80 Ali Hassan (29/11/2026): M-Pesa prompt failed",
      ].join("\n"),
    );

    // The session that ran over midnight belongs to the 29th: the 28th had nothing.
    const yesterday = await ask("/report yesterday");
    expect(yesterday.split("\n")[0]).toBe("📊 Report for 28/11/2026");
    expect(yesterday).toContain("💰 Takings: nothing came in.");
    expect(yesterday).toContain("🖥 Sessions: none ended.");
    expect(yesterday).toContain("✅ Nothing owed for these days.");
  });

  it("sends the takings chart after the text as a PNG photo, and no chart for days when nothing came in", async () => {
    await busyDay();
    await h.send(manager, "/report");
    const [photo, ...more] = photosTo(manager);
    expect(more).toEqual([]);
    expect(pngSize(photo!.files!.photo!.bytes)).toEqual(CHART_PNG);
    expect(photo!.params.caption).toBe(t.chart.caption({ from: "2026-11-29", to: "2026-11-29" }));
    const [text, chart] = h.telegram.messagesIn(manager.id).slice(-2);
    expect(text!.text).toMatch(/^📊 Report for 29\/11\/2026\n/);
    expect(chart!.photo!.equals(photo!.files!.photo!.bytes)).toBe(true);

    await h.send(manager, "/report week");
    expect(photosTo(manager)).toHaveLength(2);
    expect(pngSize(photosTo(manager)[1]!.files!.photo!.bytes)).toEqual(CHART_PNG);

    // Nothing came in on the 28th: the text says so, and no empty chart follows it.
    expect(await ask("/report yesterday")).toContain("💰 Takings: nothing came in.");
    expect(photosTo(manager)).toHaveLength(2);
    expect(h.telegram.messagesIn(manager.id).at(-1)!.photo).toBeUndefined();
  });

  it("reads weeks, months, days and ranges, with the same figures when they hold the same payments", async () => {
    await busyDay();
    const week = await ask("/report week");
    expect(week.split("\n")[0]).toBe("📊 Report for 23/11/2026 – 29/11/2026");
    expect(week).toContain("💰 Takings: KES 270 (3 payments)");
    expect(week).toContain("⏳ Still owed: KES 330 (3 payments)");
    const month = await ask("/report month");
    expect(month.split("\n")[0]).toBe("📊 Report for 01/11/2026 – 29/11/2026");
    expect(month.split("\n").slice(2)).toEqual(week.split("\n").slice(2));
    expect((await ask("/report 28/11/2026")).split("\n")[0]).toBe("📊 Report for 28/11/2026");
    expect((await ask("/report 1/11/2026-15/11/2026")).split("\n")[0]).toBe("📊 Report for 01/11/2026 – 15/11/2026");
    const spaced = await ask("/report 28/11/2026 - 29/11/2026");
    expect(spaced.split("\n")[0]).toBe("📊 Report for 28/11/2026 – 29/11/2026");
    expect(spaced).toContain("💰 Takings: KES 270 (3 payments)");
    // Paid on the 29th, not counted in a range that ends on the 28th.
    expect(await ask("/report 1/11/2026 - 28/11/2026")).toContain("💰 Takings: nothing came in.");
  });

  it("counts takings when the money arrives, not on the day the payment belongs to", async () => {
    // Ended at 09:30 on the 28th, paid in cash at 10:00 on the 29th.
    const owed = await owedPayment(h, { operator: otieno, customer: "Jane Wanjiku", minutes: 30, endedAt: "service" });
    h.advance(24 * 60 * MINUTE);
    await h.services.payments.takeCash(owed.paymentId, otienoId);
    const yesterday = await ask("/report yesterday");
    expect(yesterday).toContain("💰 Takings: nothing came in.");
    expect(yesterday).toContain("🖥 Sessions ended: 1, 30 min sold, 30 min on average");
    expect(yesterday).toContain("✅ Nothing owed for these days.");
    expect(await ask("/report")).toContain("💰 Takings: KES 50 (1 payment)");
  });

  it("counts prepaid time when it is paid, while the session runs, and lists payments with no answer from M-Pesa to check", async () => {
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
    if (!customer.ok) throw new Error("customer");
    const started = await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: null, staffId: otienoId });
    if (!started.ok) throw new Error("session");
    const paid = await h.services.prepaid.prepay({ sessionId: started.sessionId, staffId: otienoId, minutes: 60, idempotencyKey: "paid" });
    const owed = await h.services.prepaid.prepay({ sessionId: started.sessionId, staffId: otienoId, minutes: 30, idempotencyKey: "owed" });
    if (!paid.ok || !owed.ok) throw new Error("prepay");
    expect(await h.services.payments.takeCash(paid.paymentId, otienoId)).toMatchObject({ ok: true });
    // As reconciliation leaves a prompt it never got a final answer for.
    const unknown = await owedPayment(h, { operator: akinyi, customer: "Peter Kamau", minutes: 72, endedAt: "service" });
    await h.db.payment.update({ where: { id: unknown.paymentId }, data: { state: "UNKNOWN", method: "MPESA" } });

    const report = (await ask("/report")).split("\n");
    expect(report).toContain("💰 Takings: KES 100 (1 payment)");
    expect(report).toContain("• Otieno: KES 100 (1)");
    expect(report).toContain("🖥 Sessions ended: 1, 1 h 12 min sold, 1 h 12 min on average");
    expect(report).toContain("⏳ Still owed: KES 170 (2 payments)");
    expect(report).toContain("Not asked for yet: KES 50 (1)");
    expect(report).toContain("No answer from M-Pesa: KES 120 (1)");
    expect(report.slice(report.indexOf("🔎 Check on the M-Pesa statement:"))).toEqual([
      "🔎 Check on the M-Pesa statement:",
      "• KES 120 Peter Kamau (28/11/2026): no answer from M-Pesa: check the statement",
      "",
      "📌 Biggest amounts owed:",
      "• KES 50 Jane Wanjiku (28/11/2026): not asked for yet",
    ]);
  });

  it("shows the cash given back for unused prepaid time on the day it was given back, and the cash net of it", async () => {
    const managerId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(manager.id) } })).id;
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: null, idNumber: null });
    if (!customer.ok) throw new Error("customer");
    // On the 28th: 2 h prepaid (KES 200) paid in cash at 09:00, the session ended at 09:45, 23:30 on.
    const started = await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: null, staffId: otienoId });
    if (!started.ok) throw new Error("session");
    const bought = await h.services.prepaid.prepay({ sessionId: started.sessionId, staffId: otienoId, minutes: 120, idempotencyKey: "refund" });
    if (!bought.ok) throw new Error("prepay");
    expect(await h.services.payments.takeCash(bought.paymentId, otienoId)).toMatchObject({ ok: true });
    h.advance(45 * MINUTE);
    expect(await h.services.sessions.endSession(started.sessionId, otienoId)).toMatchObject({ ok: true });
    const cash = await owedPayment(h, { operator: akinyi, customer: "Peter Kamau", minutes: 30, endedAt: "service" });
    expect(await h.services.payments.takeCash(cash.paymentId, akinyiId)).toMatchObject({ ok: true });
    // The unused KES 125 is given back the next morning.
    h.advance(24 * 60 * MINUTE);
    expect(await h.services.prepaid.refundPrepaid(started.sessionId, managerId)).toMatchObject({ ok: true, amountKes: 125 });

    // The money that arrived stays the 28th's takings; the cash given back is the 29th's.
    const yesterday = (await ask("/report yesterday")).split("\n");
    expect(yesterday.slice(3, 7)).toEqual(["💰 Takings: KES 250 (2 payments)", "M-Pesa: KES 0 (0)", "Cash: KES 250 (2)", "By operator:"]);
    expect(yesterday.some((line) => line.startsWith("↩️"))).toBe(false);
    const today = (await ask("/report")).split("\n");
    expect(today.slice(3, 6)).toEqual([
      "💰 Takings: nothing came in.",
      "↩️ Given back in cash (unused prepaid time): KES 125 (1)",
      "💵 Net cash (cash taken less given back): KES -125",
    ]);

    // Over both days: cash taken KES 250, given back KES 125.
    const both = (await ask("/report week")).split("\n");
    expect(both).toContain("↩️ Given back in cash (unused prepaid time): KES 125 (1)");
    expect(both).toContain("💵 Net cash (cash taken less given back): KES 125");
  });

  it("answers a period it cannot read with what to type, and refuses days that do not exist, backwards ranges and more than a year", async () => {
    expect(await ask("/report soon")).toBe(t.problem.unreadable);
    expect(await ask("/report 31/02/2026")).toBe(t.problem.no_such_date);
    expect(await ask("/report 29/11/2026")).toBe(t.problem.future);
    expect(await ask("/report 15/11/2026-1/11/2026")).toBe(t.problem.backwards);
    expect(await ask("/report 1/11/2025-28/11/2026")).toBe(t.problem.too_long);
    expect(t.problem.unreadable).toContain("/report 28/11/2026");
  });

  it("is for managers only, and in their menu only", async () => {
    await h.send(otieno, "/report");
    expect(h.latest(otieno).text).toBe(texts.managersOnly);
    expect(photosTo(otieno)).toEqual([]);
    const { operator, manager: managers } = commandMenus();
    expect(managers.map((c) => c.command)).toContain("report");
    expect(operator.map((c) => c.command)).not.toContain("report");
  });
});
