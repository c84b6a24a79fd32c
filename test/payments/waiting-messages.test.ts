// Every message that shows a prompt as waiting for the customer's PIN ends up showing its outcome,
// whoever's it is: the operator who sent the prompt, one whose tap found it already out, one waiting
// for another prompt of the same payment. And a message that gave way to a newer one for its payment
// keeps no buttons that look live.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import type { Msisdn } from "../../src/domain/phone.js";
import { DarajaApiError } from "../../src/mpesa/errors.js";
import { requestMpesaPayment, type MpesaGateway } from "../../src/services/prompts.js";
import { computerId, createHarness, type Harness, type TestUser } from "../support/harness.js";
import { UNUSED_C2B } from "../support/unused-c2b.js";

/** The harness runs the simulator: every message about a prompt starts with this line. */
const SIMULATED = "🧪 Simulated M-Pesa: no real money moved.";
const SETTLE_BUTTONS = ["🔁 Send again", "✏️ Another number", "💵 Cash", "🕓 Later", "🧾 Check a receipt", "📲 Pay from the M-Pesa menu"];

describe("messages waiting for a prompt", () => {
  let h: Harness;
  let operator: TestUser;
  let other: TestUser;
  let manager: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    other = h.user(5002, "Achieng");
    manager = h.user(7001, "Mary");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(other, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
  });
  afterEach(() => h.close());

  /** A session of 72 minutes (KES 120) ended by the operator: the settle question is on their screen. */
  async function endedSession(phone: string): Promise<{ paymentId: number; question: number }> {
    const staffId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(operator.id) } })).id;
    const customer = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone, idNumber: null });
    if (!customer.ok) throw new Error("customer");
    await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: await computerId(h, "PC-4"), staffId });
    h.advance(72 * 60 * 1000);
    await h.send(operator, "/sessions");
    await h.press(operator, /^⏹ End/);
    const payment = await h.db.payment.findFirstOrThrow({ orderBy: { id: "desc" } });
    return { paymentId: payment.id, question: h.latest(operator).messageId };
  }

  /** `user` opens the payment from /unpaid: the same question, in their chat. */
  async function openFromUnpaid(user: TestUser): Promise<number> {
    await h.send(user, "/unpaid");
    await h.press(user, /^#\d+ Jane Wanjiku/);
    return h.latest(user).messageId;
  }

  const textOf = (user: TestUser, messageId: number) => h.telegram.message(user.id, messageId)?.text;
  const buttonsOf = (user: TestUser, messageId: number) =>
    ((h.telegram.message(user.id, messageId)?.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined)?.inline_keyboard ?? [])
      .flat()
      .map((b) => b.text);

  it("two operators tap Send prompt at once: one prompt goes out, and both messages show its outcome", async () => {
    const { question } = await endedSession("254712345678");
    const theirs = await openFromUnpaid(other);
    await Promise.all([h.press(operator, texts.settle.sendButton), h.press(other, texts.settle.sendButton)]);
    expect(await h.db.stkRequest.count()).toBe(1);
    const stk = await h.db.stkRequest.findFirstOrThrow({ include: { requestedBy: true } });
    const [sender, loser] =
      stk.requestedBy.name === "Otieno"
        ? [
            { user: operator, message: question },
            { user: other, message: theirs },
          ]
        : [
            { user: other, message: theirs },
            { user: operator, message: question },
          ];
    expect(textOf(sender.user, sender.message)).toBe(
      `${SIMULATED}\n📲 M-Pesa prompt for KES 120 to 0712 345 678 (Jane Wanjiku): waiting for the customer's PIN…`,
    );
    expect(textOf(loser.user, loser.message)).toBe(
      `${SIMULATED}\n📲 The M-Pesa prompt for KES 120 to 0712 345 678 (Jane Wanjiku) was already sent: waiting for the customer's PIN… The answer will show here.`,
    );

    await h.customersAnswer();
    await h.deliverNotifications();
    const { receipt } = await h.db.stkRequest.findFirstOrThrow();
    const paid = `${SIMULATED}\n✅ Paid: KES 120 from Jane Wanjiku by M-Pesa, receipt ${receipt!}.`;
    expect(textOf(sender.user, sender.message)).toBe(paid);
    expect(textOf(loser.user, loser.message)).toBe(paid);
    expect(h.sent(manager)).toHaveLength(1);
  });

  it("a button tapped on an older message while the prompt is out turns it into one that shows the outcome", async () => {
    await endedSession("254712341032");
    const theirs = await openFromUnpaid(other);
    await h.press(operator, texts.settle.sendButton);
    await h.press(other, texts.settle.cashButton);
    expect(textOf(other, theirs)).toContain("was already sent: waiting for the customer's PIN…");
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PENDING", method: "MPESA" });

    await h.customersAnswer(); // cancelled by the customer
    await h.deliverNotifications();
    expect(textOf(other, theirs)).toBe(`${SIMULATED}\n❌ The M-Pesa payment of KES 120 for Jane Wanjiku failed: Cancelled by the customer.`);
    expect(buttonsOf(other, theirs)).toEqual(SETTLE_BUTTONS);
    await h.press(other, texts.settle.cashButton);
    expect(textOf(other, theirs)).toBe("💵 KES 120 cash from Jane Wanjiku, taken by Achieng.");
  });

  it("a number confirmed after someone else's prompt went out: the message follows that prompt", async () => {
    await endedSession("254712345678");
    await openFromUnpaid(other);
    await h.press(operator, texts.settle.otherNumberButton);
    await h.send(operator, "0722 000 111");
    await h.press(other, texts.settle.sendButton);
    await h.press(operator, texts.settle.confirmButton);
    const mine = h.latest(operator).messageId;
    expect(textOf(operator, mine)).toBe(
      `${SIMULATED}\n📲 The M-Pesa prompt for KES 120 to 0712 345 678 (Jane Wanjiku) was already sent: waiting for the customer's PIN… The answer will show here.`,
    );
    expect(await h.db.stkRequest.count()).toBe(1);

    await h.customersAnswer();
    await h.deliverNotifications();
    expect(textOf(operator, mine)).toContain("✅ Paid: KES 120 from Jane Wanjiku by M-Pesa");
  });

  it("a prompt Daraja refuses while someone's message follows it: that message is told too, with the buttons to go on", async () => {
    const { paymentId, question } = await endedSession("254712345678");
    const theirs = await openFromUnpaid(other);
    const staffId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(operator.id) } })).id;
    // Achieng taps Send prompt while Otieno's prompt is on its way to Daraja, which refuses it.
    const refusing: MpesaGateway = {
      ...UNUSED_C2B,
      async stkPush() {
        await h.press(other, texts.settle.sendButton);
        throw new DarajaApiError("stk_push", {
          httpStatus: 500,
          errorCode: "500.001.1001",
          errorMessage: "Unable to lock subscriber, a transaction is already in process for the current subscriber",
          requestId: "r1",
        });
      },
      stkQuery: () => Promise.reject(new Error("not used")),
    };
    const result = await requestMpesaPayment(h.context, refusing, {
      paymentId,
      phone: "254712345678" as Msisdn,
      staffId,
      chatId: operator.id,
      messageId: question,
    });
    expect(result).toMatchObject({ ok: false, reason: "mpesa_refused", error: "subscriber_locked" });
    expect(textOf(other, theirs)).toContain("was already sent: waiting for the customer's PIN…");

    await h.deliverNotifications();
    expect(textOf(other, theirs)).toBe(`${SIMULATED}\n❌ The prompt was not sent. The customer has another M-Pesa request open; try again in a minute.`);
    expect(buttonsOf(other, theirs)).toEqual(SETTLE_BUTTONS);
    expect(h.sent(manager)).toEqual([]);
  });

  for (const order of ["as they come", "the newer prompt's decline first"] as const) {
    it(`when another prompt of the payment brings the money in, a message waiting for a newer one says it is paid (answers ${order})`, async () => {
      const { question } = await endedSession("254712345678");
      await h.press(operator, texts.settle.sendButton);
      h.advance(h.config.mpesa.reconcileGiveUpMs + 1000);
      await h.reconcile();
      await h.deliverNotifications();
      expect(textOf(operator, question)).toContain("❓ No final answer from M-Pesa for KES 120");

      // Asked again, at another number the customer then declines; the first prompt is paid meanwhile.
      const again = await openFromUnpaid(other);
      await h.press(other, texts.settle.otherNumberButton);
      await h.send(other, "0712 341 032");
      await h.press(other, texts.settle.confirmButton);
      const waiting = h.latest(other).messageId;
      expect(waiting).not.toBe(again);
      expect(textOf(other, waiting)).toContain("waiting for the customer's PIN…");

      await h.customersAnswer({ newestFirst: order !== "as they come" });
      await h.deliverNotifications();
      expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID" });
      expect(textOf(operator, question)).toContain("✅ Paid after all: M-Pesa now confirms KES 120 from Jane Wanjiku");
      expect(textOf(other, waiting)).toContain("✅ Paid after all: M-Pesa now confirms KES 120 from Jane Wanjiku");
      expect(buttonsOf(other, waiting)).toEqual([]);
    });
  }

  it("each Another number try takes the buttons off the message it was asked from", async () => {
    const { question } = await endedSession("254712345678");
    await h.press(operator, texts.settle.otherNumberButton);
    await h.send(operator, "0712 341 032");
    await h.press(operator, texts.settle.confirmButton);
    const first = h.latest(operator).messageId;
    expect(buttonsOf(operator, question)).toEqual([]);

    await h.customersAnswer(); // cancelled
    await h.deliverNotifications();
    expect(buttonsOf(operator, first)).toEqual(SETTLE_BUTTONS);
    await h.press(operator, texts.settle.otherNumberButton);
    await h.send(operator, "0722 000 111");
    await h.press(operator, texts.settle.confirmButton);
    const second = h.latest(operator).messageId;
    expect(second).not.toBe(first);
    expect(textOf(operator, first)).toBe(`${SIMULATED}\n❌ The M-Pesa payment of KES 120 for Jane Wanjiku failed: Cancelled by the customer.`);
    expect(buttonsOf(operator, first)).toEqual([]);

    await h.customersAnswer();
    await h.deliverNotifications();
    expect(textOf(operator, second)).toContain("✅ Paid: KES 120 from Jane Wanjiku by M-Pesa");
  });
});
