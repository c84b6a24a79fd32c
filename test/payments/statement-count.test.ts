// How many SQL statements applying a payment result costs: every statement is a round through Prisma and
// the driver, which is most of a callback's time. A regression guard, not a target: raise a bound only
// with a reason.
import Database from "better-sqlite3";
import { afterEach, expect, it, vi } from "vitest";
import { applyStkAnswer, type StkAnswer } from "../../src/services/payment-results.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness } from "../support/harness.js";
import { promptSent } from "../support/steps.js";
import { describeSqlite } from "../support/temp.js";

/** SQL texts of the statements SQLite runs while `work` runs (better-sqlite3 runs each with run() or all()). */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const probe = new Database(":memory:");
  const statement = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Database.Statement;
  probe.close();
  const run = vi.spyOn(statement, "run");
  const all = vi.spyOn(statement, "all");
  try {
    await work();
    return [...run.mock.contexts, ...all.mock.contexts].map((context) => (context as Database.Statement).source);
  } finally {
    run.mockRestore();
    all.mockRestore();
  }
}

const paidAnswer = (amountKes: number): StkAnswer => ({
  status: "paid",
  resultCode: "0",
  resultDesc: "The service request is processed successfully.",
  payment: { amount: amountKes, receiptNumber: "NLJ7RT61SV", phoneNumber: "254712345678", transactionDate: new Date("2026-11-28T06:30:15.000Z") },
});

describeSqlite("applying a payment result", () => {
  let h: Harness;
  afterEach(() => h.close());

  async function pendingPrompt() {
    h = await createHarness();
    const operator = h.user(5001, "Otieno");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(h.user(7001, "Mary"), "MANAGER");
    await h.addStaff(h.user(7002, "Wambui"), "MANAGER");
    await promptSent(h, { operator });
    return h.db.stkRequest.findFirstOrThrow();
  }

  it("paid: at most 10 statements, BEGIN and COMMIT included, with one insert for all the notifications", async () => {
    const stk = await pendingPrompt();
    const statements = await statementsOf(() => applyStkAnswer(h.context, stk.checkoutRequestId!, paidAnswer(stk.amountKes)));

    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
    expect(await h.db.outboxMessage.count()).toBe(3);
    expect(statements.filter((sql) => sql.includes("INSERT"))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(10);
  });

  it("the same answer again: at most 3 statements (the prompt read between BEGIN and COMMIT), and nothing written", async () => {
    const stk = await pendingPrompt();
    await applyStkAnswer(h.context, stk.checkoutRequestId!, paidAnswer(stk.amountKes));
    const statements = await statementsOf(async () =>
      expect(await applyStkAnswer(h.context, stk.checkoutRequestId!, paidAnswer(stk.amountKes))).toBe("duplicate"),
    );

    expect(statements.filter((sql) => /^\s*(UPDATE|INSERT|DELETE)/.test(sql))).toEqual([]);
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it("a batch of duplicate callbacks and callbacks for unknown prompts: as many statements for 40 as for 2", async () => {
    const stk = await pendingPrompt();
    const post = (body: object) => h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: body, headers: { "content-type": "application/json" } });
    expect((await post(stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(stk.amountKes)))).statusCode).toBe(200);
    await h.callbacksApplied();
    /** Statements the applier runs for `count` duplicates and as many callbacks for unknown prompts, stored while it was held. */
    const applying = async (count: number) => {
      await h.callbackApplier.stop();
      for (let n = 0; n < count; n++) {
        expect((await post(stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(stk.amountKes)))).statusCode).toBe(200);
        expect((await post(stkCallbackBody(`ws_CO_unknown_${count}_${n}`, 0, paidItems(stk.amountKes)))).statusCode).toBe(200);
      }
      return statementsOf(async () => {
        h.callbackApplier.start();
        await h.callbacksApplied();
      });
    };

    const few = await applying(2);
    const many = await applying(40);
    expect(await h.db.mpesaCallback.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } })).toEqual([
      { status: "APPLIED", _count: 1 },
      { status: "DUPLICATE", _count: 42 },
      { status: "UNMATCHED", _count: 42 },
    ]);
    expect(await h.db.outboxMessage.count()).toBe(3);
    expect(many.length).toBe(few.length);
  });

  it("new results stored together: sorted out once, then applied over several batches", async () => {
    await pendingPrompt();
    const operator = h.user(5001, "Otieno");
    for (const [n, customer] of ["Ann Njeri", "Brian Kiptoo", "Carol Achieng", "David Mwangi", "Esther Atieno"].entries()) {
      await promptSent(h, { operator, customer, phone: `25471100000${n}` });
    }
    const prompts = await h.db.stkRequest.findMany({ orderBy: { id: "asc" } });
    expect(prompts).toHaveLength(6);
    await h.callbackApplier.stop();
    for (const stk of prompts) {
      const body = stkCallbackBody(stk.checkoutRequestId!, 0, paidItems(stk.amountKes));
      const posted = await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: body, headers: { "content-type": "application/json" } });
      expect(posted.statusCode).toBe(200);
    }
    const statements = await statementsOf(async () => {
      h.callbackApplier.start();
      await h.callbacksApplied();
    });

    expect(await h.db.payment.count({ where: { state: "PAID" } })).toBe(6);
    const windows = statements.filter((sql) => sql.includes('max("id")'));
    // One window for the six rows (applied four at a time at most), and one that finds nothing left.
    expect(windows).toHaveLength(2);
    // Every read of the stored callbacks goes through the (status, id) index: by the other ones, each
    // batch would read every RECEIVED row of a backlog.
    const reads = [...new Set(statements.filter((sql) => /SELECT/.test(sql) && sql.includes("MpesaCallback")))];
    expect(reads.length).toBeGreaterThanOrEqual(3);
    for (const sql of reads) {
      const parameters = Array.from({ length: sql.split("?").length - 1 }, () => 1);
      const plan = await h.db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...parameters);
      const onCallbacks = plan.map((step) => step.detail).filter((detail) => detail.includes("MpesaCallback") && !detail.includes("StkRequest"));
      expect(onCallbacks, sql).not.toEqual([]);
      for (const detail of onCallbacks) expect(detail, sql).toMatch(/USING (COVERING )?INDEX MpesaCallback_status_id_idx/);
    }
  });
});
