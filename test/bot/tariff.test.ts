import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { managerTexts as t } from "../../src/texts/manager.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

const MINUTE = 60 * 1000;

describe("tariffs at the counter", () => {
  let h: Harness;
  let manager: TestUser;
  let operator: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    manager = h.user(1001, "Mary");
    operator = h.user(1002, "Otieno");
    await h.addStaff(manager, "MANAGER");
    await h.addStaff(operator, "OPERATOR");
  });
  afterEach(() => h.close());

  async function newCustomerSession(first: string, last: string, phone: string, station: string) {
    await h.send(operator, "/new");
    await h.send(operator, first);
    await h.press(operator, "➕ New customer");
    await h.send(operator, first);
    await h.send(operator, last);
    await h.send(operator, phone);
    await h.send(operator, "/skip");
    await h.send(operator, station);
    expect(h.latest(operator).text).toContain("Session started");
  }

  /** /tariff → Change → rate, minimum, rounding → Save. */
  async function changeTariff(rate: string, minimum: string, rounding: "Half up" | "Up" | "Down") {
    await h.send(manager, "/tariff");
    await h.press(manager, t.tariff.changeButton);
    await h.send(manager, rate);
    await h.send(manager, minimum);
    await h.press(manager, rounding);
    await h.press(manager, t.tariff.saveButton);
    expect(h.latest(manager).text).toBe(t.tariff.saved);
  }

  it("charges a running session with the tariff in force when it started, not one changed meanwhile", async () => {
    await newCustomerSession("Jane", "Wanjiku", "0712 345 678", "PC-4");
    h.advance(30 * MINUTE);
    await changeTariff("120", "20", "Up");
    // Started after the change: the new tariff (10 min at 120/h = 20, the minimum).
    await newCustomerSession("Peter", "Kamau", "0712 111 222", "PC-5");
    h.advance(42 * MINUTE);

    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toContain("1 h 12 min, KES 120 so far");
    expect(h.latest(operator).text).toContain("42 min, KES 84 so far");

    await h.press(operator, "⏹ End PC-4");
    // 1 h 12 min at the 100/h it started with (not 144 at 120/h, the minimum not raised to 20).
    expect(h.latest(operator).text).toBe("KES 120 for Jane Wanjiku, 1 h 12 min. Send the M-Pesa prompt to 0712 345 678?");
    await h.send(operator, "/sessions");
    await h.press(operator, "⏹ End PC-5");
    expect(h.latest(operator).text).toBe("KES 84 for Peter Kamau, 42 min. Send the M-Pesa prompt to 0712 111 222?");
  });

  it("keeps the settings' minimum for a session started before a manager's first tariff", async () => {
    await newCustomerSession("Jane", "Wanjiku", "0712 345 678", "PC-4");
    await newCustomerSession("Peter", "Kamau", "0712 111 222", "PC-5");
    // Both sessions keep one copy of the settings.
    expect(await h.db.tariff.findMany({ select: { fromSettings: true, ratePerHourKes: true, minimumChargeKes: true } })).toEqual([
      { fromSettings: true, ratePerHourKes: 100, minimumChargeKes: 1 },
    ]);
    await changeTariff("100", "10", "Half up");
    h.advance(MINUTE);
    await h.send(operator, "/sessions");
    await h.press(operator, "⏹ End PC-4");
    // 1 min at 100/h is KES 2; the new minimum of 10 is not the one it started with (1).
    expect(h.latest(operator).text).toBe("KES 2 for Jane Wanjiku, 1 min. Send the M-Pesa prompt to 0712 345 678?");
  });
});
