// Void: a session started by mistake ends charging nothing, with who, when and why kept and the
// managers told. The operator who started it may void it within 5 minutes; later only a manager.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { computerId, createHarness, type Harness, type TestUser } from "../support/harness.js";

describe("voiding a session", () => {
  let h: Harness;
  let operator: TestUser;
  let other: TestUser;
  let manager: TestUser;
  let operatorId: number;
  let managerId: number;
  let customerId: number;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    other = h.user(5002, "Achieng");
    manager = h.user(7001, "Mary");
    operatorId = await h.addStaff(operator, "OPERATOR");
    await h.addStaff(other, "OPERATOR");
    managerId = await h.addStaff(manager, "MANAGER");
    await h.services.computers.addComputers(["PC-4", "PC-5"], null);
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
    if (!customer.ok) throw new Error("customer");
    customerId = customer.customer.id;
    await h.services.sessions.startSession({ customerId, computerId: await computerId(h, "PC-4"), staffId: operatorId });
  });
  afterEach(() => h.close());

  async function voidFirst(user: TestUser, reason: string, computer = "PC-4") {
    await h.send(user, "/sessions");
    await h.press(user, texts.session.voidButton);
    expect(h.latest(user).text).toBe(
      `Void the session of Jane Wanjiku on ${computer}? It will charge nothing. Type why (e.g. wrong customer, wrong computer), or /cancel to keep it:`,
    );
    await h.send(user, reason);
  }

  it("within 5 minutes its operator voids it: nothing charged, customer and computer free, who/when/why kept, managers told", async () => {
    h.advance(5 * 60 * 1000); // exactly 5 minutes: still allowed
    await h.send(operator, "/sessions");
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual(["⏹ End PC-4 · Jane Wanjiku", "🗑 Void"]);
    await voidFirst(operator, "  wrong   computer ");
    expect(h.latest(operator).text).toBe("🗑 Session of Jane Wanjiku on PC-4 voided: nothing charged, and the managers are told.");

    const session = await h.db.usageSession.findFirstOrThrow();
    expect(session).toMatchObject({ voidedById: operatorId, voidReason: "wrong computer", activeCustomerId: null, activeComputerId: null, amountKes: null });
    expect(session.voidedAt).toEqual(h.clock.now());
    expect(await h.db.payment.count()).toBe(0);

    await h.deliverNotifications();
    expect(h.sent(manager)).toEqual([
      expect.stringMatching(/^🗑 Session voided by Otieno at \d\d:\d\d: Jane Wanjiku on PC-4, started \d\d:\d\d\. Nothing charged\. Reason: wrong computer$/),
    ]);
    expect(h.sent(other)).toEqual([]);

    // Customer and computer are free again.
    const again = await h.services.sessions.startSession({ customerId, computerId: await computerId(h, "PC-4"), staffId: operatorId });
    expect(again.ok).toBe(true);
  });

  it("after 5 minutes the operator is refused, and a manager may void it", async () => {
    h.advance(5 * 60 * 1000 + 1000);
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.voidButton);
    const toast = h.telegram.callsOf("answerCallbackQuery").at(-1)!.params;
    expect(toast).toMatchObject({
      text: "Only the operator who started a session may void it, within 5 minutes of its start. After that, ask a manager.",
      show_alert: true,
    });
    expect((await h.db.usageSession.findFirstOrThrow()).voidedAt).toBeNull();

    await voidFirst(manager, "wrong customer");
    expect(h.latest(manager).text).toBe("🗑 Session of Jane Wanjiku on PC-4 voided: nothing charged, and the managers are told.");
    expect(await h.db.usageSession.findFirstOrThrow()).toMatchObject({ voidedById: managerId, voidReason: "wrong customer" });
    await h.deliverNotifications();
    expect(h.sent(manager).filter((text) => text.startsWith("🗑 Session voided"))).toEqual([]); // the manager who voided it read it already
  });

  it("another operator may not void it, even at once", async () => {
    await h.send(other, "/sessions");
    await h.press(other, texts.session.voidButton);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)!.params.text).toMatch(/^Only the operator who started a session may void it/);
  });

  it("the 5 minutes count when the reason arrives: typed too late, it is refused", async () => {
    h.advance(4 * 60 * 1000);
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.voidButton);
    h.advance(2 * 60 * 1000);
    await h.send(operator, "wrong customer");
    expect(h.latest(operator).text).toBe("Only the operator who started a session may void it, within 5 minutes of its start. After that, ask a manager.");
    expect(await h.db.usageSession.findFirstOrThrow()).toMatchObject({ voidedAt: null, endedAt: null });
  });

  it("a session ended meanwhile is not voided, and End on a voided session says it was voided", async () => {
    await h.send(operator, "/sessions");
    const list = h.latest(operator).messageId;
    await h.press(operator, texts.session.voidButton);
    await h.send(other, "/sessions");
    await h.press(other, /^⏹ End/);
    await h.send(operator, "wrong customer");
    expect(h.latest(operator).text).toMatch(/^This session was already ended by Achieng at \d\d:\d\d\.$/);
    expect((await h.db.usageSession.findFirstOrThrow()).voidedAt).toBeNull();

    await h.services.sessions.startSession({ customerId, computerId: await computerId(h, "PC-5"), staffId: operatorId });
    await voidFirst(operator, "wrong computer", "PC-5");
    const voided = await h.db.usageSession.findFirstOrThrow({ where: { voidedAt: { not: null } } });
    await h.pressData(operator, `end:${voided.id}`, list);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)!.params.text).toMatch(/^This session was already voided by Otieno at \d\d:\d\d\.$/);
    expect(await h.db.payment.count()).toBe(1);
  });

  it("asks again for an empty or overlong reason", async () => {
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.voidButton);
    await h.send(operator, "x".repeat(201));
    expect(h.latest(operator).text).toBe("Type the reason in a few words (at most 200 characters).");
    await h.send(operator, "wrong customer");
    expect((await h.db.usageSession.findFirstOrThrow()).voidReason).toBe("wrong customer");
  });
});
