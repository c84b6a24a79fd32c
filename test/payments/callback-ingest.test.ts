// Callbacks are acknowledged once stored and applied afterwards by the callback applier: what "Accepted"
// promises (the body is stored), what concurrent callbacks cost (inserts shared), and that applying
// stays exactly once however they arrive.
import { afterEach, describe, expect, it } from "vitest";
import type { Db, Tx } from "../../src/db/client.js";
import { applyReceivedCallbacks } from "../../src/services/callbacks.js";
import { applyStkAnswer, markStkUnknown } from "../../src/services/payment-results.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { interceptQueries } from "../support/db-faults.js";
import { createHarness, type Harness, type HarnessOptions } from "../support/harness.js";
import { promptSent } from "../support/steps.js";
import { onPostgres } from "../support/temp.js";

const OPERATOR = 5001;
const MANAGER = 7001;
const CUSTOMERS = ["Jane Wanjiku", "Amina Otieno", "Brian Kamau", "Faith Njeri", "Kevin Mutua", "Grace Achieng", "Peter Kiprop", "Mercy Wambui"];

let h: Harness;

async function setUp(options: HarnessOptions = {}) {
  h = await createHarness({}, options);
  const operator = h.user(OPERATOR, "Otieno");
  await h.addStaff(operator, "OPERATOR");
  await h.addStaff(h.user(MANAGER, "Mary"), "MANAGER");
  return operator;
}

/** Prompts sent for `count` customers, each with a phone of its own; their CheckoutRequestIDs. */
async function promptsSent(count: number): Promise<string[]> {
  const operator = h.user(OPERATOR, "Otieno");
  for (const [n, customer] of CUSTOMERS.slice(0, count).entries()) await promptSent(h, { operator, customer, phone: `2547123456${10 + n}` });
  return (await h.db.stkRequest.findMany({ orderBy: { id: "asc" } })).map((stk) => stk.checkoutRequestId!);
}

/** The receiver's insert of callback bodies: a `db.$queryRaw` tagged template, its SQL text in the first argument. */
const isCallbackInsert = (args: unknown[]) => (args[0] as readonly string[]).join("?").startsWith('INSERT INTO "MpesaCallback"');

const post = (payload: string | object) => h.app.inject({ method: "POST", url: "/mpesa/callback/", payload, headers: { "content-type": "application/json" } });

