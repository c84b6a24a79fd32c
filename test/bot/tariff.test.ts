import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { managerTexts as t } from "../../src/texts/manager.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { newCustomerUpToComputer } from "../support/steps.js";

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
    await h.services.computers.addComputers(["PC-1", "PC-2", "PC-3", "PC-4", "PC-5", "PC-6"], null);
  });
  afterEach(() => h.close());

  async function newCustomerSession(first: string, last: string, phone: string, station: string) {
    await newCustomerUpToComputer(h, operator, first, last, phone);
    await h.send(operator, station);
    expect(h.latest(operator).text).toContain("Session started");
  }

  /** /tariff → Change → rate, minimum, rounding → Save. */
  async function changeTariff(rate: string, minimum: string, rounding: keyof typeof t.tariff.roundingButton) {
    await h.send(manager, "/tariff");
    await h.press(manager, t.tariff.changeButton);
    await h.send(manager, rate);
    await h.send(manager, "none");
    await h.send(manager, minimum);
    await h.press(manager, t.tariff.roundingButton[rounding]);
    await h.press(manager, t.tariff.saveButton);
    expect(h.latest(manager).text).toBe(t.tariff.saved);
  }

  it("charges a running session with the tariff in force when it started, not one changed meanwhile", async () => {
    await newCustomerSession("Jane", "Wanjiku", "0712 345 678", "PC-4");
    h.advance(30 * MINUTE);
    await changeTariff("120", "20", "UP");
    // Started after the change: the new tariff (10 min at 120/h = 20, the minimum).
    await newCustomerSession("Peter", "Kamau", "0712 111 222", "PC-5");
    h.advance(42 * MINUTE);

    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toContain("1 h 12 min, KES 120 so far");
    expect(h.latest(operator).text).toContain("42 min, KES 84 so far");

    await h.press(operator, /^⏹ End PC-4 ·/);
    // 1 h 12 min at the 100/h it started with (not 144 at 120/h, the minimum not raised to 20).
    expect(h.latest(operator).text).toBe("KES 120 for Jane Wanjiku, 1 h 12 min. Send the M-Pesa prompt to 0712 345 678?");
    await h.send(operator, "/sessions");
    await h.press(operator, /^⏹ End PC-5 ·/);
    expect(h.latest(operator).text).toBe("KES 84 for Peter Kamau, 42 min. Send the M-Pesa prompt to 0712 111 222?");
  });

  it("keeps the settings' minimum for a session started before a manager's first tariff", async () => {
    await newCustomerSession("Jane", "Wanjiku", "0712 345 678", "PC-4");
    await newCustomerSession("Peter", "Kamau", "0712 111 222", "PC-5");
    // Both sessions keep one copy of the settings.
    expect(await h.db.tariff.findMany({ select: { fromSettings: true, ratePerHourKes: true, minimumChargeKes: true } })).toEqual([
      { fromSettings: true, ratePerHourKes: 100, minimumChargeKes: 1 },
    ]);
    await changeTariff("100", "10", "HALF_UP");
    h.advance(MINUTE);
    await h.send(operator, "/sessions");
    await h.press(operator, /^⏹ End PC-4 ·/);
    // 1 min at 100/h is KES 2; the new minimum of 10 is not the one it started with (1).
    expect(h.latest(operator).text).toBe("KES 2 for Jane Wanjiku, 1 min. Send the M-Pesa prompt to 0712 345 678?");
  });

  /** Ends the session on `station` from /sessions and returns the question End asks. */
  async function end(station: string): Promise<string> {
    await h.send(operator, "/sessions");
    await h.press(operator, new RegExp(`^⏹ End ${station} ·`));
    return h.latest(operator).text;
  }

  it("charges each part of a session at the rate of its time of day, on the Nairobi clock, and shows the parts at End", async () => {
    // The harness starts at 09:00 in Nairobi (06:00 UTC) on 28/11/2026.
    await h.send(manager, "/tariff");
    await h.press(manager, t.tariff.changeButton);
    await h.send(manager, "100");
    expect(h.latest(manager).text).toBe(t.tariff.askWindows([]));
    await h.send(manager, "6-9 50");
    expect(h.latest(manager).text).toBe(t.tariff.invalidWindows({ problem: "unreadable", line: "6-9 50" }));
    await h.send(manager, "06:00-09:00 50\n08:00-10:00 70");
    expect(h.latest(manager).text).toBe(t.tariff.invalidWindows({ problem: "overlap" }));
    await h.send(manager, "22:00-06:00 60\n06:00-09:00 50");
    expect(h.latest(manager).text).toBe(t.tariff.askMinimum(1));
    await h.send(manager, "10");
    await h.press(manager, t.tariff.roundingButton.HALF_UP);
    const confirmation = h.latest(manager).text;
    expect(confirmation).toContain("• 06:00–09:00: KES 50 per hour\n• 22:00–06:00: KES 60 per hour");
    expect(confirmation).toContain("added up exactly, rounded once, and then raised to the minimum charge");
    expect(confirmation).toContain("sessions already running keep the tariff they started with");
    await h.press(manager, t.tariff.saveButton);
    expect(h.latest(manager).text).toBe(t.tariff.saved);
    const saved = await h.db.tariff.findFirstOrThrow({ where: { fromSettings: false }, include: { windows: { orderBy: { startMinute: "asc" } } } });
    expect(saved.windows.map(({ startMinute, endMinute, ratePerHourKes }) => ({ startMinute, endMinute, ratePerHourKes }))).toEqual([
      { startMinute: 360, endMinute: 540, ratePerHourKes: 50 },
      { startMinute: 1320, endMinute: 360, ratePerHourKes: 60 },
    ]);
    await h.send(manager, "/tariff");
    expect(h.latest(manager).text).toContain("• KES 100 per hour, charged by the second\n• 06:00–09:00: KES 50 per hour\n• 22:00–06:00: KES 60 per hour");

    // 21:30–00:30: half an hour at 100/h, then the night window.
    h.advance(12.5 * 60 * MINUTE);
    await newCustomerSession("Jane", "Wanjiku", "0712 345 678", "PC-1");
    h.advance(3 * 60 * MINUTE);
    expect(await end("PC-1")).toBe(
      "KES 200 for Jane Wanjiku, 3 h (21:30–22:00 at 100/h: KES 50; 22:00–00:30 at 60/h: KES 150). Send the M-Pesa prompt to 0712 345 678?",
    );

    // 06:00–06:05 at 50/h is KES 4: the minimum charge makes it 10.
    h.advance(5.5 * 60 * MINUTE);
    await newCustomerSession("Peter", "Kamau", "0712 111 222", "PC-2");
    h.advance(5 * MINUTE);
    expect(await end("PC-2")).toBe(
      "KES 10 for Peter Kamau, 5 min (06:00–06:05 at 50/h: KES 4; minimum charge KES 10). Send the M-Pesa prompt to 0712 111 222?",
    );

    // 06:30–10:12: the example of the issue.
    h.advance(25 * MINUTE);
    await newCustomerSession("Mercy", "Achieng", "0712 333 444", "PC-3");
    h.advance(90 * MINUTE);
    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toContain("since 06:30, 1 h 30 min, KES 75 so far");
    h.advance(132 * MINUTE);
    expect(await end("PC-3")).toBe(
      "KES 245 for Mercy Achieng, 3 h 42 min (06:30–09:00 at 50/h: KES 125; 09:00–10:12 at 100/h: KES 120). Send the M-Pesa prompt to 0712 333 444?",
    );

    // Outside every window: no parts to show.
    await newCustomerSession("John", "Otieno", "0712 555 666", "PC-4");
    h.advance(60 * MINUTE);
    expect(await end("PC-4")).toBe("KES 100 for John Otieno, 1 h. Send the M-Pesa prompt to 0712 555 666?");

    // A day and more: the parts carry their dates.
    await newCustomerSession("Ann", "Njeri", "0712 777 888", "PC-5");
    h.advance(24 * 60 * MINUTE);
    expect(await end("PC-5")).toBe(
      "KES 1,930 for Ann Njeri, 24 h (29/11/2026 11:12–29/11/2026 22:00 at 100/h: KES 1,080; 29/11/2026 22:00–30/11/2026 06:00 at 60/h: KES 480; " +
        "30/11/2026 06:00–30/11/2026 09:00 at 50/h: KES 150; 30/11/2026 09:00–30/11/2026 11:12 at 100/h: KES 220)." +
        " Send the M-Pesa prompt to 0712 777 888?",
    );
  });

  it("keeps the windows when the manager skips that question, and clears them with none", async () => {
    await changeTariffWithWindows("100", "06:00-09:00 50");
    await h.send(manager, "/tariff");
    await h.press(manager, t.tariff.changeButton);
    await h.send(manager, "120");
    expect(h.latest(manager).text).toBe(t.tariff.askWindows([{ startMinute: 360, endMinute: 540, ratePerHourKes: 50 }]));
    await h.send(manager, "/skip");
    await h.send(manager, "1");
    await h.press(manager, t.tariff.roundingButton.HALF_UP);
    await h.press(manager, t.tariff.saveButton);
    await changeTariffWithWindows("120", "none");
    const rows = await h.db.tariff.findMany({ orderBy: { id: "asc" }, include: { windows: true } });
    expect(rows.map((row) => [row.ratePerHourKes, row.windows.map((w) => w.ratePerHourKes)])).toEqual([
      [100, [50]],
      [120, [50]],
      [120, []],
    ]);
  });

  async function changeTariffWithWindows(rate: string, windows: string) {
    await h.send(manager, "/tariff");
    await h.press(manager, t.tariff.changeButton);
    await h.send(manager, rate);
    await h.send(manager, windows);
    await h.send(manager, "1");
    await h.press(manager, t.tariff.roundingButton.HALF_UP);
    await h.press(manager, t.tariff.saveButton);
    expect(h.latest(manager).text).toBe(t.tariff.saved);
  }
});
