// ↩️ A manager gives back the unused prepaid time, from the prepaid payment's details in /payments:
// recorded once (cash given back, no M-Pesa reversal), told to the operator who started the session
// and to the other managers.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { computerId, createHarness, type Harness, type TestUser } from "../support/harness.js";

const MINUTE = 60 * 1000;
const NO_DRAWER = "No shift was open, so no drawer was charged: count it at the next cash-up.";
const NOTICE = `↩️ Mary refunded KES 125 in cash to Jane Wanjiku (PC-4) for unused prepaid time. No M-Pesa reversal.\n${NO_DRAWER}`;

describe("refunding unused prepaid time", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;
  let otherManager: TestUser;
  let operatorId: number;
  let managerId: number;
  let sessionId: number;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    otherManager = h.user(7002, "Moses");
    operatorId = await h.addStaff(operator, "OPERATOR");
    managerId = await h.addStaff(manager, "MANAGER");
    await h.addStaff(otherManager, "MANAGER");
    await h.services.computers.addComputers(["PC-4"], null);
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
    if (!customer.ok) throw new Error("customer");
    const started = await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: await computerId(h, "PC-4"), staffId: operatorId });
    if (!started.ok) throw new Error("session");
    sessionId = (await h.db.usageSession.findFirstOrThrow()).id;
  });
  afterEach(() => h.close());

  /** Buys `minutes` of prepaid time (KES 100/h); pays for it in cash unless told not to. */
  async function prepay(minutes: number, paid = true): Promise<number> {
    const bought = await h.services.prepaid.prepay({ sessionId, staffId: operatorId, minutes, idempotencyKey: `test:${minutes}:${String(paid)}` });
    if (!bought.ok) throw new Error("prepay");
    if (paid) expect(await h.services.payments.takeCash(bought.paymentId, operatorId)).toMatchObject({ ok: true });
    return bought.paymentId;
  }

  async function end(afterMinutes: number) {
    h.advance(afterMinutes * MINUTE);
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.endButton("Jane Wanjiku", "PC-4"));
  }

  /** `user` opens the payment's details from /payments. */
  async function details(user: TestUser, paymentId: number) {
    await h.send(user, "/payments");
    await h.press(user, new RegExp(`^\\S+ #${paymentId} `));
    return h.latest(user);
  }

  it("offers managers only the unused part, records it once and tells the operator and the other managers", async () => {
    const paymentId = await prepay(120);
    await end(45);
    expect(h.latest(operator).text).toBe(
      "Jane Wanjiku, 45 min: nothing more to pay. Prepaid: 2 h, KES 200.\n" +
        "Unused prepaid time is not refunded automatically; a manager can refund it from /payments (the prepaid payment's details).",
    );
    await h.deliverNotifications();

    // An operator sees the details without the button, and a forged tap is refused.
    const seen = await details(operator, paymentId);
    expect(seen.buttons).toEqual([]);
    await h.pressData(operator, `refund:${sessionId}`, seen.messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)!.params).toMatchObject({ show_alert: true });
    expect((await h.db.usageSession.findUniqueOrThrow({ where: { id: sessionId } })).refundedAt).toBeNull();

    // 45 min at KES 100/h cost KES 75 of the KES 200 paid.
    const offer = await details(manager, paymentId);
    expect(offer.buttons.map((b) => b.text)).toEqual(["↩️ Refund KES 125 (unused time)"]);
    await h.press(manager, texts.prepaid.refundButton(125));
    expect(h.latest(manager).text).toBe(
      `↩️ Refund recorded: give Jane Wanjiku KES 125 in cash for the unused prepaid time. No M-Pesa reversal is made.\n${NO_DRAWER}`,
    );
    expect(h.telegram.message(manager.id, offer.messageId)?.reply_markup).toBeUndefined();
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      refundKes: 125,
      refundedById: managerId,
      refundedAt: new Date("2026-11-28T06:45:00.000Z"),
      refundShiftId: null,
    });

    // A second tap on the same button is a toast; nothing is recorded or told again.
    await h.pressData(manager, `refund:${sessionId}`, offer.messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)!.params).toMatchObject({ text: "Already refunded: KES 125 by Mary at 09:45." });

    await h.deliverNotifications();
    expect(h.sent(operator).filter((text) => text === NOTICE)).toHaveLength(1);
    expect(h.sent(otherManager).filter((text) => text === NOTICE)).toHaveLength(1);
    expect(h.sent(manager)).not.toContain(NOTICE);

    // The details now say who gave it back, with no button.
    const after = await details(manager, paymentId);
    expect(after.text).toContain("↩️ Unused prepaid time refunded: KES 125 in cash by Mary on 28/11/2026 09:45");
    expect(after.buttons).toEqual([]);
  });

  it("never gives back more than was paid: an unpaid extension counts for nothing", async () => {
    const paid = await prepay(60);
    await prepay(60, false);
    // 20 min cost KES 33 of the KES 100 paid (the unpaid KES 100 is not given back).
    await end(20);
    const offer = await details(manager, paid);
    expect(offer.buttons.map((b) => b.text)).toEqual(["↩️ Refund KES 67 (unused time)"]);
  });

  it("offers nothing when no prepaid money was paid, and a tap then is a toast", async () => {
    const unpaid = await prepay(60, false);
    await end(20);
    expect((await details(manager, unpaid)).buttons.every((b) => !b.text.startsWith("↩️"))).toBe(true);
    await h.pressData(manager, `refund:${sessionId}`, h.latest(manager).messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)!.params).toMatchObject({ text: "No unused prepaid time paid for: nothing to refund." });
  });

  it("offers nothing after a session that ran beyond its prepaid time", async () => {
    const paid = await prepay(30);
    await end(40);
    expect((await details(manager, paid)).buttons).toEqual([]);
  });
});
