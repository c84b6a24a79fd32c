// The audit trail: each recorded action is written by the real flow, in the transaction of its change
// (none when the change rolls back), and /audit shows it to managers, paged and filtered.
import { afterEach, describe, expect, it } from "vitest";
import { commandMenus } from "../../src/bot/commands.js";
import type { Db } from "../../src/db/client.js";
import { housekeeping } from "../../src/jobs/housekeeping.js";
import { alertUnmatchedPayments, UNMATCHED_ALERT_AFTER_MS } from "../../src/services/callbacks.js";
import { texts } from "../../src/texts/index.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { failingQueries, interceptQueries } from "../support/db-faults.js";
import { computerId, createHarness, type Harness, type HarnessOptions, type TestUser } from "../support/harness.js";
import { newCustomerUpToComputer, owedPayment, promptSent } from "../support/steps.js";

const MINUTE = 60 * 1000;
const a = texts.audit;

let h: Harness;
let manager: TestUser;
let operator: TestUser;
let managerId: number;
let operatorId: number;

async function setUp(options: HarnessOptions = {}) {
  h = await createHarness({}, options);
  manager = h.user(1001, "Mary");
  operator = h.user(1002, "Otieno");
  managerId = await h.addStaff(manager, "MANAGER");
  operatorId = await h.addStaff(operator, "OPERATOR");
}

/** The trail as stored, oldest first, details parsed. */
async function trail() {
  const rows = await h.db.auditEntry.findMany({ orderBy: { id: "asc" } });
  return rows.map(({ action, staffId, subjectStaffId, customerId, sessionId, paymentId, amountKes, details }) => ({
    action,
    staffId,
    subjectStaffId,
    customerId,
    sessionId,
    paymentId,
    amountKes,
    details: details === null ? null : (JSON.parse(details) as unknown),
  }));
}

/** The manager's /audit (with `words`, if any): the newest message's text. */
async function audit(words = ""): Promise<string> {
  await h.send(manager, words ? `/audit ${words}` : "/audit");
  return h.latest(manager).text;
}

/**
 * A service database whose transactions, once `fail()` is called, have the named queries fail inside
 * them (after whatever ran before them in the same transaction).
 */
function failingInTransactions(names: string[]) {
  let failing = false;
  const wrap = (db: Db): Db =>
    interceptQueries(db, ["$transaction"], (transaction, args) => {
      const [work, ...options] = args;
      if (!failing || typeof work !== "function") return transaction(...args);
      return transaction((tx: Db) => (work as (tx: Db) => Promise<unknown>)(failingQueries(tx, names)), ...options);
    });
  return { wrap, fail: () => (failing = true) };
}

afterEach(() => h.close());

