import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { managerTexts as t } from "../../src/texts/manager.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { newCustomerUpToComputer } from "../support/steps.js";

const MINUTE = 60 * 1000;

describe("a computer group's own tariff", () => {
  let h: Harness;
  let manager: TestUser;
  let operator: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    manager = h.user(1001, "Mary");
    operator = h.user(1002, "Otieno");
    await h.addStaff(manager, "MANAGER");
    await h.addStaff(operator, "OPERATOR");
    await h.services.computers.addComputers(["PC-1", "PC-2"], null);
    const gaming = await h.services.computers.groupNamed("Gaming");
    if (!gaming.ok) throw new Error("no group");
    await h.services.computers.addComputers(["PC-7", "PC-8", "PC-9"], gaming.group.id);
  });
  afterEach(() => h.close());

  async function newCustomerSession(first: string, last: string, phone: string, station: string) {
    await newCustomerUpToComputer(h, operator, first, last, phone);
    await h.send(operator, station);
    expect(h.latest(operator).text).toContain("Session started");
  }

  /** /tariff → Change Gaming tariff → rate, no windows, minimum 1, half up → Save. */
  /** `by` answers the Gaming tariff's questions (rate, no windows, minimum 1, rounding half up), up to its Save button. */
  async function gamingTariffUpToSave(rate: string, by: TestUser = manager) {
    await h.send(by, "/tariff");
    await h.press(by, t.tariff.changeGroupButton("Gaming"));
    expect(h.latest(by).text).toContain("Tariff for Gaming computers.");
    await h.send(by, rate);
    await h.send(by, "none");
    await h.send(by, "1");
    await h.press(by, t.tariff.roundingButton.HALF_UP);
    expect(h.latest(by).text).toContain("New tariff for Gaming computers:");
  }

  async function setGamingTariff(rate: string, by: TestUser = manager) {
    await gamingTariffUpToSave(rate, by);
    await h.press(by, t.tariff.saveButton);
    expect(h.latest(by).text).toBe(t.tariff.savedForGroup("Gaming"));
  }

  async function end(station: string): Promise<string> {
    await h.send(operator, "/sessions");
    await h.press(operator, new RegExp(`^⏹ End ${station} ·`));
    return h.latest(operator).text;
  }

  it("charges sessions on the group's computers with its tariff and the others with the café's; /tariff shows both", async () => {
    await h.send(manager, "/tariff");
    expect(h.latest(manager).text).toContain("Gaming computers: the tariff above.");
    await setGamingTariff("150");
    await h.send(manager, "/tariff");
    expect(h.latest(manager).text).toMatch(
      /^Tariff now:\n• KES 100 per hour[\s\S]*\n\nGaming computers, own tariff:\n• KES 150 per hour, charged by the second\n/,
    );
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual([
      t.tariff.changeButton,
      t.tariff.changeGroupButton("Gaming"),
      t.tariff.clearGroupButton("Gaming"),
    ]);

    await newCustomerSession("Jane", "Wanjiku", "0712 345 678", "PC-7");
    await newCustomerSession("Peter", "Kamau", "0712 111 222", "PC-1");
    h.advance(60 * MINUTE);
    expect(await end("PC-7")).toBe("KES 150 for Jane Wanjiku, 1 h. Send the M-Pesa prompt to 0712 345 678?");
    expect(await end("PC-1")).toBe("KES 100 for Peter Kamau, 1 h. Send the M-Pesa prompt to 0712 111 222?");
  });

  it("keeps a running session's group tariff when it changes, and sends the group back to the café's tariff when cleared", async () => {
    await setGamingTariff("150");
    await newCustomerSession("Jane", "Wanjiku", "0712 345 678", "PC-7");
    await setGamingTariff("200");
    await newCustomerSession("Peter", "Kamau", "0712 111 222", "PC-8");

    await h.send(manager, "/tariff");
    await h.press(manager, t.tariff.clearGroupButton("Gaming"));
    expect(h.latest(manager).text).toContain(t.tariff.groupCleared("Gaming"));
    expect(h.latest(manager).text).toContain("Gaming computers: the tariff above.");
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual([t.tariff.changeButton, t.tariff.changeGroupButton("Gaming")]);
    await newCustomerSession("Mercy", "Achieng", "0712 333 444", "PC-9");

    h.advance(30 * MINUTE);
    // 30 min at the 150/h it started with, not 200; at 200/h; at the café's 100/h.
    expect(await end("PC-7")).toBe("KES 75 for Jane Wanjiku, 30 min. Send the M-Pesa prompt to 0712 345 678?");
    expect(await end("PC-8")).toBe("KES 100 for Peter Kamau, 30 min. Send the M-Pesa prompt to 0712 111 222?");
    expect(await end("PC-9")).toBe("KES 50 for Mercy Achieng, 30 min. Send the M-Pesa prompt to 0712 333 444?");

    // The group's rows are its history, not the café's tariff.
    await h.send(manager, "/tariff");
    expect(h.latest(manager).text).toContain("This is the default from the settings; no manager has changed it yet.");
  });

  it("does not clear a group tariff another manager saved after the one the manager saw", async () => {
    await setGamingTariff("150");
    await h.send(manager, "/tariff");
    const seen = h.latest(manager).messageId;
    const clear = h.latest(manager).buttons.find((button) => button.text === t.tariff.clearGroupButton("Gaming"));
    const other = h.user(1003, "Grace");
    await h.addStaff(other, "MANAGER");
    await setGamingTariff("180", other);

    await h.pressData(manager, (clear as { callback_data: string }).callback_data, seen);
    expect(h.telegram.message(manager.id, seen)?.text).toMatch(new RegExp(`^${t.tariff.groupChangedMeanwhile("Gaming", "Grace")}\n\nTariff now:`));
    const gaming = await h.services.tariff.groupTariffs();
    expect(gaming.map((group) => [group.name, group.tariff?.ratePerHourKes])).toEqual([["Gaming", 180]]);
  });

  it("does not overwrite a group tariff another manager saved meanwhile", async () => {
    const other = h.user(1003, "Grace");
    await h.addStaff(other, "MANAGER");
    await gamingTariffUpToSave("150");

    await setGamingTariff("180", other);

    await h.press(manager, t.tariff.saveButton);
    expect(h.latest(manager).text).toBe(t.tariff.changedMeanwhile("Grace"));
    const gaming = await h.services.tariff.groupTariffs();
    expect(gaming.map((group) => [group.name, group.tariff?.ratePerHourKes])).toEqual([["Gaming", 180]]);
  });
});
