import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { commandMenus } from "../../src/bot/commands.js";
import { prepaidNotices } from "../../src/services/prepaid.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { newCustomerUpToComputer } from "../support/steps.js";

/** The harness runs the simulator: every message about a prompt starts with this line. */
const SIMULATED = "🧪 Simulated M-Pesa: no real money moved.";

/** The café's computers PC-1…PC-20, as a manager lists them; their ids by name. */
async function listComputers(h: Harness): Promise<Map<string, number>> {
  await h.services.computers.addComputers(
    Array.from({ length: 20 }, (_, i) => `PC-${i + 1}`),
    null,
  );
  return new Map((await h.db.computer.findMany()).map((computer) => [computer.name, computer.id]));
}

describe("the operator's day", () => {
  let h: Harness;
  let operator: TestUser;
  let other: TestUser;
  let computers: Map<string, number>;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    other = h.user(5002, "Achieng");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(other, "OPERATOR");
    computers = await listComputers(h);
  });
  afterEach(() => h.close());

  async function newCustomerSession(user: TestUser, first: string, last: string, phone: string, computer = "PC-4") {
    await newCustomerUpToComputer(h, user, first, last, phone);
    expect(h.latest(user).text).toBe("Which computer? Tap a free one, or type its name.");
    await h.press(user, computer);
  }

  async function endFirstSession(user: TestUser) {
    await h.send(user, "/sessions");
    await h.press(user, /^⏹ End/);
  }

  it("refuses strangers, telling them only their Telegram id", async () => {
    const stranger = h.user(999, "Mallory");
    await h.send(stranger, "/sessions");
    expect(h.sent(stranger)).toEqual([
      "You are not on the staff of this café; your Telegram id is 999. Give it to the manager, who can send you an invite link.",
    ]);
    expect(await h.db.usageSession.count()).toBe(0);
  });

  it("greets staff with what they can do", async () => {
    await h.send(operator, "/start");
    expect(h.latest(operator).text).toContain("Hello Otieno. You are an operator here.");
    expect(h.latest(operator).text).toContain("/sessions");
    expect(h.latest(operator).text).not.toContain("/tariff");
  });

  it("starts a session for a new customer, lists it, ends it and sends the M-Pesa prompt", async () => {
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    expect(h.latest(operator).text).toMatch(/^▶️ Session started for Jane Wanjiku on PC-4 at \d\d:\d\d\.$/);

    h.advance(72 * 60 * 1000); // 1 h 12 min at KES 100/h = KES 120
    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toBe(
      ["Active sessions: 1", "• PC-4 · Jane Wanjiku\n  since 09:00, 1 h 12 min, KES 120 so far", "🟢 Free (19): PC-1–PC-3, PC-5–PC-20"].join("\n\n"),
    );

    await h.press(operator, texts.session.endButton("Jane Wanjiku", "PC-4"));
    const question = h.latest(operator);
    expect(question.text).toBe("KES 120 for Jane Wanjiku, 1 h 12 min. Send the M-Pesa prompt to 0712 345 678?");
    expect(question.buttons.map((b) => b.text)).toEqual([
      "📲 Send prompt",
      "✏️ Another number",
      "💵 Cash",
      "🕓 Later",
      "✂️ Lower the amount",
      "🧾 Check a receipt",
    ]);

    await h.press(operator, texts.settle.sendButton);
    expect(h.telegram.message(operator.id, question.messageId)?.text).toBe(
      `${SIMULATED}\n📲 M-Pesa prompt for KES 120 to 0712 345 678 (Jane Wanjiku): waiting for the customer's PIN…`,
    );
    const stk = await h.db.stkRequest.findFirstOrThrow();
    expect(stk).toMatchObject({ state: "PENDING", phone: "254712345678", amountKes: 120, accountReference: expect.stringMatching(/^S\d+$/) as unknown });
    expect(stk.checkoutRequestId).toMatch(/^ws_CO_/);
    expect(Number(stk.chatId)).toBe(operator.id);
    expect(stk.messageId).toBe(question.messageId);
    const payment = await h.db.payment.findFirstOrThrow();
    expect(payment).toMatchObject({ state: "PENDING", method: "MPESA", amountKes: 120 });
    const session = await h.db.usageSession.findFirstOrThrow();
    expect(session.endedAt).not.toBeNull();
    expect(session.amountKes).toBe(120);
  });

  it("ends a session exactly once when two operators tap End", async () => {
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    await h.send(operator, "/sessions");
    await h.send(other, "/sessions");
    await Promise.all([h.press(operator, /^⏹ End/), h.press(other, /^⏹ End/)]);
    expect(await h.db.payment.count()).toBe(1);
    const answers = h.telegram
      .callsOf("answerCallbackQuery")
      .map((c) => c.params.text)
      .filter(Boolean);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatch(/^This session was already ended by (Otieno|Achieng) at \d\d:\d\d\.$/);
  });

  it("refuses a second session for a customer who has one, offering to end it", async () => {
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    await h.send(operator, "/new");
    await h.send(operator, "wanjiku");
    await h.press(operator, /^Jane Wanjiku/);
    await h.press(operator, "PC-7");
    expect(h.latest(operator).text).toMatch(/^Jane Wanjiku already has a session running on PC-4 since \d\d:\d\d\. End it first:$/);
    expect(h.latest(operator).buttons[0]?.text).toBe("⏹ End PC-4 · Jane Wanjiku");
    expect(await h.db.usageSession.count()).toBe(1);
  });

  it("sends the prompt to another number after explaining an invalid one", async () => {
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    await endFirstSession(operator);
    await h.press(operator, texts.settle.otherNumberButton);
    expect(h.latest(operator).text).toBe("Type the M-Pesa number to prompt (e.g. 0712 345 678):");
    await h.send(operator, "0733 123 456");
    expect(h.latest(operator).text).toContain("not Safaricom");
    await h.send(operator, "12345");
    expect(h.latest(operator).text).toContain("too short");
    await h.send(operator, "+254 110 123 456");
    expect(h.latest(operator).text).toBe("Send the prompt for KES 1 to 0110 123 456?");
    await h.press(operator, texts.settle.confirmButton);
    expect(h.latest(operator).text).toBe(`${SIMULATED}\n📲 M-Pesa prompt for KES 1 to 0110 123 456 (Jane Wanjiku): waiting for the customer's PIN…`);
    expect((await h.db.stkRequest.findFirstOrThrow()).phone).toBe("254110123456");
  });

  it("takes cash, once, and says who took it", async () => {
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    await endFirstSession(operator);
    const question = h.latest(operator);
    await h.press(operator, texts.settle.cashButton);
    expect(h.telegram.message(operator.id, question.messageId)?.text).toBe("💵 KES 1 cash from Jane Wanjiku, taken by Otieno.");
    // The same tap delivered again, and another operator's tap on an old copy of the question.
    const data = `settle:cash:${(await h.db.payment.findFirstOrThrow()).id}`;
    await h.pressData(operator, data, question.messageId);
    expect(h.telegram.message(operator.id, question.messageId)?.text).toBe("💵 KES 1 cash from Jane Wanjiku, taken by Otieno.");
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe("This was already paid in cash (Otieno).");
    await h.pressData(other, data, 424242);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe("This was already paid in cash (Otieno).");
    expect(h.sent(other)).toEqual([]);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "CASH" });
    expect(await h.db.stkRequest.count()).toBe(0);
  });

  it("leaves a session unpaid for later, then settles it from /unpaid", async () => {
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    await endFirstSession(operator);
    await h.press(operator, texts.settle.laterButton);
    expect(h.latest(operator).text).toBe("🕓 KES 1 for Jane Wanjiku left unpaid. It is listed in /unpaid.");
    await h.send(operator, "/unpaid");
    expect(h.latest(operator).text).toContain("⚪ #1 Jane Wanjiku: KES 1 (session), 28/11/2026, not requested");
    await h.press(operator, texts.payments.owedButton({ id: 1, customerName: "Jane Wanjiku", amountKes: 1 }));
    expect(h.latest(operator).text).toBe("KES 1 for Jane Wanjiku. Send the M-Pesa prompt to 0712 345 678?");
    await h.press(operator, texts.settle.sendButton);
    expect(h.latest(operator).text).toBe(`${SIMULATED}\n📲 M-Pesa prompt for KES 1 to 0712 345 678 (Jane Wanjiku): waiting for the customer's PIN…`);
    await h.send(operator, "/unpaid");
    expect(h.latest(operator).text).toBe("Nothing is owed. 🎉");
  });

  it("turns a Daraja refusal into a plain sentence with Retry and Cash", async () => {
    // The simulator refuses a second prompt while the first is open: subscriber locked.
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    await newCustomerSession(operator, "Tom", "Mboya", "0712 345 678", "PC-5");
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.endButton("Jane Wanjiku", "PC-4"));
    await h.press(operator, texts.settle.sendButton);
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.endButton("Tom Mboya", "PC-5"));
    await h.press(operator, texts.settle.sendButton);
    const refused = h.latest(operator);
    expect(refused.text).toBe(`${SIMULATED}\n❌ The prompt was not sent. The customer has another M-Pesa request open; try again in a minute.`);
    expect(refused.buttons.map((b) => b.text)).toEqual([
      "🔁 Send again",
      "✏️ Another number",
      "💵 Cash",
      "🕓 Later",
      "🧾 Check a receipt",
      "📲 Pay from the M-Pesa menu",
    ]);
    const failed = await h.db.payment.findFirstOrThrow({ where: { customer: { firstName: "Tom" } } });
    expect(failed.state).toBe("FAILED");
    await h.press(operator, texts.settle.cashButton);
    expect(h.latest(operator).text).toBe("💵 KES 1 cash from Tom Mboya, taken by Otieno.");
  });

  it("records another payment with /pay: amount, balance, date, then cash", async () => {
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    await h.send(operator, "/pay");
    await h.send(operator, "jane");
    await h.press(operator, /^Jane Wanjiku/);
    expect(h.latest(operator).text).toBe("Payment from Jane Wanjiku. Amount in KES?");
    await h.send(operator, "12.50");
    expect(h.latest(operator).text).toBe("Type a whole number of shillings from 1 to 250,000, e.g. 150.");
    await h.send(operator, "1,500");
    await h.send(operator, "200");
    await h.send(operator, "tomorrow");
    expect(h.latest(operator).text).toContain("I could not read that date");
    await h.send(operator, "yesterday");
    expect(h.latest(operator).text).toBe(
      "KES 1,500 from Jane Wanjiku on 27/11/2026, KES 200 still owed after it. How is it paid? (📲 sends the prompt to 0712 345 678)",
    );
    await h.press(operator, texts.settle.cashButton);
    expect(h.latest(operator).text).toBe("💵 KES 1,500 cash from Jane Wanjiku, taken by Otieno.");
    expect(await h.db.payment.findFirstOrThrow({ where: { sessionId: null } })).toMatchObject({
      amountKes: 1500,
      balanceKes: 200,
      date: "2026-11-27",
      state: "PAID",
      method: "CASH",
    });
    await h.send(operator, "/payments");
    expect(h.latest(operator).text).toContain("✅ #1 Jane Wanjiku · KES 1,500 · 27/11/2026 · cash\n");
    await h.press(operator, texts.payments.detailsButton({ id: 1, customerName: "Jane Wanjiku", amountKes: 1_500, state: "PAID" }));
    expect(h.latest(operator).text).toContain("Method: cash\nState: paid\nStill owed after it: KES 200\n");
  });

  it("records a /pay by M-Pesa prompt to the customer's number", async () => {
    await newCustomerSession(operator, "Jane", "Wanjiku", "0712 345 678");
    await h.send(operator, "/pay");
    await h.send(operator, "0712345678");
    await h.press(operator, /^Jane Wanjiku/);
    await h.send(operator, "300");
    await h.send(operator, "/skip");
    await h.send(operator, "/skip");
    await h.press(operator, texts.settle.sendButton);
    expect(h.latest(operator).text).toBe(`${SIMULATED}\n📲 M-Pesa prompt for KES 300 to 0712 345 678 (Jane Wanjiku): waiting for the customer's PIN…`);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ amountKes: 300, accountReference: expect.stringMatching(/^P\d+$/) as unknown });
  });

  it("continues a conversation after a restart in the middle", async () => {
    await h.send(operator, "/new");
    await h.send(operator, "Jane");
    await h.press(operator, texts.customer.createButton);
    await h.send(operator, "Jane");
    h.restartBot();
    await h.send(operator, "Wanjiku");
    await h.send(operator, "0712345678");
    await h.send(operator, "/skip");
    h.restartBot();
    await h.press(operator, "PC-4");
    expect(h.latest(operator).text).toMatch(/^▶️ Session started for Jane Wanjiku on PC-4 at/);
    expect(await h.db.customer.count()).toBe(1);
    expect(await h.db.usageSession.count()).toBe(1);
  });

  it("/cancel leaves a conversation from anywhere; another command is answered without leaving it", async () => {
    await h.send(operator, "/new");
    await h.send(operator, "/cancel");
    expect(h.latest(operator).text).toBe("Stopped. Nothing more was changed.");
    await h.send(operator, "/pay");
    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toBe("No sessions are running. /new starts one.\n\n🟢 Free (20): PC-1–PC-20");
    await h.send(operator, "jane");
    expect(h.latest(operator).text).toBe("No customer matches that. Type another search, or create a new customer:");
  });

  it("expires a conversation left for more than 15 minutes of the service's clock, not before", async () => {
    await h.send(operator, "/new");
    h.advance(14 * 60 * 1000);
    await h.send(operator, "Jane");
    expect(h.latest(operator).text).not.toContain("took too long");
    h.advance(16 * 60 * 1000);
    await h.send(operator, "Jane");
    expect(h.latest(operator).text).toBe("That took too long, so I stopped. Start again when you are ready.");
    await h.send(operator, "Jane");
    expect(h.latest(operator).text).toBe("I did not understand that. /help shows what I can do.");
  });

  it("pages many active sessions", async () => {
    const staffId = (await h.db.staff.findFirstOrThrow({ where: { name: "Otieno" } })).id;
    for (let i = 1; i <= 10; i++) {
      const customer = await h.db.customer.create({ data: { firstName: `C${i}`, lastName: "Test", searchKey: `c${i} test` } });
      await h.services.sessions.startSession({ customerId: customer.id, computerId: computers.get(`PC-${i}`)!, staffId });
    }
    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toContain("Active sessions: 10 (page 1 of 2)");
    expect(h.latest(operator).text).toContain("🟢 Free (10): PC-11–PC-20");
    expect(h.latest(operator).buttons.filter((b) => b.text.startsWith("⏹"))).toHaveLength(8);
    await h.press(operator, texts.payments.nextPage);
    expect(h.latest(operator).text).toContain("(page 2 of 2)");
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual(["⏹ End PC-9 · C9 Test", "🗑 Void", "⏹ End PC-10 · C10 Test", "🗑 Void", "◀️ Back"]);
  });
});

