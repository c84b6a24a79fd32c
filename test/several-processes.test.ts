// Issue #12's proof with real processes: three service processes (the built dist/main.js) on one
// PostgreSQL database, in webhook mode, sharing one fake Telegram, as behind a load balancer. Operators
// end sessions and send prompts through the instances' webhooks; then a storm of Safaricom's callbacks,
// each delivered to two or three instances at once, while two operators tap End on the same session on
// two instances, and one instance is killed (SIGKILL) in the middle of sending notifications and started
// again. The database and the fake Telegram then show nothing lost and nothing twice.
//
// Only on PostgreSQL (`npm run test:pg`): one SQLite file serves one process. The dead instance's claims
// on the outbox are taken over once they expire (60 s, the outbox sender's claim), which is most of the
// test's minute and a half.
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { buildApp } from "../src/app.js";
import { endSession } from "../src/bot/features/sessions/buttons.js";
import { parseConfig } from "../src/config/index.js";
import { openDb, type Db } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";
import { stkCallbackBody, type CallbackItem } from "./support/daraja-callbacks.js";
import { FAKE_BOT, FAKE_BOT_INFO, FAKE_TOKEN, FakeTelegram } from "./support/fake-telegram.js";
import { buildService, freePort, startBuiltService, type ServiceProcess } from "./support/service-process.js";
import { migratedDatabaseUrl, onPostgres, tempDir } from "./support/temp.js";

const WEBHOOK_SECRET = "webhook_secret-0123456789";
const MANAGER = { id: 7001, first_name: "Mary", is_bot: false as const };
const OPERATORS = [
  { id: 5001, first_name: "Otieno", is_bot: false as const },
  { id: 5002, first_name: "Akinyi", is_bot: false as const },
  { id: 5003, first_name: "Kamau", is_bot: false as const },
  { id: 5004, first_name: "Njeri", is_bot: false as const },
];
type User = (typeof OPERATORS)[number];
/** Prompts in the storm, besides the one for the session both operators end. */
const PROMPTS = 36;
/** 72 minutes at the default tariff. */
const AMOUNT_KES = 120;
/** Longest wait for the instances to settle everything: the dead instance's claims expire after 60 s. */
const SETTLE_WITHIN_MS = 110_000;

/** Three letters from an index (customers' names must be told apart in the messages). */
function letters(i: number): string {
  return [2, 1, 0].map((p) => String.fromCharCode(97 + (Math.floor(i / 26 ** p) % 26))).join("");
}

/** A paid callback's items, with its own receipt and the phone that paid. */
function paidItems(receipt: string, phone: string): CallbackItem[] {
  return [
    { Name: "Amount", Value: AMOUNT_KES },
    { Name: "MpesaReceiptNumber", Value: receipt },
    { Name: "Balance" },
    { Name: "TransactionDate", Value: 20261128093015 },
    { Name: "PhoneNumber", Value: Number(phone) },
  ];
}

