// Several service instances on one database (issue #12): each guarantee that holds across instances,
// with the instances' steps interleaved by the test. The instances share the harness's database client
// (two SQLite connections in one process could wait on each other forever), which proves the logic of
// the atomic claims; the same code runs on PostgreSQL's READ COMMITTED.
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { texts } from "../src/texts/index.js";
import type { MpesaGateway } from "../src/services/prompts.js";
import { lowerAmount } from "../src/services/adjustments.js";
import { prepaidNotices, prepay } from "../src/services/prepaid.js";
import { reconcilePending } from "../src/services/reconcile.js";
import type { Db } from "../src/db/client.js";
import { paidItems, stkCallbackBody } from "./support/daraja-callbacks.js";
import { interceptQueries, pausingAfter, untilDoneOrWaitingForALock } from "./support/db-faults.js";
import { createHarness, type Harness, type Instance } from "./support/harness.js";
import { owedPayment, promptSent } from "./support/steps.js";
import type { Msisdn } from "../src/domain/phone.js";
import { UNUSED_C2B } from "./support/unused-c2b.js";

const OPERATOR = 5001;
const MANAGER = 7001;
const WEBHOOK_SECRET = "webhook_secret-0123456789";
/** Webhook mode, as several instances behind a load balancer run. */
const WEBHOOK = { MPESA_ENVIRONMENT: "simulator", PUBLIC_URL: "https://desk.example.co.ke", TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET };

async function setUp(env: Record<string, string> = {}) {
  const h = await createHarness(env);
  const operator = h.user(OPERATOR, "Otieno");
  const manager = h.user(MANAGER, "Mary");
  await h.addStaff(operator, "OPERATOR");
  await h.addStaff(manager, "MANAGER");
  return { h, operator, manager };
}

/** Two instances, and a session the operator started on the first, still running. */
async function runningSession() {
  const { h } = await setUp();
  const b = await h.anotherInstance();
  const staffId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(OPERATOR) } })).id;
  const created = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
  if (!created.ok) throw new Error("customer not created");
  const started = await h.services.sessions.startSession({ customerId: created.customer.id, computerId: null, staffId });
  if (!started.ok) throw new Error("session not started");
  return { h, b, staffId, sessionId: started.sessionId };
}

/** Lets the event loop run once (a wait that takes no time, but lets other work in). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A promise with its resolve function, for steps the test lets go on. */
function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

/** Whether an `$executeRaw` call is the callback applier's bulk sorting of duplicates and unknown prompts. */
function sortsCallbacks([strings]: unknown[]): boolean {
  return Array.isArray(strings) && /UPDATE "MpesaCallback" SET "status" = '(DUPLICATE|UNMATCHED)'/.test(strings.join("?"));
}