describe("what the counter does goes to the audit trail", () => {
  it("a session started and ended, the prompt to another number, cash and /pay, each with who and for whom", async () => {
    await setUp();
    const owed = await owedPayment(h, { operator, customer: "Jane Wanjiku", phone: "254712345678", computer: "PC-4" });
    await h.press(operator, texts.settle.otherNumberButton);
    await h.send(operator, "0722 000 111");
    await h.press(operator, texts.settle.confirmButton);
    await h.customersAnswer();
    const session = { staffId: operatorId, customerId: owed.customerId, sessionId: owed.sessionId };
    expect(await trail()).toEqual([
      { ...session, action: "session_started", subjectStaffId: null, paymentId: null, amountKes: null, details: { computer: "PC-4" } },
      { ...session, action: "session_ended", subjectStaffId: null, paymentId: owed.paymentId, amountKes: 120, details: null },
      {
        ...session,
        action: "prompt_sent",
        subjectStaffId: null,
        paymentId: owed.paymentId,
        amountKes: 120,
        details: { phone: "254722000111", customerPhone: "254712345678" },
      },
    ]);

    await h.send(operator, "/pay");
    await h.send(operator, "jane");
    await h.press(operator, /^Jane Wanjiku/);
    await h.send(operator, "1500");
    await h.send(operator, "/skip");
    await h.send(operator, "/skip");
    await h.press(operator, texts.settle.cashButton);
    const paid = await h.db.payment.findFirstOrThrow({ where: { sessionId: null } });
    expect((await trail()).slice(3)).toEqual([
      {
        action: "payment_recorded",
        staffId: operatorId,
        subjectStaffId: null,
        customerId: owed.customerId,
        sessionId: null,
        paymentId: paid.id,
        amountKes: 1500,
        details: { date: "2026-11-28" },
      },
      {
        action: "cash_taken",
        staffId: operatorId,
        subjectStaffId: null,
        customerId: owed.customerId,
        sessionId: null,
        paymentId: paid.id,
        amountKes: 1500,
        details: null,
      },
    ]);

    expect(await audit()).toBe(
      [
        a.title("everyone", null),
        "",
        "28/11/2026 10:12 Otieno: took KES 1,500 in cash from Jane Wanjiku",
        "28/11/2026 10:12 Otieno: recorded KES 1,500 owed by Jane Wanjiku (for 28/11/2026)",
        "28/11/2026 10:12 Otieno: asked M-Pesa to prompt Jane Wanjiku for KES 120 on another number, 0722 000 111 (saved: 0712 345 678)",
        "28/11/2026 10:12 Otieno: ended Jane Wanjiku's session: KES 120 owed",
        "28/11/2026 09:00 Otieno: started Jane Wanjiku's session on PC-4",
      ].join("\n"),
    );
  });

  it("a session voided, and prepaid time bought, with the reason and the minutes", async () => {
    await setUp();
    await computerId(h, "PC-4");
    await newCustomerUpToComputer(h, operator, "Jane", "Wanjiku", "0712 345 678");
    await h.send(operator, "PC-4");
    await h.press(operator, texts.prepaid.choiceButton(60, 100));
    await h.send(operator, "/sessions");
    await h.press(operator, texts.session.voidButton);
    await h.send(operator, "wrong computer");
    const actions = (await trail()).map(({ action, amountKes, details }) => ({ action, amountKes, details }));
    expect(actions).toEqual([
      { action: "session_started", amountKes: null, details: { computer: "PC-4" } },
      { action: "payment_recorded", amountKes: 100, details: { prepaidMinutes: 60 } },
      { action: "session_voided", amountKes: null, details: { computer: "PC-4", reason: "wrong computer" } },
    ]);
    const text = await audit();
    expect(text).toContain("Otieno: voided Jane Wanjiku's session on PC-4: “wrong computer”");
    expect(text).toContain("Otieno: recorded KES 100 owed by Jane Wanjiku for 1 h prepaid");
  });

  it("an amount lowered (at once, or approved by a manager) and unused prepaid time refunded", async () => {
    await setUp();
    await owedPayment(h, { operator, customer: "Jane Wanjiku", computer: "PC-4" });
    await h.press(operator, texts.settle.lowerButton);
    await h.send(operator, "100");
    await h.send(operator, "fault on PC-4");
    await owedPayment(h, { operator, customer: "Peter Kamau", computer: "PC-5" });
    await h.press(operator, texts.settle.lowerButton);
    await h.send(operator, "20");
    await h.send(operator, "regular customer");
    await h.deliverNotifications();
    await h.press(manager, texts.adjust.approveButton);

    const customer = await h.services.customers.createCustomer({ firstName: "Ali", lastName: "Hassan", phone: null, idNumber: null });
    if (!customer.ok) throw new Error("customer");
    const started = await h.services.sessions.startSession({ customerId: customer.customer.id, computerId: await computerId(h, "PC-6"), staffId: operatorId });
    if (!started.ok) throw new Error("session");
    const bought = await h.services.prepaid.prepay({ sessionId: started.sessionId, staffId: operatorId, minutes: 120, idempotencyKey: "audit:prepay" });
    if (!bought.ok) throw new Error("prepay");
    await h.services.payments.takeCash(bought.paymentId, operatorId);
    h.advance(45 * MINUTE);
    await h.services.sessions.endSession(started.sessionId, operatorId);
    await h.send(manager, "/payments");
    await h.press(manager, new RegExp(`^\\S+ #${bought.paymentId} `));
    await h.press(manager, texts.prepaid.refundButton(125));
    expect(await trail()).toContainEqual({
      action: "prepaid_refunded",
      staffId: managerId,
      subjectStaffId: null,
      customerId: customer.customer.id,
      sessionId: started.sessionId,
      paymentId: null,
      amountKes: 125,
      // No shift was open: no drawer was charged.
      details: { shiftId: null },
    });
    const lines = (await audit()).split("\n").map((line) => line.replace(/^\S+ \S+ /, ""));
    expect(lines).toContain("Mary: lowered Peter Kamau's KES 120 to KES 20 (asked by Otieno): “regular customer”");
    expect(lines).toContain("Otieno: lowered Jane Wanjiku's KES 120 to KES 100: “fault on PC-4”");
    expect(lines).toContain("Mary: gave Ali Hassan back KES 125 in cash for unused prepaid time");
  });

  it("a customer's phone changed (not set again to the same), a tariff changed, staff invited, joined, deactivated and reactivated", async () => {
    await setUp();
    await owedPayment(h, { operator, customer: "Jane Wanjiru", phone: "254712345678", endedAt: "service" });
    for (const typed of ["0799 888 777", "0799 888 777"]) {
      await h.send(operator, "/customers wanjiru");
      await h.press(operator, /^Jane Wanjiru/);
      await h.press(operator, texts.customers.changePhoneButton);
      await h.send(operator, typed);
    }

    await h.send(manager, "/tariff");
    await h.press(manager, texts.manager.tariff.changeButton);
    await h.send(manager, "120");
    await h.send(manager, "06:00-09:00 50");
    await h.send(manager, "10");
    await h.press(manager, texts.manager.tariff.roundingButton.UP);
    await h.press(manager, texts.manager.tariff.saveButton);

    await h.send(manager, "/invite");
    await h.press(manager, /OPERATOR|operator/i);
    const code = (await h.db.invite.findFirstOrThrow()).code;
    const olive = h.user(1003, "Olive");
    await h.send(olive, `/start ${code}`);
    const oliveId = (await h.db.staff.findUniqueOrThrow({ where: { telegramId: BigInt(olive.id) } })).id;
    await h.send(manager, "/staff");
    await h.press(manager, texts.manager.staff.deactivateButton("Olive"));
    await h.press(manager, texts.manager.staff.confirmButton);
    await h.press(manager, texts.manager.staff.reactivateButton("Olive"));
    await h.press(manager, texts.manager.staff.confirmReactivateButton);

    const entries = await trail();
    expect(entries.map(({ action, staffId, subjectStaffId, details }) => ({ action, staffId, subjectStaffId, details })).slice(2)).toEqual([
      { action: "phone_changed", staffId: operatorId, subjectStaffId: null, details: { from: "254712345678", to: "254799888777" } },
      {
        action: "tariff_changed",
        staffId: managerId,
        subjectStaffId: null,
        details: { group: null, ratePerHourKes: 120, minimumChargeKes: 10, rounding: "UP", windows: 1 },
      },
      { action: "staff_invited", staffId: managerId, subjectStaffId: null, details: { role: "OPERATOR" } },
      { action: "staff_joined", staffId: oliveId, subjectStaffId: managerId, details: { role: "OPERATOR" } },
      { action: "staff_deactivated", staffId: managerId, subjectStaffId: oliveId, details: { role: "OPERATOR" } },
      { action: "staff_reactivated", staffId: managerId, subjectStaffId: oliveId, details: { role: "OPERATOR" } },
    ]);
    const lines = (await audit()).split("\n").slice(2, 8);
    expect(lines.map((line) => line.replace(/^\S+ \S+ /, ""))).toEqual([
      "Mary: reactivated Olive (operator)",
      "Mary: deactivated Olive (operator)",
      "Olive: joined the staff as operator (invited by Mary)",
      "Mary: made an invite link for a new operator",
      "Mary: changed the café's tariff to KES 120/h, minimum KES 10, rounding up, 1 time-of-day rate",
      "Otieno: changed Jane Wanjiru's phone from 0712 345 678 to 0799 888 777",
    ]);
  });
});