/** Resolves once `condition` holds, checked every 200 ms; fails with `what` after `withinMs`. */
async function until(what: string, condition: () => Promise<boolean>, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Instance {
  /** Its name in the fake Telegram's calls (`via`). */
  name: string;
  port: number;
  service: ServiceProcess;
}

describe.skipIf(!onPostgres)("three service processes on one PostgreSQL database (npm run test:pg: a SQLite file serves one process)", () => {
  const file = tempDir("cafe-processes-");
  const newDatabaseUrl = migratedDatabaseUrl();
  const telegram = new FakeTelegram();
  let build: string;
  let databaseUrl: string;
  let db: Db;
  const started: ServiceProcess[] = [];

  beforeAll(async () => {
    [build] = await Promise.all([buildService(file("build")), telegram.start()]);
    databaseUrl = await newDatabaseUrl();
    db = await openDb(databaseUrl);
  }, 120_000);
  afterAll(async () => {
    for (const service of started) service.child.kill("SIGKILL");
    await telegram.stop();
    await db.$disconnect();
  });

  const env = (name: string, port: number) => ({
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: `${telegram.url}/${name}`,
    DATABASE_URL: databaseUrl,
    HOST: "127.0.0.1",
    PORT: String(port),
    PUBLIC_URL: "https://desk.example.co.ke",
    TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    ADMIN_TELEGRAM_IDS: String(MANAGER.id),
    MPESA_ENVIRONMENT: "simulator",
    // The pretend customers never answer by themselves: the test sends the callbacks.
    MPESA_SIMULATOR_DELAY_MS: "600000",
    // No STK query while the test runs: callbacks alone settle the prompts.
    MPESA_RECONCILE_AFTER_S: "3600",
    MPESA_RECONCILE_GIVE_UP_S: "7200",
  });

  async function start(name: string, port: number): Promise<Instance> {
    const service = startBuiltService(build, env(name, port));
    started.push(service);
    await service.waitForLog("café desk is running");
    return { name, port, service };
  }

  let nextUpdateId = 1;
  const messageUpdate = (user: User, text: string): Update => ({
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: user,
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.length }] } : {}),
    },
  });
  const tapUpdate = (user: User, data: string, messageId: number): Update => ({
    update_id: nextUpdateId++,
    callback_query: {
      id: `tap-${nextUpdateId}`,
      from: user,
      chat_instance: `ci-${user.id}`,
      data,
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user.id, type: "private", first_name: user.first_name },
        from: { ...FAKE_BOT },
        text: telegram.message(user.id, messageId)?.text ?? "",
      },
    },
  });

  /** Telegram posting an update to an instance's webhook; the HTTP status. */
  async function post(instance: Instance, update: Update): Promise<number> {
    const response = await fetch(`http://127.0.0.1:${instance.port}/telegram/webhook`, {
      method: "POST",
      body: JSON.stringify(update),
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": WEBHOOK_SECRET },
    });
    return response.status;
  }

  /** Safaricom POSTing a callback to an instance: the HTTP status, or "failed" when the connection failed (the instance died). */
  async function deliver(instance: Instance, body: unknown): Promise<number | "failed"> {
    try {
      const response = await fetch(`http://127.0.0.1:${instance.port}/mpesa/callback/`, {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json" },
      });
      return response.status;
    } catch {
      return "failed";
    }
  }

  /** The newest message in `user`'s chat with a button whose data matches. */
  function messageWithButton(user: User, data: RegExp): { messageId: number; data: string } {
    for (const message of telegram.messagesIn(user.id).reverse()) {
      const rows = (message.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard ?? [];
      const button = rows.flat().find((b) => b.callback_data !== undefined && data.test(b.callback_data));
      if (button?.callback_data) return { messageId: message.message_id, data: button.callback_data };
    }
    throw new Error(`no button ${String(data)} in ${user.first_name}'s chat`);
  }

  it(
    "callbacks delivered to several instances, End tapped on two at once, and an instance killed and restarted: nothing lost, nothing twice",
    { timeout: 180_000 },
    async () => {
      const ports = await Promise.all([freePort(), freePort(), freePort()]);
      const instances = await Promise.all(ports.map((port, i) => start(`instance-${i + 1}`, port)));
      const [one, two, three] = instances as [Instance, Instance, Instance];

      // The café: four operators (the manager is ADMIN_TELEGRAM_IDS'), and a customer per session, each
      // session started 72 minutes ago (KES 120), through the services as an instance would.
      const seedConfig = parseConfig(env("seed", ports[0]));
      const seedLogger = createLogger({ level: "silent", format: "json", secrets: [], destination: new PassThrough() });
      const startedAt = new Date(Date.now() - 72 * 60_000);
      const seed = buildApp({ config: seedConfig, logger: seedLogger, db, botInfo: FAKE_BOT_INFO, clock: { now: () => startedAt, sleep: async () => {} } });
      const staffIds = new Map<number, number>();
      for (const operator of OPERATORS) {
        staffIds.set(operator.id, (await db.staff.create({ data: { telegramId: BigInt(operator.id), name: operator.first_name, role: "OPERATOR" } })).id);
      }
      const customers: { name: string; phone: string; sessionId: number; operator: User }[] = [];
      for (let i = 0; i <= PROMPTS; i++) {
        const name = { firstName: "Wanjiru", lastName: `Kamau${letters(i)}` };
        // Last four digits 5000 and up: none of the simulator's scripted numbers, so each prompt goes out.
        const phone = `25471215${5000 + i}`;
        const operator = OPERATORS[i % OPERATORS.length]!;
        const created = await seed.services.customers.createCustomer({ ...name, phone, idNumber: null });
        if (!created.ok) throw new Error("customer not created");
        const session = await seed.services.sessions.startSession({ customerId: created.customer.id, computerId: null, staffId: staffIds.get(operator.id)! });
        if (!session.ok) throw new Error("session not started");
        customers.push({ name: `${name.firstName} ${name.lastName}`, phone, sessionId: session.sessionId, operator });
      }
      const shared = customers.pop()!;

      // Each operator ends their sessions and sends the prompts, through the instances in turn (a chat's
      // updates one after the other, as Telegram sends them; the chats side by side).
      let turn = 0;
      const nextInstance = () => instances[turn++ % instances.length]!;
      await Promise.all(
        OPERATORS.map(async (operator) => {
          for (const customer of customers.filter((c) => c.operator === operator)) {
            const list = telegram.addMessage(operator.id, "Sessions");
            expect(await post(nextInstance(), tapUpdate(operator, endSession.pack({ sessionId: customer.sessionId }), list))).toBe(200);
            const question = messageWithButton(operator, /^settle:send:/);
            expect(await post(nextInstance(), tapUpdate(operator, question.data, question.messageId))).toBe(200);
          }
        }),
      );
      const prompts = await db.stkRequest.findMany({ orderBy: { id: "asc" }, include: { payment: { select: { sessionId: true } } } });
      expect(prompts.map((prompt) => prompt.state)).toEqual(customers.map(() => "PENDING"));
      const promptOf = (sessionId: number) => prompts.find((prompt) => prompt.payment.sessionId === sessionId)!;

      // What Safaricom will say of each: most pay, every fourth is cancelled.
      const answers = customers.map((customer, i) => {
        const { checkoutRequestId } = promptOf(customer.sessionId);
        const receipt = `TST${letters(i).toUpperCase()}0000`;
        const paid = i % 4 !== 3;
        return {
          customer,
          receipt: paid ? receipt : null,
          body: stkCallbackBody(checkoutRequestId!, paid ? 0 : 1032, paid ? paidItems(receipt, customer.phone) : undefined),
        };
      });
      /** Every delivery made, and its answer. */
      const deliveries: { to: Instance; body: unknown; status: number | "failed" }[] = [];
      const sendTo = (targets: Instance[], body: unknown) =>
        Promise.all(targets.map(async (to) => deliveries.push({ to, body, status: await deliver(to, body) })));

      // Both operators look at /sessions (only the shared session runs now), on two instances.
      const [a, b] = [OPERATORS[0]!, OPERATORS[1]!];
      expect(await Promise.all([post(one, messageUpdate(a, "/sessions")), post(two, messageUpdate(b, "/sessions"))])).toEqual([200, 200]);
      const endData = endSession.pack({ sessionId: shared.sessionId });
      const listOf = (user: User) => messageWithButton(user, new RegExp(`^${endData}$`)).messageId;

      // The storm's first half, each callback to two or three instances at once, while A and B tap End
      // on the shared session on instances one and two at the same moment.
      const firstHalf = answers.slice(0, PROMPTS / 2);
      const firstWave = Promise.all(firstHalf.map((answer, i) => sendTo(i % 3 === 0 ? instances : [instances[i % 3]!, instances[(i + 1) % 3]!], answer.body)));
      const taps = [tapUpdate(a, endData, listOf(a)), tapUpdate(b, endData, listOf(b))] as const;
      expect(await Promise.all([post(one, taps[0]), post(two, taps[1])])).toEqual([200, 200]);
      const sharedPayment = await db.payment.findUniqueOrThrow({ where: { sessionId: shared.sessionId } });
      const sendData = new RegExp(`^settle:send:${sharedPayment.id}$`);
      const questionsShown = [a, b].filter((user) =>
        telegram.messagesIn(user.id).some((m) => JSON.stringify(m.reply_markup ?? {}).includes(`settle:send:${sharedPayment.id}"`)),
      );
      expect(questionsShown).toHaveLength(1);
      const winner = questionsShown[0]!;
      // The winner taps Send prompt, and Telegram delivers the tap to two instances.
      const sendTap = messageWithButton(winner, sendData);
      const sendUpdate = tapUpdate(winner, sendTap.data, sendTap.messageId);
      expect(await Promise.all([post(three, sendUpdate), post(one, sendUpdate)])).toEqual([200, 200]);
      const sharedPrompt = await db.stkRequest.findFirstOrThrow({ where: { paymentId: sharedPayment.id } });
      const sharedAnswer = stkCallbackBody(sharedPrompt.checkoutRequestId!, 0, paidItems("TSTSHARED0", shared.phone));

      // The second half goes to instances one and three, some three times. Meanwhile instance two dies in
      // the middle of sending: its next Telegram request never arrives (as if lost on the way), and it is
      // killed while waiting for the answer. Its claims on the outbox stay behind.
      const holding = telegram.holdCalls(`/${two.name}`);
      const secondHalf = [...answers.slice(PROMPTS / 2).map((answer) => answer.body), sharedAnswer];
      const secondWave = Promise.all(secondHalf.map((body, i) => sendTo(i % 3 === 0 ? [one, three, one] : [one, three], body)));
      await Promise.race([holding, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("instance two sent nothing within 30 s")), 30_000))]);
      two.service.child.kill("SIGKILL");
      await two.service.exited;
      await Promise.all([firstWave, secondWave]);

      // Instance two comes back; Safaricom repeats some callbacks, to all three at once.
      const twoAgain = await start(`${two.name}-again`, two.port);
      const repeated = [...answers.filter((_, i) => i % 5 === 0).map((answer) => answer.body), sharedAnswer];
      await Promise.all(repeated.map((body) => sendTo([one, twoAgain, three], body)));

      // Every delivery to an instance alive was acknowledged; those to instance two as it died may have failed.
      expect(
        deliveries.filter(({ to, status }) => status !== 200 && !(to === two && status === "failed")).map(({ to, status }) => `${to.name}: ${status}`),
      ).toEqual([]);

      // Everything settles: no callback left RECEIVED, every notification sent.
      await until(
        "every callback applied and every notification sent",
        async () =>
          (await db.mpesaCallback.count({ where: { status: "RECEIVED" } })) === 0 &&
          (await db.outboxMessage.count({ where: { status: { not: "SENT" } } })) === 0 &&
          (await db.stkRequest.count({ where: { state: "PENDING" } })) === 0,
        SETTLE_WITHIN_MS,
      );

      // Every callback stored, one applied per prompt, the rest duplicates.
      const rows = await db.mpesaCallback.findMany();
      for (const body of [...answers.map((answer) => answer.body), sharedAnswer]) {
        const checkoutRequestId = body.Body.stkCallback.CheckoutRequestID;
        const stored = rows.filter((row) => row.checkoutRequestId === checkoutRequestId);
        expect(stored.length).toBeGreaterThanOrEqual(deliveries.filter((d) => d.body === body && d.status === 200).length);
        expect(stored.map((row) => row.status).sort()).toEqual(["APPLIED", ...stored.slice(1).map(() => "DUPLICATE")]);
      }

      // Each payment changed once, to what its callback said.
      for (const { customer, receipt } of [...answers, { customer: shared, receipt: "TSTSHARED0" }]) {
        const payment = await db.payment.findUniqueOrThrow({ where: { sessionId: customer.sessionId }, include: { stkRequests: true } });
        expect(payment.stkRequests).toHaveLength(1);
        expect(payment).toMatchObject(receipt ? { state: "PAID", receipt, amountKes: AMOUNT_KES } : { state: "FAILED" });
      }

      // The shared session was ended once: one payment, one settle question (the other operator was told
      // it was already ended), one prompt, one push.
      const sharedSession = await db.usageSession.findUniqueOrThrow({ where: { id: shared.sessionId }, include: { endedBy: true } });
      expect(sharedSession.endedBy?.telegramId).toBe(BigInt(winner.id));
      expect(await db.payment.count({ where: { sessionId: shared.sessionId } })).toBe(1);
      expect(await db.simulatedPush.count({ where: { msisdn: shared.phone } })).toBe(1);
      const loserTap = taps[winner === a ? 1 : 0].callback_query!.id;
      const loserAnswer = telegram.calls.find((call) => call.method === "answerCallbackQuery" && call.params.callback_query_id === loserTap);
      expect(loserAnswer?.params).toMatchObject({ show_alert: true, text: expect.stringContaining(`already ended by ${winner.first_name}`) as unknown });

      // Each notification sent once: the operator's "waiting" message edited once with the result, and
      // the manager told of each payment once (alone, or counted in one summary).
      // The managers' closing-time summary goes out too when the test runs after BUSINESS_CLOSING_TIME on
      // the machine's clock (these processes run on it): not what is counted here.
      const outbox = (await db.outboxMessage.findMany()).filter((row) => !row.dedupeKey.startsWith("daily:"));
      expect(outbox).toHaveLength(2 * (PROMPTS + 1));
      for (const { customer, receipt } of [...answers, { customer: shared, receipt: "TSTSHARED0" }]) {
        const prompt = await db.stkRequest.findFirstOrThrow({ where: { payment: { sessionId: customer.sessionId } } });
        const results = telegram.calls.filter(
          (call) =>
            call.method === "editMessageText" && Number(call.params.message_id) === prompt.messageId && Number(call.params.chat_id) === Number(prompt.chatId),
        );
        // The first edit shows the prompt waiting for the PIN; the second, and last, its result.
        expect(results.map((call) => call.status)).toEqual([200, 200]);
        expect(String(results[1]!.params.text)).toContain(receipt ? `receipt ${receipt}` : "failed");
      }
      const managerRows = outbox.filter((row) => row.chatId === BigInt(MANAGER.id));
      expect(managerRows).toHaveLength(PROMPTS + 1);
      const summaries = new Set(
        (await db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "daily:" } } })).map((row) => (row.payload as { text: string }).text),
      );
      const toManager = telegram.calls.filter(
        (call) =>
          call.method === "sendMessage" && call.status === 200 && Number(call.params.chat_id) === MANAGER.id && !summaries.has(String(call.params.text)),
      );
      const counted = toManager.map((call) => Number(/one message for (\d+)/.exec(String(call.params.text))?.[1] ?? 1));
      expect(counted.reduce((sum, n) => sum + n, 0)).toBe(PROMPTS + 1);
      for (const { customer } of answers) expect(toManager.filter((call) => String(call.params.text).includes(customer.name)).length).toBeLessThanOrEqual(1);

      // Nothing left held: no outbox row claimed, no chat's lease.
      expect(outbox.filter((row) => row.claimedBy !== null).map((row) => row.dedupeKey)).toEqual([]);
      expect(await db.lease.count({ where: { until: { gt: new Date() } } })).toBe(0);

      const survivors = [one, three, twoAgain];
      for (const { service } of survivors) expect(service.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
      for (const { service } of survivors) service.child.kill("SIGTERM");
      expect(await Promise.all(survivors.map(({ service }) => service.exited))).toEqual([0, 0, 0]);
    },
  );
});
