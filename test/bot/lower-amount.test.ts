// ✂️ Lower the amount after End: up to MAX_OPERATOR_DISCOUNT_KES off it applies at once; above, a
// manager approves or refuses from their chat, and the payment cannot be settled meanwhile.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment } from "../support/steps.js";

const QUESTION_120 = "KES 120 for Jane Wanjiku, 1 h 12 min. Send the M-Pesa prompt to 0712 345 678?";

describe("lowering the amount", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;
  let otherManager: TestUser;
  let question: number;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    otherManager = h.user(7002, "Moses");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
    await h.addStaff(otherManager, "MANAGER");
    question = (await owedPayment(h, { operator, computer: "PC-4" })).messageId!; // KES 120
    expect(h.latest(operator)).toMatchObject({ text: QUESTION_120 });
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual([
      "📲 Send prompt",
      "✏️ Another number",
      "💵 Cash",
      "🕓 Later",
      "✂️ Lower the amount",
      "🧾 Check a receipt",
    ]);
  });
  afterEach(() => h.close());

  async function lower(amount: string, reason: string) {
    await h.press(operator, texts.settle.lowerButton);
    expect(h.latest(operator).text).toBe("Jane Wanjiku owes KES 120. Type the new, lower amount in KES (or /cancel):");
    await h.send(operator, amount);
    expect(h.latest(operator).text).toBe("Why? Type the reason (e.g. discount, fault on the computer):");
    await h.send(operator, reason);
  }

  const paymentId = async () => (await h.db.payment.findFirstOrThrow()).id;

  it("up to the limit (exactly KES 50 off) applies at once, keeping the original amount and the reason", async () => {
    await lower("70", "fault on PC-4");
    const answer = h.latest(operator);
    expect(answer.text).toBe("✂️ Lowered from KES 120: fault on PC-4.\nKES 70 for Jane Wanjiku. Send the M-Pesa prompt to 0712 345 678?");
    expect(answer.buttons.map((b) => b.text)).toEqual([
      "📲 Send prompt",
      "✏️ Another number",
      "💵 Cash",
      "🕓 Later",
      "✂️ Lower the amount",
      "🧾 Check a receipt",
    ]);
    expect(h.telegram.message(operator.id, question)?.reply_markup).toBeUndefined();
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ amountKes: 70, originalAmountKes: 120, adjustReason: "fault on PC-4" });
    expect(await h.db.amountAdjustment.findFirstOrThrow()).toMatchObject({ state: "APPROVED", fromKes: 120, toKes: 70 });
    await h.deliverNotifications();
    expect(h.sent(manager)).toEqual([]);

    await h.press(operator, texts.settle.sendButton);
    expect((await h.db.stkRequest.findFirstOrThrow()).amountKes).toBe(70);
  });

  it("refuses an amount that is not lower, and asks again", async () => {
    await h.press(operator, texts.settle.lowerButton);
    await h.send(operator, "120");
    expect(h.latest(operator).text).toBe("Type a whole number of shillings lower than KES 120, e.g. 110.");
    await h.send(operator, "cheap");
    expect(h.latest(operator).text).toBe("Type a whole number of shillings lower than KES 120, e.g. 110.");
    await h.send(operator, "100");
    expect(h.latest(operator).text).toBe("Why? Type the reason (e.g. discount, fault on the computer):");
  });

  it("above the limit waits for a manager: nothing can be settled meanwhile; one Approve (a double tap counts once) lowers it", async () => {
    await lower("69", "regular customer"); // KES 51 off
    const waiting = h.latest(operator);
    expect(waiting.text).toBe("✂️ KES 69 instead of KES 120 for Jane Wanjiku (regular customer): waiting for a manager's approval. The answer will show here.");
    expect(waiting.buttons).toEqual([]);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ amountKes: 120, originalAmountKes: null });

    // The old question's buttons (and /unpaid's) wait too.
    const id = await paymentId();
    for (const action of ["send", "cash", "later", "other"]) {
      await h.pressData(operator, `settle:${action}:${id}`, question);
      expect(h.telegram.callsOf("answerCallbackQuery").at(-1)!.params.text).toBe(
        "A lower amount for this is waiting for a manager's approval. Wait for the answer before asking for the money.",
      );
    }
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "NOT_REQUESTED" });
    expect(await h.db.stkRequest.count()).toBe(0);
    expect(await h.services.payments.takeCash(id, (await h.db.staff.findFirstOrThrow()).id)).toMatchObject({ ok: false, reason: "approval_pending" });

    await h.deliverNotifications();
    const asked = "✂️ Otieno asks to lower Jane Wanjiku's KES 120 to KES 69 (KES 51 off). Reason: regular customer";
    expect(h.sent(manager)).toEqual([asked]);
    expect(h.sent(otherManager)).toEqual([asked]);
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual(["✅ Approve", "❌ Refuse"]);

    // An operator cannot answer it.
    const approveData = (h.latest(manager).buttons[0] as { callback_data: string }).callback_data;
    await h.pressData(operator, approveData, question);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)!.params.text).toBe("Only managers can do that.");

    const request = h.latest(manager).messageId;
    await Promise.all([h.pressData(manager, approveData, request), h.pressData(manager, approveData, request)]);
    expect(h.telegram.message(manager.id, request)?.text).toBe("✅ Approved: Jane Wanjiku pays KES 69 instead of KES 120. The operator is told.");
    expect(h.telegram.callsOf("answerCallbackQuery").map((c) => c.params.text)).toContain("This was already approved by Mary.");
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ amountKes: 69, originalAmountKes: 120, adjustReason: "regular customer" });

    await h.press(otherManager, texts.adjust.approveButton);
    expect(h.latest(otherManager).text).toBe("This was already approved by Mary.");

    expect(await h.deliverNotifications()).toBe(1);
    const answered = h.telegram.message(operator.id, waiting.messageId)!;
    expect(answered.text).toBe("✅ Mary approved KES 69 instead of KES 120.\nKES 69 for Jane Wanjiku. Send the M-Pesa prompt to 0712 345 678?");
    await h.press(operator, texts.settle.cashButton);
    expect(h.latest(operator).text).toBe("💵 KES 69 cash from Jane Wanjiku, taken by Otieno.");
  });

  it("/payments details show what it was lowered from, why, by whom and the manager who approved", async () => {
    await lower("70", "fault on PC-4");
    await h.send(operator, "/payments");
    await h.press(operator, /^⚪ #\d+ Jane Wanjiku/);
    expect(h.latest(operator).text.split("\n")[0]).toMatch(/^⚪ Payment #\d+: KES 70 for a session \(lowered from KES 120 by Otieno: fault on PC-4\)$/);

    await h.press(operator, texts.settle.lowerButton);
    await h.send(operator, "10");
    await h.send(operator, "regular customer"); // KES 60 off: a manager approves
    await h.deliverNotifications();
    await h.press(manager, texts.adjust.approveButton);
    await h.send(manager, "/payments");
    await h.press(manager, /^⚪ #\d+ Jane Wanjiku/);
    expect(h.latest(manager).text.split("\n")[0]).toMatch(
      /^⚪ Payment #\d+: KES 10 for a session \(lowered from KES 120 by Otieno, approved by Mary: regular customer\)$/,
    );
  });

  it("a refusal keeps the amount, and the operator can settle it again", async () => {
    await lower("20", "friend of the owner");
    const waiting = h.latest(operator).messageId;
    await h.deliverNotifications();
    await h.press(manager, texts.adjust.refuseButton);
    expect(h.latest(manager).text).toBe("❌ Refused: Jane Wanjiku still owes KES 120. The operator is told.");
    await h.deliverNotifications();
    expect(h.telegram.message(operator.id, waiting)?.text).toBe(
      "❌ Mary refused to lower the amount: it stays KES 120.\nKES 120 for Jane Wanjiku. Send the M-Pesa prompt to 0712 345 678?",
    );
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ amountKes: 120, originalAmountKes: null });
    expect(await h.db.amountAdjustment.findFirstOrThrow()).toMatchObject({ state: "REFUSED" });
    await h.press(operator, texts.settle.sendButton);
    expect((await h.db.stkRequest.findFirstOrThrow()).amountKes).toBe(120);
  });

  it("a manager lowers any amount at once", async () => {
    await h.send(manager, "/unpaid");
    await h.press(manager, /Jane Wanjiku/);
    await h.press(manager, texts.settle.lowerButton);
    await h.send(manager, "10");
    await h.send(manager, "fault on PC-4");
    expect(h.latest(manager).text).toBe("✂️ Lowered from KES 120: fault on PC-4.\nKES 10 for Jane Wanjiku. Send the M-Pesa prompt to 0712 345 678?");
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ amountKes: 10 });
  });
});