describe("M-Pesa's money a manager must look at goes to the audit trail", () => {
  async function post(checkoutRequestId: string, resultCode: number, amount?: number) {
    await h.app.inject({
      method: "POST",
      url: "/mpesa/callback/",
      payload: stkCallbackBody(checkoutRequestId, resultCode, amount ? paidItems(amount) : undefined),
    });
    await h.callbacksApplied();
  }
  const latestPrompt = async () => (await h.db.stkRequest.findFirstOrThrow({ orderBy: { id: "desc" } })).checkoutRequestId!;

  it("another amount paid, paid after a failure, paid twice and money for no known prompt, by no staff member", async () => {
    await setUp();
    // 0404: the simulator sends no callback; the test posts its own.
    const mismatch = await promptSent(h, { operator, customer: "Musa Ali", phone: "254722220404" });
    await post(await latestPrompt(), 0, 90);
    const afterFailure = await promptSent(h, { operator, customer: "Ali Hassan", phone: "254711110404" });
    const failed = await latestPrompt();
    await post(failed, 1032);
    await post(failed, 0, 120);
    const twice = await promptSent(h, { operator, customer: "Peter Kamau", phone: "254700000404" });
    const cancelled = await latestPrompt();
    await post(cancelled, 1032);
    await h.services.payments.takeCash(twice.paymentId, operatorId);
    await post(cancelled, 0, 120);
    await post("ws_CO_UNKNOWN_PROMPT", 0, 250);
    h.advance(UNMATCHED_ALERT_AFTER_MS);
    await alertUnmatchedPayments(h.context);

    const flagged = (await trail()).filter((entry) => entry.staffId === null);
    expect(flagged).toEqual([
      {
        action: "amount_mismatch",
        staffId: null,
        subjectStaffId: null,
        customerId: mismatch.customerId,
        sessionId: mismatch.sessionId,
        paymentId: mismatch.paymentId,
        amountKes: 90,
        details: { askedKes: 120, receipt: expect.any(String) as string, phone: "254722220404" },
      },
      expect.objectContaining({ action: "paid_after_failure", customerId: afterFailure.customerId, paymentId: afterFailure.paymentId, amountKes: 120 }),
      expect.objectContaining({ action: "paid_twice", customerId: twice.customerId, paymentId: twice.paymentId, amountKes: 120 }),
      expect.objectContaining({ action: "callback_unmatched", customerId: null, paymentId: null, amountKes: 250 }),
    ]);
    const lines = (await audit()).split("\n").map((line) => line.replace(/^\S+ \S+ /, "").replace(/receipt \w+/, "receipt R"));
    expect(lines).toContain("M-Pesa: ⚠️ KES 250 paid from 0712 345 678 for no prompt we know, receipt R: settle it by hand");
    expect(lines).toContain("M-Pesa: ⚠️ Peter Kamau paid KES 120 by M-Pesa for a payment already settled, receipt R: paid twice, refund one");
    expect(lines).toContain("M-Pesa: ⚠️ Ali Hassan paid KES 120 after the prompt was reported failed or unanswered, receipt R: credited");
    // On the second page: the first ten are newer.
    await h.press(manager, a.olderButton);
    const older = h
      .latest(manager)
      .text.split("\n")
      .map((line) => line.replace(/^\S+ \S+ /, "").replace(/receipt \w+/, "receipt R"));
    expect(older).toContain("M-Pesa: ⚠️ Musa Ali paid KES 90 when KES 120 was asked, receipt R: not credited, check the statement");
  });
});