describe("several instances on one database", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("a callback delivered to two instances at once, and twice more to one of them, changes the payment once and tells each person once", async () => {
    const setup = await setUp();
    h = setup.h;
    const { messageId } = await promptSent(h, { operator: setup.operator });
    const pending = await h.db.stkRequest.findFirstOrThrow();
    let staleReads = 0;
    // B sees the database as it was before any answer: its bulk sorting of duplicates finds nothing to
    // sort (as when it ran just before A's commit), and its transactions read the prompt as still
    // pending, as a transaction under PostgreSQL's READ COMMITTED may when another instance's commit
    // lands between its read and its writes: only the conditional writes may decide.
    const b = await h.anotherInstance({
      serviceDb: (db) =>
        interceptQueries(db, ["$transaction", "$executeRaw"], (query, args, name) => {
          if (name === "$executeRaw") return sortsCallbacks(args) ? Promise.resolve(0) : query(...args);
          const [transaction, [work, ...options]] = [query, args];
          if (typeof work !== "function") return transaction(...args);
          return transaction(
            (tx: Db) =>
              (work as (tx: Db) => Promise<unknown>)(
                interceptQueries(tx, ["stkRequest.findUnique"], async (query, queryArgs) =>
                  (queryArgs[0] as { where: { checkoutRequestId?: string } }).where.checkoutRequestId === pending.checkoutRequestId
                    ? (staleReads++, pending)
                    : query(...queryArgs),
                ),
              ),
            ...options,
          );
        }),
    });
    const body = stkCallbackBody(pending.checkoutRequestId!, 0, paidItems(120));
    const deliver = (instance: Pick<Instance, "app">) => instance.app.inject({ method: "POST", url: "/mpesa/callback/", payload: body });

    const [toA, toB] = await Promise.all([deliver(h), deliver(b)]);
    expect([toA.statusCode, toB.statusCode]).toEqual([200, 200]);
    await Promise.all([h.callbacksApplied(), b.callbackApplier.idle()]);
    expect((await deliver(b)).statusCode).toBe(200);
    expect((await deliver(b)).statusCode).toBe(200);
    await b.callbackApplier.idle();

    expect(staleReads).toBeGreaterThanOrEqual(2);
    const statuses = (await h.db.mpesaCallback.findMany({ orderBy: { id: "asc" } })).map((row) => row.status);
    expect(statuses.filter((status) => status === "APPLIED")).toHaveLength(1);
    expect(statuses.filter((status) => status === "DUPLICATE")).toHaveLength(3);
    expect(await h.db.payment.findFirstOrThrow()).toMatchObject({ state: "PAID", method: "MPESA" });
    expect(await h.db.outboxMessage.count()).toBe(2);
    await h.deliverNotifications();
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("✅ Paid: KES 120");
    expect(h.sent(setup.operator).filter((text) => text.includes("Paid"))).toEqual([]);
    expect(h.sent(setup.manager)).toHaveLength(1);
  });

  describe("each pending prompt is queried once per due time", () => {
    /** A gateway counting its STK queries; with `stall`, they wait until the test lets them through. */
    function gatewayOf(h: Harness, stall: boolean) {
      const asked: string[] = [];
      const answer = gate();
      const reached = gate();
      const gateway: MpesaGateway = {
        ...UNUSED_C2B,
        stkPush: () => Promise.reject(new Error("not used")),
        async stkQuery(checkoutRequestId) {
          asked.push(checkoutRequestId);
          reached.open();
          if (stall) await answer.promise;
          return h.mpesa.stkQuery(checkoutRequestId);
        },
      };
      return { gateway, asked, reached: reached.promise, answer: () => answer.open() };
    }

    for (const when of ["due", "past the give-up time"] as const) {
      it(`a prompt ${when} is queried by one instance while another's pass runs meanwhile`, async () => {
        const setup = await setUp();
        h = setup.h;
        await promptSent(h, { operator: setup.operator });
        h.advance(when === "due" ? h.config.mpesa.reconcileAfterMs : h.config.mpesa.reconcileGiveUpMs + 1000);
        const a = gatewayOf(h, true);
        const b = gatewayOf(h, false);
        const passA = reconcilePending(h.context, a.gateway);
        await a.reached;
        // Instance B's pass, seconds later, while A's query is still on its way.
        h.advance(5_000);
        expect(await reconcilePending(h.context, b.gateway)).toEqual({ queried: 0, settled: 0, gaveUp: 0 });
        a.answer();
        expect((await passA).queried).toBe(1);
        expect([...a.asked, ...b.asked]).toHaveLength(1);
      });
    }

    it("a query claimed by an instance that died is taken over once its turn has passed", async () => {
      const setup = await setUp();
      h = setup.h;
      await promptSent(h, { operator: setup.operator });
      h.advance(h.config.mpesa.reconcileGiveUpMs + 1000);
      const dead = gatewayOf(h, true);
      void reconcilePending(h.context, dead.gateway);
      await dead.reached;
      h.advance(5_000);
      const b = gatewayOf(h, false);
      expect((await reconcilePending(h.context, b.gateway)).queried).toBe(0);
      // The claim holds the prompt for the backoff (15 s after the first query): then it is B's.
      h.advance(15_000);
      expect(await reconcilePending(h.context, b.gateway)).toEqual({ queried: 1, settled: 0, gaveUp: 1 });
      expect(await h.db.stkRequest.findFirstOrThrow()).toMatchObject({ state: "UNKNOWN" });
    });
  });

  describe("one chat's Telegram updates are handled by one instance at a time", () => {
    /** Telegram posting an update to an instance's webhook. */
    async function post(instance: Instance, update: Update): Promise<number> {
      const response = await instance.app.inject({
        method: "POST",
        url: "/telegram/webhook",
        payload: update,
        headers: { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET },
      });
      return response.statusCode;
    }

    /** An instance whose handling of the chat's next update stops once it has read the conversation's state, until let go. */
    async function stallingAfterStateRead(h: Harness) {
      const read = gate();
      const goOn = gate();
      let stalled = false;
      const instance = await h.anotherInstance({
        serviceDb: (db) =>
          interceptQueries(db, ["conversationState.findUnique"], async (query, args) => {
            const state = await query(...args);
            if (!stalled) {
              stalled = true;
              read.open();
              await goOn.promise;
            }
            return state;
          }),
      });
      return { instance, read: read.promise, goOn: () => goOn.open() };
    }

    /** /new up to the new customer's first name (asked). */
    async function upToFirstName(h: Harness, operator: ReturnType<Harness["user"]>) {
      await h.send(operator, "/new");
      await h.send(operator, "Jane");
      await h.press(operator, texts.customer.createButton);
      expect(h.sent(operator).at(-1)).toBe(texts.customer.askFirstName);
    }

    /** Another instance whose waits for a chat held elsewhere each take one turn; `waitsForChat` resolves at the first. */
    async function waitingInstance(h: Harness) {
      const waits = gate();
      const instance = await h.anotherInstance({
        sleep: async () => {
          waits.open();
          await turn();
        },
      });
      return { instance, waitsForChat: waits.promise };
    }

    it("two answers typed in quick succession, delivered to two instances, are taken one after the other", async () => {
      const setup = await setUp(WEBHOOK);
      h = setup.h;
      await upToFirstName(h, setup.operator);
      const a = await stallingAfterStateRead(h);
      const { instance: b, waitsForChat } = await waitingInstance(h);

      const first = post(a.instance, h.messageUpdate(setup.operator, "Jane"));
      await a.read;
      const second = post(b, h.messageUpdate(setup.operator, "Wanjiku"));
      // B waits for the chat while A handles its update (on today's code B would handle it meanwhile).
      await Promise.race([waitsForChat, second]);
      a.goOn();
      expect(await first).toBe(200);
      expect(await second).toBe(200);

      await h.send(setup.operator, "0712345678");
      await h.send(setup.operator, "/skip");
      expect(await h.db.customer.findMany({ select: { firstName: true, lastName: true, phone: true } })).toEqual([
        { firstName: "Jane", lastName: "Wanjiku", phone: "254712345678" },
      ]);
      expect(h.sent(setup.operator).filter((text) => text === texts.customer.askLastName)).toHaveLength(1);
    });

    it("Telegram's second delivery of an update, to another instance while the first is still handled, is not handled again", async () => {
      const setup = await setUp(WEBHOOK);
      h = setup.h;
      await upToFirstName(h, setup.operator);
      const a = await stallingAfterStateRead(h);
      const { instance: b, waitsForChat } = await waitingInstance(h);
      const update = h.messageUpdate(setup.operator, "Jane");
      const first = post(a.instance, update);
      await a.read;
      const again = post(b, update);
      await Promise.race([waitsForChat, again]);
      a.goOn();
      expect([await first, await again]).toEqual([200, 200]);
      expect(h.sent(setup.operator).filter((text) => text === texts.customer.askLastName)).toHaveLength(1);
      await h.send(setup.operator, "Wanjiku");
      expect(h.sent(setup.operator).at(-1)).toBe(texts.customer.askPhone);
    });

    it("an update whose instance died while handling it is handled by the instance Telegram sends it to again, once the chat's lease has expired", async () => {
      const setup = await setUp(WEBHOOK);
      h = setup.h;
      await upToFirstName(h, setup.operator);
      const dying = await stallingAfterStateRead(h);
      // B's waits for the chat pass on the services' clock.
      const b = await h.anotherInstance({
        sleep: async (ms) => {
          h.advance(ms);
          await turn();
        },
      });
      const update = h.messageUpdate(setup.operator, "Jane");
      void post(dying.instance, update);
      await dying.read;

      expect(await post(b, update)).toBe(200);
      await h.send(setup.operator, "Wanjiku");
      await h.send(setup.operator, "0712345678");
      await h.send(setup.operator, "/skip");
      expect(await h.db.customer.findMany({ select: { firstName: true, lastName: true } })).toEqual([{ firstName: "Jane", lastName: "Wanjiku" }]);
    });
  });

  describe("work to be done once happens once across instances", () => {
    it("two instances starting at once on a café with no manager offer the same first-manager link", async () => {
      h = await createHarness();
      const b = await h.anotherInstance();
      const [fromA, fromB] = await Promise.all([h.services.staff.firstManagerInvite(), b.services.staff.firstManagerInvite()]);
      expect(fromA).not.toBeNull();
      expect(fromB).toBe(fromA);
      expect(await h.db.invite.count()).toBe(1);
    });

    it("two instances starting at once with the same ADMIN_TELEGRAM_IDS both start, with one manager each", async () => {
      h = await createHarness();
      const b = await h.anotherInstance();
      await Promise.all([h.services.staff.bootstrapManagers([MANAGER, 7002]), b.services.staff.bootstrapManagers([MANAGER, 7002])]);
      expect(await h.db.staff.count({ where: { role: "MANAGER" } })).toBe(2);
    });

    it("a prepaid session's notice is written once when two instances' passes come at once", async () => {
      const running = await runningSession();
      h = running.h;
      const { b, staffId, sessionId } = running;
      expect(await h.services.prepaid.prepay({ sessionId, staffId, idempotencyKey: "prepay-1", minutes: 30 })).toMatchObject({ ok: true });
      h.advance(26 * 60_000);
      const written = await Promise.all([prepaidNotices(h.context), prepaidNotices(b.context)]);
      expect(written[0] + written[1]).toBe(1);
      expect(await h.db.outboxMessage.count({ where: { dedupeKey: { startsWith: "prepaid:" } } })).toBe(1);
    });
  });

  describe("money two people act on at the same moment, through two instances", () => {
    async function owedWithAnotherInstance() {
      const setup = await setUp();
      h = setup.h;
      const b = await h.anotherInstance();
      const { paymentId } = await owedPayment(h, { operator: setup.operator, endedAt: "service" });
      const operatorId = (await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(OPERATOR) } })).id;
      return { b, paymentId, operatorId };
    }

    /**
     * An operator asks, on the first instance, to lower KES 120 to KES 20 (more than they may alone: a
     * manager must answer); `meanwhile` runs once the request is written, before it is committed.
     */
    function askToLower(paymentId: number, operatorId: number, meanwhile: () => Promise<void>) {
      const context = { ...h.context, db: pausingAfter(h.db, "amountAdjustment.create", meanwhile) };
      return lowerAmount(context, { paymentId, toKes: 20, reason: "PC fault", staffId: operatorId, chatId: OPERATOR, messageId: 1 });
    }

    async function expectStillAwaitingApproval(paymentId: number) {
      expect(await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ state: "NOT_REQUESTED", amountKes: 120, paidAt: null });
      expect((await h.db.amountAdjustment.findMany()).map((adjustment) => adjustment.state)).toEqual(["PENDING"]);
    }

    it("cash taken on one instance as a lower amount is asked for on another is refused: a manager answers first", async () => {
      const { b, paymentId, operatorId } = await owedWithAnotherInstance();
      let cash: Promise<unknown> = Promise.resolve();
      const lowering = await askToLower(paymentId, operatorId, async () => {
        cash = b.services.payments.takeCash(paymentId, operatorId);
        await untilDoneOrWaitingForALock(h.db, cash);
      });
      expect(lowering).toMatchObject({ ok: true, applied: false });
      expect(await cash).toMatchObject({ ok: false, reason: "approval_pending", approval: { toKes: 20 } });
      await expectStillAwaitingApproval(paymentId);
    });

    it("a prompt sent on one instance as a lower amount is asked for on another is refused, and no prompt goes out", async () => {
      const { b, paymentId, operatorId } = await owedWithAnotherInstance();
      let prompt: Promise<unknown> = Promise.resolve();
      const lowering = await askToLower(paymentId, operatorId, async () => {
        prompt = b.services.payments.requestMpesaPayment({ paymentId, phone: "254712345678" as Msisdn, staffId: operatorId, chatId: OPERATOR, messageId: 2 });
        await untilDoneOrWaitingForALock(h.db, prompt);
      });
      expect(lowering).toMatchObject({ ok: true, applied: false });
      expect(await prompt).toMatchObject({ ok: false, reason: "approval_pending", approval: { toKes: 20 } });
      expect(await h.db.stkRequest.count()).toBe(0);
      await expectStillAwaitingApproval(paymentId);
    });

    it("two lower amounts asked for at once on two instances: the second is told one already waits for a manager", async () => {
      const { b, paymentId, operatorId } = await owedWithAnotherInstance();
      let second: Promise<unknown> = Promise.resolve();
      const first = await askToLower(paymentId, operatorId, async () => {
        second = b.services.adjustments.lowerAmount({ paymentId, toKes: 60, reason: "Slow PC", staffId: operatorId, chatId: OPERATOR, messageId: 3 });
        await untilDoneOrWaitingForALock(h.db, second);
      });
      expect(first).toMatchObject({ ok: true, applied: false });
      expect(await second).toMatchObject({ ok: false, reason: "approval_pending", approval: { toKes: 20 } });
      await expectStillAwaitingApproval(paymentId);
    });

    describe("two operators buying prepaid time for one session at once", () => {
      /** Prepays 30 minutes on the first instance with `firstKey`; once it has read the session, the second instance prepays 60 with `secondKey`. */
      async function buyAtOnce(firstKey: string, secondKey: string) {
        const running = await runningSession();
        h = running.h;
        const { b, staffId, sessionId } = running;
        let second: Promise<unknown> = Promise.resolve();
        const context = {
          ...h.context,
          db: pausingAfter(h.db, "usageSession.findUnique", async () => {
            second = b.services.prepaid.prepay({ sessionId, staffId, idempotencyKey: secondKey, minutes: 60 });
            await untilDoneOrWaitingForALock(h.db, second);
          }),
        };
        const first = await prepay(context, { sessionId, staffId, idempotencyKey: firstKey, minutes: 30 });
        return { first, second: await second, sessionId };
      }

      it("two purchases both count, one after the other, each paying for its own time", async () => {
        const { first, second, sessionId } = await buyAtOnce("prepay-a", "prepay-b");
        expect(first).toMatchObject({ ok: true });
        expect(second).toMatchObject({ ok: true });
        const session = await h.db.usageSession.findUniqueOrThrow({ where: { id: sessionId }, include: { prepaid: true } });
        expect(session.prepaidSeconds).toBe(90 * 60);
        expect(session.prepaid.map((payment) => payment.amountKes).reduce((sum, kes) => sum + kes, 0)).toBe(session.prepaidKes);
        expect(session.prepaidUntil).toEqual(new Date(session.startedAt.getTime() + 90 * 60_000));
      });

      it("the same purchase delivered to both instances is bought once", async () => {
        const { first, second, sessionId } = await buyAtOnce("prepay-a", "prepay-a");
        expect(first).toMatchObject({ ok: true });
        expect(second).toEqual(first);
        const session = await h.db.usageSession.findUniqueOrThrow({ where: { id: sessionId }, include: { prepaid: true } });
        expect(session.prepaid).toHaveLength(1);
        expect(session.prepaidKes).toBe(session.prepaid[0]?.amountKes);
        expect(session.prepaidSeconds).toBe(30 * 60);
      });
    });
  });
});
