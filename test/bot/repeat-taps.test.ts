// A second tap on a button whose work is done (a double tap, a slow network delivering the tap twice,
// a button on another copy of the question) leaves the message that says what was done as it is, and
// answers the tap with a toast.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { computerId, createHarness, type Harness, type TestUser } from "../support/harness.js";

const SIMULATED = "🧪 Simulated M-Pesa: no real money moved.";

describe("a repeat tap on a settled payment", () => {
  let h: Harness;
  let achieng: TestUser;
  let otieno: TestUser;
  let paymentId: number;

  beforeEach(async () => {
    h = await createHarness();
    achieng = h.user(5001, "Achieng");
    otieno = h.user(5002, "Otieno");
    const staffId = await h.addStaff(achieng, "OPERATOR");
    await h.addStaff(otieno, "OPERATOR");
    const customer = await h.services.customers.createCustomer({ firstName: "Abel", lastName: "Mutua", phone: "254712345678", idNumber: null });
    if (!customer.ok) throw new Error("customer");
    paymentId = (await h.services.payments.recordPayment({ customerId: customer.customer.id, amountKes: 2, balanceKes: 0, date: "2026-11-28", staffId })).id;
  });
  afterEach(() => h.close());

  /** Opens the payment from /unpaid: the question with Send prompt / Another number / Cash / Later. */
  async function question(user: TestUser): Promise<number> {
    await h.send(user, "/unpaid");
    await h.press(user, /^#\d+ Abel Mutua/);
    return h.latest(user).messageId;
  }

  const lastToast = () => h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text;

  it("keeps the cash confirmation and answers every later tap on that message with a toast", async () => {
    const messageId = await question(achieng);
    await h.press(achieng, texts.settle.cashButton);
    const confirmed = "💵 KES 2 cash from Abel Mutua, taken by Achieng.";
    expect(h.telegram.message(achieng.id, messageId)?.text).toBe(confirmed);
    const sentBefore = h.sent(achieng).length;

    for (const action of ["cash", "send", "later", "other"]) {
      await h.pressData(achieng, `settle:${action}:${paymentId}`, messageId);
      expect(h.telegram.message(achieng.id, messageId)?.text, action).toBe(confirmed);
      expect(lastToast(), action).toBe("This was already paid in cash (Achieng).");
    }
    expect(h.sent(achieng)).toHaveLength(sentBefore);
    expect(await h.db.stkRequest.count()).toBe(0);
  });

  it("answers a tap on another operator's copy of the question with a toast, not a new message", async () => {
    const otienosCopy = await question(otieno);
    await question(achieng);
    await h.press(achieng, texts.settle.cashButton);
    const sentBefore = h.sent(otieno).length;

    await h.pressData(otieno, `settle:cash:${paymentId}`, otienosCopy);
    expect(lastToast()).toBe("This was already paid in cash (Achieng).");
    expect(h.sent(otieno)).toHaveLength(sentBefore);
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ method: "CASH", settledById: expect.any(Number) as unknown });
  });

  it("keeps the 'waiting for the PIN' message when Send prompt is tapped again", async () => {
    const messageId = await question(achieng);
    await h.press(achieng, texts.settle.sendButton);
    const waiting = `${SIMULATED}\n📲 M-Pesa prompt for KES 2 to 0712 345 678 (Abel Mutua): waiting for the customer's PIN…`;
    expect(h.telegram.message(achieng.id, messageId)?.text).toBe(waiting);

    for (const action of ["send", "cash", "later"]) {
      await h.pressData(achieng, `settle:${action}:${paymentId}`, messageId);
      expect(h.telegram.message(achieng.id, messageId)?.text, action).toBe(waiting);
      expect(lastToast(), action).toBe(
        "An M-Pesa prompt for this is waiting for the customer's PIN. Wait for the answer (about a minute) before taking cash or sending another.",
      );
    }
    expect(await h.db.stkRequest.count()).toBe(1);

    // The result still replaces the waiting message.
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(h.telegram.message(achieng.id, messageId)?.text).toMatch(
      /^🧪 Simulated M-Pesa: no real money moved.\n✅ Paid: KES 2 from Abel Mutua by M-Pesa, receipt [A-Z0-9]{10}\.$/,
    );
    await h.pressData(achieng, `settle:send:${paymentId}`, messageId);
    expect(h.telegram.message(achieng.id, messageId)?.text).toMatch(/^🧪 Simulated M-Pesa: no real money moved.\n✅ Paid:/);
    expect(lastToast()).toMatch(/^This was already paid by simulated M-Pesa 🧪, receipt [A-Z0-9]{10} \(Achieng\)\.$/);
  });

  it("keeps 'left unpaid' when Later is tapped twice, and Cash after it still takes the money", async () => {
    const messageId = await question(achieng);
    await h.press(achieng, texts.settle.laterButton);
    await h.pressData(achieng, `settle:later:${paymentId}`, messageId);
    expect(h.telegram.message(achieng.id, messageId)?.text).toBe("🕓 KES 2 for Abel Mutua left unpaid. It is listed in /unpaid.");
    expect(h.sent(achieng).some((text) => text.startsWith("Something went wrong"))).toBe(false);
    await h.pressData(achieng, `settle:cash:${paymentId}`, messageId);
    expect(h.telegram.message(achieng.id, messageId)?.text).toBe("💵 KES 2 cash from Abel Mutua, taken by Achieng.");
  });
});

describe("a repeat tap on End", () => {
  let h: Harness;
  let operator: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Achieng");
    const staffId = await h.addStaff(operator, "OPERATOR");
    const customer = await h.db.customer.create({ data: { firstName: "Abel", lastName: "Mutua", phone: "254712345678", searchKey: "abel mutua" } });
    await h.services.sessions.startSession({ customerId: customer.id, computerId: await computerId(h, "PC-2"), staffId });
  });
  afterEach(() => h.close());

  it("leaves the list and the question as they are and says who ended it", async () => {
    await h.send(operator, "/sessions");
    const list = h.latest(operator);
    await h.press(operator, /^⏹ End PC-2 ·/);
    const question = h.latest(operator);
    const session = await h.db.usageSession.findFirstOrThrow();
    await h.pressData(operator, `end:${session.id}`, list.messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toMatch(/^This session was already ended by Achieng at \d\d:\d\d\.$/);
    expect(h.latest(operator)).toEqual(question);
    expect(h.telegram.message(operator.id, list.messageId)?.text).toBe(list.text);
  });
});
