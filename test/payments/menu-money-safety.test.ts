// Money from the M-Pesa menu is never counted twice or put where it does not belong: a paybill prompt's
// payment that Safaricom also confirms to the C2B URL (same receipt, either order), money a manager set
// aside, and a masked phone that fits one bill while another bill of that amount has no phone to compare.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { c2bBody, paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment, promptSent } from "../support/steps.js";

describe("money from the menu counted once, and only where it belongs", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
  });
  afterEach(() => h.close());

  async function confirm(fields: Record<string, string>): Promise<void> {
    const answer = await h.app.inject({ method: "POST", url: "/payments/confirmation/", payload: JSON.stringify(c2bBody(fields)) });
    expect(answer.statusCode).toBe(200);
    await h.deliverNotifications();
  }
  const bill = (paymentId: number) => h.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const staffId = async (user: TestUser) => (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(user.id) } })).id;

  it("a paybill prompt's payment confirmed to the C2B URL after its callback pays no second bill and is not listed to place", async () => {
    const first = await promptSent(h, { operator, phone: "254712345678", minutes: 72 });
    await h.customersAnswer();
    await h.deliverNotifications();
    const { receipt } = await bill(first.paymentId);
    expect(receipt).not.toBeNull();
    // The prompt carried the bill's reference as its account number: the confirmation names the same bill.
    expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ accountReference: `S${first.sessionId}` });
    const second = await owedPayment(h, { operator, customer: "Jane Other", phone: "254712345678", minutes: 72, endedAt: "service" });
    const told = h.sent(manager).length;

    await confirm({
      TransactionType: "CustomerPayBillOnline",
      TransID: receipt!,
      TransAmount: "120",
      BillRefNumber: `S${first.sessionId}`,
      MSISDN: "2547 ***** 678",
    });
    expect(await bill(second.paymentId)).toMatchObject({ state: "NOT_REQUESTED", receipt: null });
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: receipt! } })).toMatchObject({ paymentId: first.paymentId });
    expect(await h.services.menuPayments.unplacedMenuPayments()).toEqual([]);
    expect(h.sent(manager)).toHaveLength(told);
  });

  it("the same, confirmed before the callback came: the callback finds its own money, not a second payment", async () => {
    const first = await promptSent(h, { operator, phone: "254712345678", minutes: 72 });
    const stk = await h.db.stkRequest.findFirstOrThrow();
    await confirm({
      TransactionType: "CustomerPayBillOnline",
      TransID: "NLJ7RT61SV",
      TransAmount: "120",
      BillRefNumber: `S${first.sessionId}`,
      MSISDN: "2547 ***** 678",
    });
    expect(await bill(first.paymentId)).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
    const answer = await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(120)) });
    expect(answer.statusCode).toBe(200);
    await h.deliverNotifications();
    expect(await h.db.auditEntry.count({ where: { action: "paid_twice" } })).toBe(0);
    expect(h.sent(manager).join("\n")).not.toMatch(/twice/i);
    expect(h.sent(operator).join("\n")).not.toMatch(/twice/i);
  });

  it("money a manager set aside cannot be put on a bill, by hand or by checking its receipt", async () => {
    await confirm({ TransactionType: "Buy Goods", TransID: "QK12ABC888", TransAmount: "120", BillRefNumber: "", MSISDN: "2547 ***** 999" });
    const money = await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC888" } });
    expect(money.paymentId).toBeNull();
    expect(await h.services.menuPayments.setAsideMenuPayment(money.id, await staffId(manager), "refunded to the customer")).toBe(true);
    const owed = await owedPayment(h, { operator, phone: null, minutes: 72, endedAt: "service" });
    expect(await h.services.menuPayments.placeByStaff(money.id, owed.paymentId, await staffId(operator))).toMatchObject({
      ok: false,
      reason: "menu_payment_set_aside",
    });
    const checked = await h.services.receiptChecks.checkReceipt({
      receipt: "QK12ABC888",
      paymentId: owed.paymentId,
      staffId: await staffId(operator),
      chatId: null,
      messageId: null,
    });
    expect(checked).toMatchObject({ kind: "refused", reason: "menu_payment_set_aside" });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
  });

  it("a masked phone that fits one bill is not trusted while another bill of that amount has no phone to compare", async () => {
    const payers = await owedPayment(h, { operator, customer: "Jane Payer", phone: null, minutes: 72, endedAt: "service" });
    const other = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000149", minutes: 72, endedAt: "service" });
    await confirm({ TransactionType: "Buy Goods", TransID: "QK12ABC999", TransAmount: "120", BillRefNumber: "", MSISDN: "2547 ***** 149" });
    expect(await bill(other.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
    expect(await bill(payers.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC999" } })).toMatchObject({ paymentId: null, unplacedReason: "several_bills" });
  });

  it("a confirmation whose time or shortcode cannot be read is money all the same: it settles its bill, timed when it came", async () => {
    const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
    await confirm({ TransID: "QK12ABC556", TransAmount: "120", TransTime: "2026-11-28 09:38:45", BusinessShortCode: "", BillRefNumber: `S${owed.sessionId}` });
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", receipt: "QK12ABC556", paidAt: h.clock.now() });
    expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC556" } })).toMatchObject({ shortCode: h.config.mpesa.c2b.shortCode });
  });
});