describe("the counter from opening to closing", () => {
  const MINUTE = 60 * 1000;
  let h: Harness;
  let manager: TestUser;
  let otieno: TestUser;
  let achieng: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    manager = h.user(7001, "Mary");
    otieno = h.user(5001, "Otieno");
    achieng = h.user(5002, "Achieng");
    await h.addStaff(manager, "MANAGER");
    await h.addStaff(otieno, "OPERATOR");
    await h.addStaff(achieng, "OPERATOR");
  });
  afterEach(() => h.close());

  /** /new for a customer not met before, up to the computer question; returns the computers offered. */
  async function newCustomer(user: TestUser, first: string, last: string, phone: string): Promise<string[]> {
    await newCustomerUpToComputer(h, user, first, last, phone);
    expect(h.latest(user).text).toBe("Which computer? Tap a free one, or type its name.");
    return h.latest(user).buttons.map((b) => b.text);
  }

  /** /sessions, then End on the session on `computer`; returns what End asks. */
  async function end(user: TestUser, computer: string): Promise<string> {
    await h.send(user, "/sessions");
    await h.press(user, new RegExp(`^⏹ End ${computer} ·`));
    return h.latest(user).text;
  }

  /** The manager's messages since `from` (replies and notices). */
  const managerRead = (from: number) => h.sent(manager).slice(from);

  it("a whole working day", async () => {
    // The menus: /computers and /tariff are the managers', and /help says the same.
    const menus = commandMenus();
    expect(menus.manager.map((c) => c.command)).toEqual(expect.arrayContaining(["computers", "tariff"]));
    expect(menus.operator.map((c) => c.command)).not.toContain("computers");
    expect(menus.operator.map((c) => c.command)).not.toContain("tariff");
    await h.send(manager, "/help");
    expect(h.latest(manager).text).toContain("/computers");
    expect(h.latest(manager).text).toContain("/tariff");
    await h.send(otieno, "/help");
    expect(h.latest(otieno).text).not.toContain("/computers");
    expect(h.latest(otieno).text).not.toContain("/tariff");
    await h.send(otieno, "/tariff");
    expect(h.latest(otieno).text).toBe("Only managers can do that.");

    // 09:00, before opening: Mary lists the computers and sets the tariffs.
    await h.send(manager, "/computers");
    await h.press(manager, texts.computers.addButton);
    await h.send(manager, "PC-1..PC-6");
    await h.press(manager, texts.computers.noGroupButton);
    expect(h.latest(manager).text).toBe("✅ Added: PC-1–PC-6.");
    await h.send(manager, "/computers");
    await h.press(manager, texts.computers.addButton);
    await h.send(manager, "G-1..G-2");
    await h.press(manager, texts.computers.newGroupButton);
    await h.send(manager, "Gaming");
    expect(h.latest(manager).text).toBe("✅ Added: G-1, G-2 (Gaming).");

    // The café's tariff: KES 100 an hour, KES 60 in the evening.
    await h.send(manager, "/tariff");
    await h.press(manager, texts.manager.tariff.changeButton);
    await h.send(manager, "100");
    await h.send(manager, "18:00-22:00 60");
    await h.send(manager, "1");
    await h.press(manager, texts.manager.tariff.roundingButton.HALF_UP);
    await h.press(manager, texts.manager.tariff.saveButton);
    expect(h.latest(manager).text).toContain("✅ Tariff changed.");
    // Gaming computers: KES 150 an hour, all day.
    await h.send(manager, "/tariff");
    await h.press(manager, texts.manager.tariff.changeGroupButton("Gaming"));
    await h.send(manager, "150");
    await h.send(manager, "none");
    await h.send(manager, "1");
    await h.press(manager, texts.manager.tariff.roundingButton.HALF_UP);
    await h.press(manager, texts.manager.tariff.saveButton);
    await h.send(manager, "/tariff");
    expect(h.latest(manager).text).toContain("• KES 100 per hour, charged by the second\n• 18:00–22:00: KES 60 per hour");
    expect(h.latest(manager).text).toContain("Gaming computers, own tariff:\n• KES 150 per hour, charged by the second");
    const managerBefore = h.sent(manager).length;

    // 09:00 Otieno: Jane on PC-1, an hour paid for up front in cash.
    expect(await newCustomer(otieno, "Jane", "Wanjiku", "0712 345 678")).toEqual(["G-1", "G-2", "PC-1", "PC-2", "PC-3", "PC-4", "PC-5", "PC-6"]);
    await h.press(otieno, "PC-1");
    expect(h.latest(otieno).text).toBe("▶️ Session started for Jane Wanjiku on PC-1 at 09:00.");
    await h.press(otieno, texts.prepaid.choiceButton(60, 100));
    expect(h.latest(otieno).text).toBe("⏱ Jane Wanjiku (PC-1) prepaid until 10:00: KES 100. Send the M-Pesa prompt to 0712 345 678?");
    await h.press(otieno, texts.settle.cashButton);
    expect(h.latest(otieno).text).toBe("💵 KES 100 cash from Jane Wanjiku, taken by Otieno.");

    // 09:00 Achieng: Peter wanted a Gaming computer, but she taps PC-2; PC-1 is no longer offered.
    expect(await newCustomer(achieng, "Peter", "Kamau", "0722 111 222")).toEqual(["G-1", "G-2", "PC-2", "PC-3", "PC-4", "PC-5", "PC-6"]);
    await h.press(achieng, "PC-2");
    expect(h.latest(achieng).text).toBe("▶️ Session started for Peter Kamau on PC-2 at 09:00.");
    h.advance(3 * MINUTE);
    await h.send(achieng, "/sessions");
    const list = h.latest(achieng);
    const peters = list.buttons.findIndex((b) => b.text === "⏹ End PC-2 · Peter Kamau");
    expect(list.buttons[peters + 1]?.text).toBe("🗑 Void");
    await h.pressData(achieng, (list.buttons[peters + 1] as { callback_data: string }).callback_data, list.messageId);
    await h.send(achieng, "wrong computer");
    expect(h.latest(achieng).text).toBe("🗑 Session of Peter Kamau on PC-2 voided: nothing charged, and the managers are told.");
    await h.send(achieng, "/new");
    await h.send(achieng, "peter");
    await h.press(achieng, /^Peter Kamau/);
    expect(h.latest(achieng).buttons.map((b) => b.text)).toEqual(["G-1", "G-2", "PC-2", "PC-3", "PC-4", "PC-5", "PC-6"]);
    await h.press(achieng, "G-1");
    expect(h.latest(achieng).text).toBe("▶️ Session started for Peter Kamau on G-1 at 09:03.");

    // 09:10 Otieno: Mercy on PC-3, paying at the end.
    h.advance(7 * MINUTE);
    await newCustomer(otieno, "Mercy", "Achieng", "0712 333 444");
    await h.press(otieno, "PC-3");
    expect(h.latest(otieno).text).toBe("▶️ Session started for Mercy Achieng on PC-3 at 09:10.");

    // Mary has read the cash for Jane's hour and the void, with its reason.
    await h.deliverNotifications();
    expect(managerRead(managerBefore)).toEqual([
      "💵 KES 100 paid in cash: Jane Wanjiku. Taken by Otieno.",
      "🗑 Session voided by Achieng at 09:03: Peter Kamau on PC-2, started 09:00. Nothing charged. Reason: wrong computer",
    ]);

    // 09:55: the counter at a glance, and Jane's 5 minutes left.
    h.advance(45 * MINUTE);
    await h.send(otieno, "/sessions");
    expect(h.latest(otieno).text).toBe(
      [
        "Active sessions: 3",
        "• G-1 (Gaming) · Peter Kamau\n  since 09:03, 52 min, KES 130 so far",
        "• PC-1 · Jane Wanjiku\n  since 09:00, 55 min, KES 92 so far\n  ⏱ prepaid until 10:00: KES 100",
        "• PC-3 · Mercy Achieng\n  since 09:10, 45 min, KES 75 so far",
        "🟢 Free (4): PC-2, PC-4–PC-6\n🟢 Free in Gaming (1): G-2",
      ].join("\n\n"),
    );
    expect(await prepaidNotices(h.context)).toBe(1);
    await h.deliverNotifications();
    expect(h.latest(otieno).text).toBe("⏳ PC-1 (Jane Wanjiku): 5 minutes left");
    expect(h.sent(achieng)).not.toContain("⏳ PC-1 (Jane Wanjiku): 5 minutes left");

    // 10:00: Jane leaves on time and owes nothing more.
    h.advance(5 * MINUTE);
    expect(await end(otieno, "PC-1")).toBe(
      "Jane Wanjiku, 1 h: nothing more to pay. Prepaid: 1 h, KES 100.\nUnused prepaid time is not refunded automatically; a manager can refund it from /payments (the prepaid payment's details).",
    );

    // 10:33: Peter's 1 h 30 min on G-1 at the Gaming rate, in cash.
    h.advance(33 * MINUTE);
    expect(await end(achieng, "G-1")).toBe("KES 225 for Peter Kamau, 1 h 30 min. Send the M-Pesa prompt to 0722 111 222?");
    await h.press(achieng, texts.settle.cashButton);
    expect(h.latest(achieng).text).toBe("💵 KES 225 cash from Peter Kamau, taken by Achieng.");

    // 11:10: Mercy's 2 h, KES 200, lowered by 20 for a fault and paid by M-Pesa.
    h.advance(37 * MINUTE);
    expect(await end(otieno, "PC-3")).toBe("KES 200 for Mercy Achieng, 2 h. Send the M-Pesa prompt to 0712 333 444?");
    await h.press(otieno, texts.settle.lowerButton);
    await h.send(otieno, "180");
    await h.send(otieno, "slow computer");
    expect(h.latest(otieno).text).toBe("✂️ Lowered from KES 200: slow computer.\nKES 180 for Mercy Achieng. Send the M-Pesa prompt to 0712 333 444?");
    await h.press(otieno, texts.settle.sendButton);
    const prompt = h.latest(otieno);
    expect(prompt.text).toBe(`${SIMULATED}\n📲 M-Pesa prompt for KES 180 to 0712 333 444 (Mercy Achieng): waiting for the customer's PIN…`);
    await h.customersAnswer();
    await h.deliverNotifications();
    const receipt = (await h.db.payment.findFirstOrThrow({ where: { amountKes: 180 } })).receipt;
    expect(receipt).toMatch(/^[A-Z0-9]{10}$/);
    expect(h.telegram.message(otieno.id, prompt.messageId)?.text).toBe(`${SIMULATED}\n✅ Paid: KES 180 from Mercy Achieng by M-Pesa, receipt ${receipt!}.`);

    // 17:30–18:30: John's hour crosses into the evening rate, and End shows both parts.
    h.advance(6 * 60 * MINUTE + 20 * MINUTE);
    expect(await newCustomer(otieno, "John", "Mwangi", "0712 555 666")).toEqual(["G-1", "G-2", "PC-1", "PC-2", "PC-3", "PC-4", "PC-5", "PC-6"]);
    await h.press(otieno, "PC-4");
    expect(h.latest(otieno).text).toBe("▶️ Session started for John Mwangi on PC-4 at 17:30.");
    h.advance(60 * MINUTE);
    expect(await end(otieno, "PC-4")).toBe(
      "KES 80 for John Mwangi, 1 h (17:30–18:00 at 100/h: KES 50; 18:00–18:30 at 60/h: KES 30). Send the M-Pesa prompt to 0712 555 666?",
    );
    await h.press(otieno, texts.settle.cashButton);

    // What Mary read over the day, and what the day took.
    await h.deliverNotifications();
    expect(managerRead(managerBefore)).toEqual([
      "💵 KES 100 paid in cash: Jane Wanjiku. Taken by Otieno.",
      "🗑 Session voided by Achieng at 09:03: Peter Kamau on PC-2, started 09:00. Nothing charged. Reason: wrong computer",
      "💵 KES 225 paid in cash: Peter Kamau (session). Taken by Achieng.",
      `${SIMULATED}\n✅ KES 180 paid by M-Pesa: Mercy Achieng (session), receipt ${receipt!}. Asked by Otieno.`,
      "💵 KES 80 paid in cash: John Mwangi (session). Taken by Otieno.",
    ]);
    const paid = await h.db.payment.findMany({
      where: { state: "PAID" },
      orderBy: { id: "asc" },
      select: { amountKes: true, method: true, originalAmountKes: true },
    });
    expect(paid).toEqual([
      { amountKes: 100, method: "CASH", originalAmountKes: null },
      { amountKes: 225, method: "CASH", originalAmountKes: null },
      { amountKes: 180, method: "MPESA", originalAmountKes: 200 },
      { amountKes: 80, method: "CASH", originalAmountKes: null },
    ]);
    expect(await h.db.usageSession.count({ where: { voidedAt: { not: null }, amountKes: null } })).toBe(1);
    await h.send(otieno, "/sessions");
    expect(h.latest(otieno).text).toBe("No sessions are running. /new starts one.\n\n🟢 Free (6): PC-1–PC-6\n🟢 Free in Gaming (2): G-1, G-2");
  });
});