describe("no audit entry without its change", () => {
  it("cash whose transaction fails (its notice cannot be queued) leaves the payment owed and no entry", async () => {
    const faults = failingInTransactions(["$executeRaw"]);
    await setUp({ serviceDb: faults.wrap });
    const owed = await owedPayment(h, { operator, customer: "Jane Wanjiku" });
    const before = await trail();
    faults.fail();
    await h.press(operator, texts.settle.cashButton);
    expect(h.latest(operator).text).toBe(texts.somethingWentWrong);
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: owed.paymentId } })).state).toBe("NOT_REQUESTED");
    expect(await trail()).toEqual(before);
  });

  it("another amount paid, whose transaction fails, leaves the prompt waiting and no entry", async () => {
    const faults = failingInTransactions(["$executeRaw"]);
    await setUp({ serviceDb: faults.wrap });
    await promptSent(h, { operator, customer: "Musa Ali", phone: "254722220404" });
    const before = await trail();
    faults.fail();
    const stk = await h.db.stkRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
    await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(90)) });
    await h.callbacksApplied();
    expect((await h.db.stkRequest.findUniqueOrThrow({ where: { id: stk.id } })).state).toBe("PENDING");
    expect(await trail()).toEqual(before);
  });

  it("a session whose entry cannot be written is not started", async () => {
    const faults = failingInTransactions(["auditEntry.create"]);
    await setUp({ serviceDb: faults.wrap });
    await computerId(h, "PC-4");
    await newCustomerUpToComputer(h, operator, "Jane", "Wanjiku", "0712 345 678");
    faults.fail();
    await h.send(operator, "PC-4");
    expect(h.latest(operator).text).toBe(texts.somethingWentWrong);
    expect(await h.db.usageSession.count()).toBe(0);
    expect(await trail()).toEqual([]);
  });

  it("lists a range's entries in id order, page after page, for an export", async () => {
    await setUp();
    const from = h.clock.now();
    for (const customer of ["Jane Wanjiku", "Peter Kamau", "John Otieno"]) await owedPayment(h, { operator, customer, minutes: 60, endedAt: "service" });
    const to = h.clock.now();
    await owedPayment(h, { operator, customer: "Ali Hassan", endedAt: "service" });
    const pages: string[][] = [];
    for (let afterId = 0; ;) {
      const page = await h.services.audit.auditEntriesInRange({ from, to }, afterId, 4);
      if (page.length === 0) break;
      pages.push(page.map((entry) => `${entry.action} ${entry.customer ?? ""}`));
      afterId = page.at(-1)?.id ?? afterId;
    }
    // [from, to): John's session ended at `to`, just outside; Ali's entries are later still.
    expect(pages).toEqual([
      ["session_started Jane Wanjiku", "session_ended Jane Wanjiku", "session_started Peter Kamau", "session_ended Peter Kamau"],
      ["session_started John Otieno"],
    ]);
  });

  it("housekeeping deletes no entry", async () => {
    await setUp();
    await owedPayment(h, { operator, endedAt: "service" });
    h.advance(400 * 24 * 60 * MINUTE);
    await housekeeping(h.context);
    expect(await h.db.auditEntry.count()).toBe(2);
  });
});

