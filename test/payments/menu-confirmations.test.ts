// Money paid from the M-Pesa menu, as Safaricom confirms it to /payments/confirmation/: stored raw
// before it is acknowledged, applied once per receipt, placed on its bill by account number or by
// amount and phone, else listed to place by hand.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyReceivedNotices } from "../../src/services/mpesa-notices.js";
import { c2bBody } from "../support/daraja-callbacks.js";
import { failingQueries } from "../support/db-faults.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment } from "../support/steps.js";
import { statusNotFound, statusTimedOut } from "../support/receipt-status.js";

const SECRET = "c2b-secret-path-0123456789";

function confirm(h: Harness, fields: Record<string, string>, secret = SECRET) {
  return h.app.inject({
    method: "POST",
    url: `/payments/confirmation/${secret}/`,
    payload: JSON.stringify(c2bBody(fields)),
    headers: { "content-type": "application/json" },
  });
}

describe("menu payments confirmed by Safaricom", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;

  async function start(options: Parameters<typeof createHarness>[1] = {}) {
    h = await createHarness({ MPESA_CALLBACK_SECRET: SECRET }, options);
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
  }
  afterEach(() => h.close());

  describe("with a working database", () => {
    beforeEach(() => start());

    it("a paybill payment whose account number is the bill's reference settles that bill; the operator and managers are told", async () => {
      const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
      const answer = await confirm(h, { TransID: "QK12ABC345", TransAmount: "120.00", BillRefNumber: ` s${owed.sessionId} `, FirstName: "Jane" });
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({ ResultCode: 0, ResultDesc: "Accepted" });
      await h.deliverNotifications();
      expect(await h.db.payment.findUniqueOrThrow({ where: { id: owed.paymentId } })).toMatchObject({ state: "PAID", method: "MPESA", receipt: "QK12ABC345" });
      expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC345" } })).toMatchObject({
        paymentId: owed.paymentId,
        placement: "REFERENCE",
      });
      expect(await h.db.mpesaNotice.findFirstOrThrow()).toMatchObject({ kind: "CONFIRMATION", key: "QK12ABC345", status: "APPLIED" });
      for (const user of [operator, manager]) expect(h.sent(user).at(-1)).toMatch(/Paid from the M-Pesa menu: KES 120 for Jane Wanjiku.*receipt QK12ABC345/);
    });

    it("a till payment (no account number, a masked MSISDN) settles the one open bill of its amount whose phone fits", async () => {
      const owed = await owedPayment(h, { operator, phone: "254712345149", minutes: 72, endedAt: "service" });
      // Same amount, another phone; and the payer's phone on a bill of another amount.
      await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", minutes: 72, endedAt: "service" });
      await owedPayment(h, { operator, customer: "Ann Njeri", phone: "254712345149", minutes: 30, endedAt: "service" });
      expect((await confirm(h, { TransactionType: "Buy Goods", TransID: "QK12ABC400", TransAmount: "120", BillRefNumber: "" })).statusCode).toBe(200);
      await h.deliverNotifications();
      expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC400" } })).toMatchObject({
        paymentId: owed.paymentId,
        placement: "AMOUNT_AND_PHONE",
        accountNumber: null,
      });
      expect(h.sent(operator).at(-1)).toMatch(/Paid from the M-Pesa menu: KES 120 for Jane Wanjiku.*only open bill of that amount for that phone/);
    });

    it("two open bills of that amount whose phones fit: never guessed, listed to place, everyone told", async () => {
      const first = await owedPayment(h, { operator, phone: "254712345149", minutes: 72, endedAt: "service" });
      const second = await owedPayment(h, { operator, customer: "John Kamau", phone: "254798765149", minutes: 72, endedAt: "service" });
      await confirm(h, { TransactionType: "Buy Goods", TransID: "QK12ABC401", TransAmount: "120", BillRefNumber: "" });
      await h.deliverNotifications();
      expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC401" } })).toMatchObject({
        paymentId: null,
        unplacedReason: "several_bills",
      });
      for (const id of [first.paymentId, second.paymentId]) expect((await h.db.payment.findUniqueOrThrow({ where: { id } })).state).toBe("NOT_REQUESTED");
      for (const user of [operator, manager]) expect(h.sent(user).at(-1)).toMatch(/More than one open bill has that amount/);
    });

    it("the same confirmation delivered three times: one menu payment, one set of messages, the later deliveries DUPLICATE", async () => {
      const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
      for (let n = 0; n < 3; n++) {
        expect((await confirm(h, { TransID: "QK12ABC402", TransAmount: "120", BillRefNumber: `S${owed.sessionId}` })).statusCode).toBe(200);
      }
      await h.deliverNotifications();
      expect(await h.db.menuPayment.count()).toBe(1);
      const statuses = (await h.db.mpesaNotice.findMany({ orderBy: { id: "asc" } })).map((notice) => notice.status);
      expect(statuses).toEqual(["APPLIED", "DUPLICATE", "DUPLICATE"]);
      for (const user of [operator, manager]) expect(h.sent(user).filter((text) => text.includes("QK12ABC402"))).toHaveLength(1);
    });

    it("a bill paid in cash meanwhile: the money is listed to place (paid twice?), the bill stays as the cash paid it", async () => {
      const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
      const staffId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(operator.id) } })).id;
      expect((await h.services.payments.takeCash(owed.paymentId, staffId)).ok).toBe(true);
      await confirm(h, { TransID: "QK12ABC403", TransAmount: "120", BillRefNumber: `S${owed.sessionId}` });
      await h.deliverNotifications();
      expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC403" } })).toMatchObject({ paymentId: null, unplacedReason: "bill_paid" });
      expect(await h.db.payment.findUniqueOrThrow({ where: { id: owed.paymentId } })).toMatchObject({ method: "CASH", receipt: null });
      expect(h.sent(manager).at(-1)).toContain(`bill S${owed.sessionId} (Jane Wanjiku), which was already paid`);
    });

    it("an account number that is no bill's reference falls back to amount and phone, else is listed as unknown", async () => {
      const owed = await owedPayment(h, { operator, phone: "254712345149", minutes: 72, endedAt: "service" });
      await confirm(h, { TransID: "QK12ABC404", TransAmount: "120", BillRefNumber: "S999999" });
      await confirm(h, { TransID: "QK12ABC405", TransAmount: "55", BillRefNumber: "Jane W" });
      await h.deliverNotifications();
      expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC404" } })).toMatchObject({
        paymentId: owed.paymentId,
        placement: "AMOUNT_AND_PHONE",
      });
      expect(await h.db.menuPayment.findUniqueOrThrow({ where: { receipt: "QK12ABC405" } })).toMatchObject({ paymentId: null, unplacedReason: "no_bill" });
    });

    it("a malformed confirmation is stored REJECTED and answered 400; a wrong secret is refused and nothing stored", async () => {
      const malformed = await confirm(h, { TransAmount: "12.50" });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ ResultCode: 1, ResultDesc: expect.stringContaining("TransAmount") as unknown });
      expect(await h.db.mpesaNotice.findFirstOrThrow()).toMatchObject({ status: "REJECTED", key: "RKTQDM7W6S", error: "not_whole_shillings (TransAmount)" });
      const notJson = await h.app.inject({
        method: "POST",
        url: `/payments/confirmation/${SECRET}/`,
        payload: "{nope",
        headers: { "content-type": "application/json" },
      });
      expect(notJson.statusCode).toBe(400);

      expect((await confirm(h, { TransID: "QK12ABC406" }, "wrong-secret-0123456789")).statusCode).toBe(404);
      expect((await h.app.inject({ method: "POST", url: "/payments/confirmation/", payload: JSON.stringify(c2bBody()) })).statusCode).toBe(404);
      expect(await h.db.mpesaNotice.count()).toBe(2);
      expect(await h.db.menuPayment.count()).toBe(0);
    });

    it("a confirmation stored while the service was down is applied by the sweep when it starts again", async () => {
      const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
      await h.noticeApplier.stop();
      expect((await confirm(h, { TransID: "QK12ABC407", TransAmount: "120", BillRefNumber: `S${owed.sessionId}` })).statusCode).toBe(200);
      expect(await h.db.mpesaNotice.findFirstOrThrow()).toMatchObject({ status: "RECEIVED" });
      expect(await h.db.menuPayment.count()).toBe(0);
      await h.restart();
      expect(await h.db.mpesaNotice.findFirstOrThrow()).toMatchObject({ status: "APPLIED" });
      expect((await h.db.payment.findUniqueOrThrow({ where: { id: owed.paymentId } })).receipt).toBe("QK12ABC407");
      await h.deliverNotifications();
      expect(h.sent(manager).at(-1)).toContain("QK12ABC407");
    });

    it("one confirmation delivered to two instances at once, and swept by both: placed once, told once", async () => {
      const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
      const other = await h.anotherInstance();
      const body = JSON.stringify(c2bBody({ TransID: "QK12ABC409", TransAmount: "120", BillRefNumber: `S${owed.sessionId}` }));
      const post = (app: Harness["app"]) => app.inject({ method: "POST", url: `/payments/confirmation/${SECRET}/`, payload: body });
      const answers = await Promise.all([post(h.app), post(other.app), post(h.app)]);
      expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
      await Promise.all([h.noticesApplied(), other.noticeApplier.idle(), applyReceivedNotices(h.context), applyReceivedNotices(other.context)]);
      await h.deliverNotifications();
      await other.outbox.tick();
      expect(await h.db.menuPayment.count()).toBe(1);
      expect((await h.db.mpesaNotice.findMany()).map((notice) => notice.status).sort()).toEqual(["APPLIED", "DUPLICATE", "DUPLICATE"]);
      expect(await h.db.auditEntry.count({ where: { action: "menu_payment_placed" } })).toBe(1);
      for (const user of [operator, manager]) expect(h.sent(user).filter((text) => text.includes("QK12ABC409"))).toHaveLength(1);
    });

    it("status results and timeouts are stored by their OriginatorConversationID, acknowledged, and applied (here: for no check of ours)", async () => {
      const bodies = { "status/result": statusNotFound("oc-result", "QK12ABC345"), "status/timeout": statusTimedOut("oc-timeout") };
      for (const [path, body] of Object.entries(bodies)) {
        const answer = await h.app.inject({ method: "POST", url: `/payments/${path}/${SECRET}/`, payload: JSON.stringify(body) });
        expect(answer.json()).toEqual({ ResultCode: 0, ResultDesc: "Accepted" });
      }
      await h.noticesApplied();
      const stored = await h.db.mpesaNotice.findMany({ orderBy: { id: "asc" } });
      expect(stored.map((notice) => [notice.kind, notice.key, notice.status])).toEqual([
        ["STATUS_RESULT", "oc-result", "UNMATCHED"],
        ["STATUS_TIMEOUT", "oc-timeout", "UNMATCHED"],
      ]);
    });

    it("validation accepts (checks off by default), and stores nothing", async () => {
      const answer = await h.app.inject({
        method: "POST",
        url: `/payments/validation/${SECRET}/`,
        payload: JSON.stringify(c2bBody({ BillRefNumber: "S999" })),
      });
      expect(answer.json()).toEqual({ ResultCode: "0", ResultDesc: "Accepted" });
      expect(await h.db.mpesaNotice.count()).toBe(0);
    });
  });

  it("a confirmation that could not be stored is answered 500 and not acknowledged; its next delivery is applied", async () => {
    await start({ serviceDb: (db) => failingQueries(db, ["mpesaNotice.create"], 1) });
    const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
    const body = { TransID: "QK12ABC408", TransAmount: "120", BillRefNumber: `S${owed.sessionId}` };
    expect((await confirm(h, body)).statusCode).toBe(500);
    expect(await h.db.mpesaNotice.count()).toBe(0);
    expect((await confirm(h, body)).statusCode).toBe(200);
    await h.deliverNotifications();
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: owed.paymentId } })).receipt).toBe("QK12ABC408");
  });
});
