// Staff taken off the staff hear about no more payments: neither the operator who sent the prompt nor
// a manager, whether they were deactivated before the result came or after it was queued.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { promptSent as promptSentFor } from "../support/steps.js";

describe("payment results and deactivated staff", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;
  let formerManager: TestUser;
  let managerId: number;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    formerManager = h.user(7002, "Martin");
    await h.addStaff(operator, "OPERATOR");
    managerId = await h.addStaff(manager, "MANAGER");
    await h.addStaff(formerManager, "MANAGER");
  });
  afterEach(() => h.close());

  const staffId = async (user: TestUser) => (await h.db.staff.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } })).id;

  /** The operator ends a session and sends the prompt; returns the "waiting for PIN" message's id. */
  async function promptSent(): Promise<number> {
    const { messageId } = await promptSentFor(h, { operator });
    expect(h.telegram.message(operator.id, messageId)?.text).toMatch(/waiting for the customer's PIN/i);
    return messageId;
  }

  async function deactivate(user: TestUser) {
    expect(await h.services.staff.deactivateStaff(managerId, await staffId(user))).toMatchObject({ ok: true });
  }

  it("deactivated before the result comes: only the active managers are told", async () => {
    const messageId = await promptSent();
    await deactivate(operator);
    await deactivate(formerManager);
    const sentBefore = h.sent(operator).length;
    const editsBefore = h.telegram.callsOf("editMessageText").length;

    await h.customersAnswer();
    expect(await h.deliverNotifications()).toBe(1);
    expect(h.sent(manager)).toEqual([expect.stringMatching(/^🧪 Simulated M-Pesa: no real money moved.\n✅ KES 120 paid by M-Pesa: Jane Wanjiku/)]);
    expect(h.sent(formerManager)).toEqual([]);
    expect(h.sent(operator)).toHaveLength(sentBefore);
    expect(h.telegram.message(operator.id, messageId)?.text).toMatch(/waiting for the customer's PIN/i);
    expect(h.telegram.callsOf("editMessageText")).toHaveLength(editsBefore);
    // Not even written for them, as for any message to a deactivated manager.
    expect(await h.db.outboxMessage.count({ where: { chatId: { in: [BigInt(operator.id), BigInt(formerManager.id)] } } })).toBe(0);
  });

  it("deactivated after the result was queued: the queued messages to them are not sent", async () => {
    const messageId = await promptSent();
    await h.customersAnswer();
    expect(await h.db.outboxMessage.count({ where: { status: "PENDING" } })).toBe(3);
    await deactivate(operator);
    await deactivate(formerManager);
    const sentBefore = h.sent(operator).length;

    expect(await h.deliverNotifications()).toBe(1);
    expect(h.sent(manager)).toHaveLength(1);
    expect(h.sent(formerManager)).toEqual([]);
    expect(h.sent(operator)).toHaveLength(sentBefore);
    expect(h.telegram.message(operator.id, messageId)?.text).toMatch(/waiting for the customer's PIN/i);
    const dropped = await h.db.outboxMessage.findMany({ where: { chatId: { in: [BigInt(operator.id), BigInt(formerManager.id)] } } });
    expect(dropped.map((row) => [row.status, row.lastError])).toEqual([
      ["DEAD", "recipient deactivated"],
      ["DEAD", "recipient deactivated"],
    ]);
  });
});