describe("callback ingest", () => {
  afterEach(() => h.close());

  it("callbacks arriving together are stored by fewer inserts than requests, and each is applied exactly once", async () => {
    let inserts = 0;
    await setUp({
      serviceDb: (db) =>
        interceptQueries(db, ["$queryRaw"], (query, args) => {
          if (isCallbackInsert(args)) inserts++;
          return query(...args);
        }),
    });
    const checkoutIds = await promptsSent(CUSTOMERS.length);

    const answers = await Promise.all(checkoutIds.map((id) => post(stkCallbackBody(id, 0, paidItems(120)))));
    expect(answers.map((answer) => answer.json<unknown>())).toEqual(checkoutIds.map(() => ({ ResultCode: 0, ResultDesc: "Accepted" })));
    expect(inserts).toBeGreaterThan(0);
    expect(inserts).toBeLessThan(checkoutIds.length);

    await h.callbacksApplied();
    expect((await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((row) => [row.checkoutRequestId, row.status])).toEqual(
      checkoutIds.map((id) => [id, "APPLIED"]),
    );
    expect((await h.db.payment.findMany()).map((payment) => payment.state)).toEqual(checkoutIds.map(() => "PAID"));
    // The operator's message edited once per payment; the manager told of each payment once (this many
    // at once come as one summary).
    const delivered = await h.deliverNotifications();
    const toManager = await h.db.outboxMessage.findMany({ where: { chatId: BigInt(MANAGER) } });
    expect(toManager.map((row) => row.status)).toEqual(checkoutIds.map(() => "SENT"));
    expect(h.sent(h.user(MANAGER, "Mary"))).toEqual([expect.stringContaining(`${checkoutIds.length} M-Pesa payments`)]);
    expect(delivered).toBe(checkoutIds.length + 1);
  });

  it("the same callback delivered many times at once is applied once and notifies once", async () => {
    await setUp();
    const [checkoutId] = await promptsSent(1);
    const body = stkCallbackBody(checkoutId!, 0, paidItems(120));
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(body)));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array.from({ length: 10 }, () => 200));
    await h.callbacksApplied();
    const statuses = (await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((row) => row.status);
    expect(statuses).toEqual(["APPLIED", ...Array.from({ length: 9 }, () => "DUPLICATE")]);
    expect(await h.deliverNotifications()).toBe(2);
    expect(await h.db.outboxMessage.count()).toBe(2);
  });

  it("a batch mixing unknown prompts, duplicates, late corrections and new results: each row ends as applying it alone would, each payment changes once", async () => {
    await setUp();
    const [paidBefore, timedOut, failedBefore, fresh, cancelled, queried] = await promptsSent(6);
    // Before the batch: one prompt paid, one given up on (no answer in time), one cancelled, one found
    // paid by a status query (which carries no receipt).
    expect((await post(stkCallbackBody(paidBefore!, 0, paidItems(120)))).statusCode).toBe(200);
    expect((await post(stkCallbackBody(failedBefore!, 1032))).statusCode).toBe(200);
    await h.callbacksApplied();
    const timedOutPrompt = await h.db.stkRequest.findFirstOrThrow({ where: { checkoutRequestId: timedOut! } });
    expect(await markStkUnknown(h.context, timedOutPrompt.id, "no_answer")).toBe(true);
    expect(await applyStkAnswer(h.context, queried!, { status: "paid", resultCode: "0", resultDesc: "Paid", payment: null })).toBe("applied");
    const before = await h.db.outboxMessage.findMany({ select: { id: true } });

    // Stored together while the applier is held, so that they are applied as one batch.
    await h.callbackApplier.stop();
    const batch: [object, string][] = [
      [stkCallbackBody(paidBefore!, 0, paidItems(120)), "DUPLICATE"],
      [stkCallbackBody("ws_CO_nobody_knows", 0, paidItems(120)), "UNMATCHED"],
      [stkCallbackBody(timedOut!, 0, paidItems(120)), "APPLIED"], // paid after all
      [stkCallbackBody(fresh!, 0, paidItems(120)), "APPLIED"],
      [stkCallbackBody(fresh!, 0, paidItems(120)), "DUPLICATE"], // of the row before, in the same batch
      [stkCallbackBody(failedBefore!, 1032), "DUPLICATE"],
      [stkCallbackBody(failedBefore!, 0, paidItems(120)), "APPLIED"], // paid after all
      [stkCallbackBody(cancelled!, 4999), "DUPLICATE"], // still processing: nothing to apply
      [stkCallbackBody("ws_CO_nobody_knows_either", 1032), "UNMATCHED"],
      [stkCallbackBody(cancelled!, 1032), "APPLIED"],
      [stkCallbackBody(timedOut!, 1037), "DUPLICATE"], // a failure after the money
      [stkCallbackBody(queried!, 0, paidItems(120)), "APPLIED"], // its receipt
      [stkCallbackBody(queried!, 0, paidItems(120)), "DUPLICATE"],
    ];
    for (const [body] of batch) expect((await post(body)).statusCode).toBe(200);
    h.callbackApplier.start();
    await h.callbacksApplied();

    const rows = await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" }, skip: 2 });
    expect(rows.map((row) => row.status)).toEqual(batch.map(([, status]) => status));
    expect(rows.filter((row) => row.status === "UNMATCHED").map((row) => [row.checkoutRequestId, row.appliedAt])).toEqual([
      ["ws_CO_nobody_knows", null],
      ["ws_CO_nobody_knows_either", null],
    ]);
    expect((await h.db.payment.findMany({ orderBy: { id: "asc" } })).map((payment) => payment.state)).toEqual([
      "PAID",
      "PAID",
      "PAID",
      "PAID",
      "FAILED",
      "PAID",
    ]);
    expect(await h.db.stkRequest.findFirstOrThrow({ where: { checkoutRequestId: queried! } })).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
    // One piece of news per prompt that changed, none for the others.
    const news = await h.db.outboxMessage.findMany({ where: { id: { notIn: before.map((row) => row.id) } }, select: { dedupeKey: true } });
    const prompts = await h.db.stkRequest.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    const kinds = new Set(news.map((row) => row.dedupeKey.split(":").slice(0, 3).join(":")));
    expect([...kinds].sort()).toEqual(
      [`stk:${prompts[1]!.id}:paid_after_all`, `stk:${prompts[2]!.id}:paid_after_all`, `stk:${prompts[3]!.id}:paid`, `stk:${prompts[4]!.id}:failed`].sort(),
    );
  });

  it("Accepted means stored: a callback acknowledged while applying fails stays RECEIVED, and the sweep applies it after 30 s", async () => {
    let failing = false;
    await setUp({
      serviceDb: (db) =>
        interceptQueries(db, ["$transaction"], (query, args) => (failing ? Promise.reject(new Error("database unavailable ($transaction)")) : query(...args))),
    });
    const [checkoutId] = await promptsSent(1);
    failing = true;
    expect((await post(stkCallbackBody(checkoutId!, 0, paidItems(120)))).json()).toEqual({ ResultCode: 0, ResultDesc: "Accepted" });
    expect((await post("{not json")).statusCode).toBe(400);
    // The applier tried, failed, and stopped trying (the row is left to the sweep, not retried in a loop).
    await h.callbacksApplied();
    expect((await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((row) => [row.status, row.checkoutRequestId])).toEqual([
      ["RECEIVED", checkoutId],
      ["REJECTED", null],
    ]);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PENDING" });

    failing = false;
    // The sweep leaves fresh rows to the applier...
    expect(await applyReceivedCallbacks(h.context, { olderThanSeconds: 30 })).toBe(0);
    // ...and applies them once they are older.
    h.advance(31_000);
    expect(await applyReceivedCallbacks(h.context, { olderThanSeconds: 30 })).toBe(1);
    expect((await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((row) => row.status)).toEqual(["APPLIED", "REJECTED"]);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
    expect(await h.deliverNotifications()).toBe(2);
  });

  it("a callback that cannot be applied holds up only itself: the others of its batch are applied", async () => {
    let poisoned: string | null = null;
    // Inside every transaction, loading the poisoned prompt fails.
    const poisoning = (tx: Tx) =>
      interceptQueries(tx as Db, ["stkRequest.findUnique"], (query, args, name) => {
        const where = (args[0] as { where: { checkoutRequestId?: string } }).where;
        return where.checkoutRequestId !== undefined && where.checkoutRequestId === poisoned
          ? Promise.reject(new Error(`database unavailable (${name})`))
          : query(...args);
      });
    await setUp({
      serviceDb: (db) =>
        interceptQueries(db, ["$transaction"], (query, args) => {
          const [work, ...rest] = args;
          return typeof work === "function" ? query((tx: Tx) => (work as (tx: Tx) => Promise<unknown>)(poisoning(tx)), ...rest) : query(...args);
        }),
    });
    const [first, second, third] = await promptsSent(3);
    poisoned = second!;
    // Stored together while the applier is held, so that they are applied as one batch.
    await h.callbackApplier.stop();
    for (const id of [first!, second!, third!]) expect((await post(stkCallbackBody(id, 0, paidItems(120)))).statusCode).toBe(200);
    h.callbackApplier.start();
    await h.callbacksApplied();
    expect((await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((row) => row.status)).toEqual(["APPLIED", "RECEIVED", "APPLIED"]);
    expect((await h.db.payment.findMany({ orderBy: { id: "asc" } })).map((payment) => payment.state)).toEqual(["PAID", "PENDING", "PAID"]);

    poisoned = null;
    h.advance(31_000);
    expect(await applyReceivedCallbacks(h.context, { olderThanSeconds: 30 })).toBe(1);
    expect((await h.db.payment.findMany()).map((payment) => payment.state)).toEqual(["PAID", "PAID", "PAID"]);
    expect(await h.deliverNotifications()).toBe(6);
  });

  it("when the insert holding them fails, every request in it is answered 500 and nothing is stored", async () => {
    let failing = false;
    await setUp({
      serviceDb: (db) =>
        interceptQueries(db, ["$queryRaw"], (query, args) =>
          failing && isCallbackInsert(args) ? Promise.reject(new Error("database unavailable (callback insert)")) : query(...args),
        ),
    });
    const [checkoutId] = await promptsSent(1);
    failing = true;
    const answers = await Promise.all([post(stkCallbackBody(checkoutId!, 0, paidItems(120))), post(stkCallbackBody("ws_CO_other", 1032)), post("{junk")]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([500, 500, 500]);
    expect(await h.db.mpesaCallback.count()).toBe(0);

    failing = false;
    expect((await post(stkCallbackBody(checkoutId!, 0, paidItems(120)))).statusCode).toBe(200);
    await h.callbacksApplied();
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID" });
  });

  it("a callback acknowledged just before the service stopped, not applied yet, is applied at the next start", async () => {
    await setUp();
    const [checkoutId] = await promptsSent(1);
    // The process stops between storing and applying.
    await h.callbackApplier.stop();
    expect((await post(stkCallbackBody(checkoutId!, 0, paidItems(120)))).json()).toEqual({ ResultCode: 0, ResultDesc: "Accepted" });
    expect(await h.db.mpesaCallback.findFirstOrThrow()).toMatchObject({ status: "RECEIVED", checkoutRequestId: checkoutId });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PENDING" });

    await h.restart();
    expect(await h.db.mpesaCallback.findFirstOrThrow()).toMatchObject({ status: "APPLIED" });
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", receipt: "NLJ7RT61SV" });
    expect(await h.deliverNotifications()).toBe(2);
  });

  it("a store tells the applier the id of the first row it stored", async () => {
    await setUp();
    const [checkoutId] = await promptsSent(1);
    const announced: number[] = [];
    const wake = h.callbackApplier.wake.bind(h.callbackApplier);
    h.callbackApplier.wake = (firstId) => {
      announced.push(firstId);
      wake(firstId);
    };
    await post(stkCallbackBody(checkoutId!, 0, paidItems(120)));
    await h.callbacksApplied();
    expect(announced).toEqual([(await h.db.mpesaCallback.findFirstOrThrow()).id]);
  });

  // PostgreSQL gives an insert its id when it starts and shows the row when it commits: a row may show up
  // behind rows the applier has gone past (a slow insert of another connection).
  it.runIf(onPostgres)("a row committed after the applier went past its id is applied as soon as its store is announced, not left to the sweep", async () => {
    await setUp();
    const [early, later] = await promptsSent(2);
    let lateId = 0;
    let inserted!: () => void;
    let commit!: () => void;
    const insertedNow = new Promise<void>((resolve) => (inserted = resolve));
    const committing = new Promise<void>((resolve) => (commit = resolve));
    const slowInsert = h.db.$transaction(async (tx) => {
      const body = JSON.stringify(stkCallbackBody(early!, 0, paidItems(120)));
      const [row] = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO "MpesaCallback" ("body", "receivedAt", "status", "checkoutRequestId", "resultState") VALUES (${body}, ${h.context.now()}, 'RECEIVED', ${early}, 'PAID') RETURNING "id"`;
      lateId = row!.id;
      inserted();
      await committing;
    });
    await insertedNow;
    expect((await post(stkCallbackBody(later!, 0, paidItems(120)))).statusCode).toBe(200);
    await h.callbacksApplied();
    expect((await h.db.mpesaCallback.findFirstOrThrow({ where: { checkoutRequestId: later } })).id).toBeGreaterThan(lateId);
    commit();
    await slowInsert;

    h.callbackApplier.wake(lateId);
    await h.callbacksApplied();
    expect(await h.db.mpesaCallback.findUniqueOrThrow({ where: { id: lateId } })).toMatchObject({ status: "APPLIED" });
    expect((await h.db.payment.findMany({ orderBy: { id: "asc" } })).map((payment) => payment.state)).toEqual(["PAID", "PAID"]);
  });
});