describe("/audit for managers", () => {
  /** `count` sessions started and ended at once for `customer` by `by`, a minute apart. */
  async function sessions(by: TestUser, customer: string, phone: string, count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      await owedPayment(h, { operator: by, customer, phone, minutes: 1, endedAt: "service" });
      // A customer has one session at a time: each is a new customer of the same name.
    }
  }

  it("pages ten entries at a time, newest first, with Older and Newer", async () => {
    await setUp();
    await sessions(operator, "Jane Wanjiku", "254712345678", 12);
    const ids = (await h.db.auditEntry.findMany({ orderBy: { id: "desc" }, select: { id: true } })).map((row) => row.id);
    expect(ids).toHaveLength(24);

    const first = (await audit()).split("\n");
    expect(first).toHaveLength(12);
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual([a.olderButton, a.peopleButton]);
    await h.press(manager, a.olderButton);
    const second = h.latest(manager);
    expect(second.buttons.map((b) => b.text)).toEqual([a.olderButton, a.newerButton, a.peopleButton]);
    await h.press(manager, a.olderButton);
    const third = h.latest(manager);
    expect(third.text.split("\n")).toHaveLength(2 + 4);
    expect(third.buttons.map((b) => b.text)).toEqual([a.newerButton, a.peopleButton]);
    await h.press(manager, a.newerButton);
    expect(h.latest(manager).text).toBe(second.text);
    await h.press(manager, a.newerButton);
    expect(h.latest(manager).text.split("\n")).toEqual(first);
  });

  it("filters by person (typed, or picked from the staff) and by customer (name or phone; several matches are offered)", async () => {
    await setUp();
    const akinyi = h.user(1004, "Akinyi");
    await h.addStaff(akinyi, "OPERATOR");
    await sessions(operator, "Jane Wanjiku", "254712345678", 1);
    await sessions(akinyi, "Peter Kamau", "254733333333", 1);
    await sessions(akinyi, "Jane Achieng", "254744444444", 1);

    const otieno = (await audit("@otieno")).split("\n");
    expect(otieno[0]).toBe(a.title("staff", "Otieno"));
    expect(otieno.slice(2).every((line) => line.includes("Otieno: ") && line.includes("Jane Wanjiku"))).toBe(true);
    expect(otieno).toHaveLength(4);
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual([a.peopleButton, a.everyoneButton]);

    await h.press(manager, a.peopleButton);
    expect(h.latest(manager).text).toBe(a.pickPerson);
    await h.press(manager, a.staffButton("Akinyi", true));
    const picked = h.latest(manager).text.split("\n");
    expect(picked[0]).toBe(a.title("staff", "Akinyi"));
    expect(picked).toHaveLength(6);

    const byPhone = (await audit("0733 333 333")).split("\n");
    expect(byPhone[0]).toBe(a.title("customer", "Peter Kamau"));
    expect(byPhone.slice(2).map((line) => line.replace(/^\S+ \S+ /, ""))).toEqual([
      "Akinyi: ended Peter Kamau's session: KES 2 owed",
      "Akinyi: started Peter Kamau's session",
    ]);

    expect(await audit("jane")).toBe(a.pickMatch("jane"));
    await h.press(manager, a.customerButton("Jane Achieng", "254744444444"));
    expect(h.latest(manager).text.split("\n")[0]).toBe(a.title("customer", "Jane Achieng"));
    await h.press(manager, a.everyoneButton);
    expect(h.latest(manager).text.split("\n")).toHaveLength(2 + 6);

    expect(await audit("nobody")).toBe(a.noMatch("nobody"));
  });

  it("is for managers: operators are refused, and the menu and /help list it for managers only", async () => {
    await setUp();
    await sessions(operator, "Jane Wanjiku", "254712345678", 1);
    await h.send(operator, "/audit");
    expect(h.latest(operator).text).toBe(texts.managersOnly);
    const page = await audit();
    await h.pressData(operator, h.latest(manager).buttons.map((b) => ("callback_data" in b ? b.callback_data : ""))[0] ?? "", h.latest(manager).messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(texts.managersOnly);
    expect(page).toContain("Jane Wanjiku");
    const menus = commandMenus();
    expect(menus.manager.map((c) => c.command)).toContain("audit");
    expect(menus.operator.map((c) => c.command)).not.toContain("audit");
    await h.send(manager, "/help");
    expect(h.latest(manager).text).toContain("/audit");
    await h.send(operator, "/help");
    expect(h.latest(operator).text).not.toContain("/audit");
  });
});
