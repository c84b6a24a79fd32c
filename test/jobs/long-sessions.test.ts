// Sessions running longer than LONG_SESSION_ALERT_HOURS: the operator who started them and the managers
// are told once, not before, not again after a restart or on another instance, not for ended sessions.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { longSessionAlerts } from "../../src/services/long-sessions.js";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

describe("long sessions", () => {
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
    await h.services.computers.addComputers(["PC-3", "PC-4"], null);
  });
  afterEach(() => h.close());

  async function start(first: string, computer: string, staffId: number): Promise<number> {
    const customer = await h.services.customers.createCustomer({ firstName: first, lastName: "Wanjiku", phone: null, idNumber: null });
    if (!customer.ok) throw new Error("customer not created");
    const computerId = (await h.db.computer.findUniqueOrThrow({ where: { name: computer } })).id;
    const started = await h.services.sessions.startSession({ customerId: customer.customer.id, computerId, staffId });
    if (!started.ok) throw new Error("session not started");
    return started.sessionId;
  }

  const alerts = (user: TestUser) => h.sent(user).filter((text) => text.startsWith("⏰"));

  it("tells the operator who started it and the managers once, after the threshold, with an End button; not for ended sessions", async () => {
    const jane = await start("Jane", "PC-3", otienoId);
    const grace = await start("Grace", "PC-4", otienoId);
    h.advance(8 * HOUR);
    // Grace's session ends at the threshold; Jane's has run exactly 8 hours, not longer.
    expect(await h.services.sessions.endSession(grace, akinyiId)).toMatchObject({ ok: true });
    expect(await longSessionAlerts(h.context)).toBe(0);

    h.advance(MINUTE);
    expect(await longSessionAlerts(h.context)).toBe(2);
    await h.deliverNotifications();
    const expected = [
      "⏰ Long session: PC-3, Jane Wanjiku, since 28/11/2026 09:00 (8 h 1 min), started by Otieno.",
      "Charge so far: KES 802.",
      "Check that the customer is still there. If they left, tap End and take the payment; if they stay, you may ask them to pay for the time so far.",
    ].join("\n");
    expect(alerts(otieno)).toEqual([expected]);
    expect(alerts(mary)).toEqual([expected]);
    expect(alerts(akinyi)).toEqual([]);
    expect(h.latest(mary).buttons.map((button) => button.text)).toEqual([texts.session.endButton("Jane Wanjiku", "PC-3")]);

    // Not again: on the next pass, on another instance, after a restart.
    h.advance(HOUR);
    expect(await longSessionAlerts(h.context)).toBe(0);
    const b = await h.anotherInstance();
    expect(await longSessionAlerts(b.context)).toBe(0);
    await h.restart();
    expect(await longSessionAlerts(h.context)).toBe(0);
    await h.deliverNotifications();
    expect(alerts(otieno)).toHaveLength(1);
    expect(alerts(mary)).toHaveLength(1);

    // The button ends it.
    await h.press(otieno, texts.session.endButton("Jane Wanjiku", "PC-3"));
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: jane } })).toMatchObject({ endedById: otienoId });
  });

  it("tells once when two instances' passes run at once", async () => {
    await start("Jane", "PC-3", otienoId);
    const b = await h.anotherInstance();
    h.advance(9 * HOUR);
    const written = await Promise.all([longSessionAlerts(h.context), longSessionAlerts(b.context)]);
    expect(written.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(await h.db.outboxMessage.count({ where: { dedupeKey: { startsWith: "long-session:" } } })).toBe(2);
  });

  it("follows LONG_SESSION_ALERT_HOURS, and counts prepaid time in the charge", async () => {
    await h.close();
    h = await createHarness({ LONG_SESSION_ALERT_HOURS: "2" });
    otienoId = await h.addStaff(otieno, "OPERATOR");
    await h.services.computers.addComputers(["PC-3"], null);
    const jane = await start("Jane", "PC-3", otienoId);
    expect(await h.services.prepaid.prepay({ sessionId: jane, staffId: otienoId, minutes: 60, idempotencyKey: "prepay-1" })).toMatchObject({ ok: true });
    h.advance(2 * HOUR + MINUTE);
    expect(await longSessionAlerts(h.context)).toBe(1);
    await h.deliverNotifications();
    expect(alerts(otieno)).toEqual([expect.stringContaining("(2 h 1 min), started by Otieno.\nCharge so far: KES 202 (KES 100 of it prepaid).")]);
  });
});