describe("buttons and questions left behind", () => {
  let h: Harness;
  let operator: TestUser;
  let computers: Map<string, number>;
  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    const staffId = await h.addStaff(operator, "OPERATOR");
    computers = await listComputers(h);
    for (const [first, computer] of [
      ["Jane", "PC-1"],
      ["Tom", "PC-2"],
    ] as const) {
      const customer = await h.db.customer.create({ data: { firstName: first, lastName: "Test", phone: "254712345678", searchKey: first.toLowerCase() } });
      await h.services.sessions.startSession({ customerId: customer.id, computerId: computers.get(computer)!, staffId });
    }
  });
  afterEach(() => h.close());

  it("a confirm button from an abandoned question does not confirm the next one", async () => {
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.endButton("Jane Test", "PC-1"));
    await h.press(operator, texts.settle.otherNumberButton);
    await h.send(operator, "0711 111 111");
    const abandoned = h.latest(operator);
    expect(abandoned.text).toBe("Send the prompt for KES 1 to 0711 111 111?");

    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.endButton("Tom Test", "PC-2"));
    await h.press(operator, texts.settle.otherNumberButton);
    await h.send(operator, "0722 222 222");
    await h.pressData(operator, "choice:yes", abandoned.messageId);
    expect(await h.db.stkRequest.count()).toBe(0);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe("That button is from an old message.");

    await h.press(operator, texts.settle.confirmButton);
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ phone: "254722222222" });
  });

  it("a button pressed after a question expired is handled, not swallowed", async () => {
    await h.send(operator, "/sessions");
    await h.send(operator, "/pay");
    h.advance(17 * 60 * 1000);
    await h.press(operator, texts.session.endButton("Jane Test", "PC-1"));
    expect(h.latest(operator).text).toMatch(/^KES 28 for Jane Test, 17 min\./);
    expect(await h.db.usageSession.count({ where: { endedAt: { not: null } } })).toBe(1);
  });

  it("a page button tapped twice is not an error", async () => {
    const staffId = (await h.db.staff.findFirstOrThrow()).id;
    for (let i = 3; i <= 10; i++) {
      const customer = await h.db.customer.create({ data: { firstName: `C${i}`, lastName: "Test", searchKey: `c${i}` } });
      await h.services.sessions.startSession({ customerId: customer.id, computerId: computers.get(`PC-${i}`)!, staffId });
    }
    await h.send(operator, "/sessions");
    const list = h.latest(operator);
    await h.press(operator, texts.payments.nextPage);
    await h.pressData(operator, "page:sessions:1", list.messageId);
    expect(h.sent(operator).some((text) => text.startsWith("Something went wrong"))).toBe(false);
  });

  it("says nothing in a group chat, even to staff", async () => {
    const calls = h.telegram.calls.length;
    await h.bot.handleUpdate({
      update_id: 999,
      message: {
        message_id: 1,
        date: 1795900000,
        chat: { id: -100200, type: "group", title: "Café" },
        from: operator,
        text: "/sessions",
        entities: [{ type: "bot_command", offset: 0, length: 9 }],
      },
    });
    expect(h.telegram.calls.length).toBe(calls);
  });
});
