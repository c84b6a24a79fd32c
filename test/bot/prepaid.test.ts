import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { prepaidNotices } from "../../src/services/prepaid.js";
import { endSession } from "../../src/services/sessions.js";
import { interceptQueries } from "../support/db-faults.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { newCustomerUpToComputer } from "../support/steps.js";

const MINUTE = 60 * 1000;

describe("prepaid time", () => {
  let h: Harness;
  let operator: TestUser;
  let operatorId: number;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    operatorId = await h.addStaff(operator, "OPERATOR");
    await h.services.computers.addComputers(["PC-3", "PC-4"], null);
  });
  afterEach(() => h.close());

  /** Jane Wanjiku on PC-4 from 09:00 (KES 100/h). */
  async function startSession() {
    await newCustomerUpToComputer(h, operator, "Jane", "Wanjiku", "0712 345 678");
    await h.press(operator, "PC-4");
    const started = h.latest(operator);
    expect(started.text).toBe("▶️ Session started for Jane Wanjiku on PC-4 at 09:00.");
    expect(started.buttons.map((b) => b.text)).toEqual(["⏱ 30 min · KES 50", "⏱ 1 h · KES 100", "⏱ 2 h · KES 200", "⏱ Amount…"]);
    return h.db.usageSession.findFirstOrThrow();
  }

  /** The notices written and delivered now; returns how many were written. */
  async function checkTime(): Promise<number> {
    const written = await prepaidNotices(h.context);
    await h.deliverNotifications();
    return written;
  }

  const times = (text: string) => h.sent(operator).filter((sent) => sent === text).length;

  it("is bought at the start, announced 5 minutes before and when up (once each), extended with one tap, and only the time beyond it is charged", async () => {
    const session = await startSession();
    await h.press(operator, texts.prepaid.choiceButton(60, 100));
    const bought = h.latest(operator);
    expect(bought.text).toBe("⏱ Jane Wanjiku (PC-4) prepaid until 10:00: KES 100. Send the M-Pesa prompt to 0712 345 678?");
    await h.press(operator, texts.settle.cashButton);
    expect(h.latest(operator).text).toBe("💵 KES 100 cash from Jane Wanjiku, taken by Otieno.");
    expect(await h.db.payment.findMany({ where: { prepaidSessionId: session.id } })).toMatchObject([
      { amountKes: 100, state: "PAID", method: "CASH", sessionId: null },
    ]);
    // At a glance, the counter sees the time paid for, not only what the session has cost so far.
    h.advance(20 * MINUTE);
    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toContain("• PC-4 · Jane Wanjiku\n  since 09:00, 20 min, KES 33 so far\n  ⏱ prepaid until 10:00: KES 100\n\n");

    h.advance(34 * MINUTE);
    expect(await checkTime()).toBe(0);
    h.advance(MINUTE);
    expect(await checkTime()).toBe(1);
    // Another loop, or a restarted one, writes nothing more.
    expect(await checkTime()).toBe(0);
    const warning = h.latest(operator);
    expect(warning.text).toBe("⏳ PC-4 (Jane Wanjiku): 5 minutes left");
    expect(warning.buttons.map((b) => b.text)).toEqual(["➕ Extend 30 min"]);

    h.advance(5 * MINUTE);
    expect(await checkTime()).toBe(1);
    expect(await checkTime()).toBe(0);
    expect(h.latest(operator).text).toBe("⌛ PC-4 (Jane Wanjiku): time is up");
    expect(times("⏳ PC-4 (Jane Wanjiku): 5 minutes left")).toBe(1);
    expect(times("⌛ PC-4 (Jane Wanjiku): time is up")).toBe(1);

    await h.press(operator, texts.prepaid.extendButton(30));
    const extended = h.latest(operator);
    expect(extended.text).toBe("⏱ Jane Wanjiku (PC-4) prepaid until 10:30: KES 50. Send the M-Pesa prompt to 0712 345 678?");
    // The same tap again buys nothing more.
    const notice = h.telegram.messagesIn(operator.id).find((message) => message.text === "⌛ PC-4 (Jane Wanjiku): time is up")!;
    await h.pressData(operator, `prepay:${session.id}:30`, notice.message_id);
    expect(await h.db.payment.count({ where: { prepaidSessionId: session.id } })).toBe(2);
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ prepaidSeconds: 90 * 60, prepaidKes: 150 });
    await h.press(operator, texts.settle.cashButton);

    // The extension has notices of its own.
    h.advance(25 * MINUTE);
    expect(await checkTime()).toBe(1);
    expect(times("⏳ PC-4 (Jane Wanjiku): 5 minutes left")).toBe(2);

    // Ended at 10:40: 1 h 40 min cost KES 167, KES 150 of it prepaid.
    h.advance(15 * MINUTE);
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.endButton("Jane Wanjiku", "PC-4"));
    const bill = h.latest(operator);
    expect(bill.text).toBe(
      "KES 17 for Jane Wanjiku, 1 h 40 min (1 h 30 min prepaid for KES 150; KES 17 for the time beyond it). Send the M-Pesa prompt to 0712 345 678?",
    );
    expect(bill.buttons.map((b) => b.text)).toEqual([
      "📲 Send prompt",
      "✏️ Another number",
      "💵 Cash",
      "🕓 Later",
      "✂️ Lower the amount",
      "🧾 Check a receipt",
    ]);
    expect(await h.db.payment.findUniqueOrThrow({ where: { sessionId: session.id } })).toMatchObject({ amountKes: 17 });
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ amountKes: 167 });
    // An ended session gets no more notices.
    h.advance(60 * MINUTE);
    expect(await checkTime()).toBe(0);
  });

  it("ended within the prepaid time owes nothing more, and says unused time is not refunded automatically", async () => {
    const session = await startSession();
    await h.press(operator, texts.prepaid.choiceButton(120, 200));
    await h.press(operator, texts.settle.sendButton);
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(await h.db.payment.findFirstOrThrow({ where: { prepaidSessionId: session.id } })).toMatchObject({ amountKes: 200, state: "PAID", method: "MPESA" });

    h.advance(45 * MINUTE);
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.endButton("Jane Wanjiku", "PC-4"));
    expect(h.latest(operator).text).toBe(
      "Jane Wanjiku, 45 min: nothing more to pay. Prepaid: 2 h, KES 200.\nUnused prepaid time is not refunded automatically; a manager can refund it from /payments (the prepaid payment's details).",
    );
    expect(h.latest(operator).buttons).toEqual([]);
    expect(await h.db.payment.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ amountKes: 200 });
    h.advance(2 * 60 * MINUTE);
    expect(await checkTime()).toBe(0);
  });

  it("time bought while the session is being ended is not charged twice: the bill is only the time beyond it", async () => {
    const session = await startSession();
    h.advance(90 * MINUTE);
    let bought = false;
    // End reads the session, then an hour is bought (KES 100) before End writes.
    const racing = interceptQueries(h.db, ["usageSession.findUnique"], async (query, args) => {
      const read = await query(...args);
      if (!bought) {
        bought = true;
        expect(await h.services.prepaid.prepay({ sessionId: session.id, staffId: operatorId, minutes: 60, idempotencyKey: "racing" })).toMatchObject({
          ok: true,
          amountKes: 100,
        });
      }
      return read;
    });

    const ended = await endSession({ ...h.context, db: racing }, session.id, operatorId);
    expect(bought).toBe(true);
    // 1 h 30 min cost KES 150: KES 100 of it prepaid, KES 50 owed for the time beyond it.
    expect(ended).toMatchObject({ ok: true, ended: { seconds: 90 * 60, amountKes: 50, prepaid: { seconds: 60 * 60, amountKes: 100 } } });
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ amountKes: 150, prepaidKes: 100 });
    const charged = await h.db.payment.findMany({ where: { customerId: session.customerId }, orderBy: { id: "asc" } });
    expect(charged.map(({ amountKes, prepaidSessionId, sessionId }) => ({ amountKes, prepaidSessionId, sessionId }))).toEqual([
      { amountKes: 100, prepaidSessionId: session.id, sessionId: null },
      { amountKes: 50, prepaidSessionId: null, sessionId: session.id },
    ]);
    expect(charged.reduce((sum, payment) => sum + payment.amountKes, 0)).toBe(150);
  });

  it("buys the whole minutes a typed amount covers", async () => {
    const session = await startSession();
    await h.press(operator, texts.prepaid.amountButton);
    expect(h.latest(operator).text).toBe("How much does Jane Wanjiku pay for time? Amount in KES:");
    await h.send(operator, "1");
    expect(h.latest(operator).text).toBe("KES 1 does not buy a whole minute. Type a larger amount:");
    await h.send(operator, "76");
    // KES 76 at KES 100/h covers 45 min (KES 75); 46 min would cost KES 77.
    expect(h.latest(operator).text).toBe("⏱ Jane Wanjiku (PC-4) prepaid until 09:45: KES 75. Send the M-Pesa prompt to 0712 345 678?");
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ prepaidSeconds: 45 * 60, prepaidKes: 75 });
  });
});
