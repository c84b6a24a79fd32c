// The whole product in one process for tests: a migrated temporary database, the services with a
// clock the test moves, the Daraja simulator on a real HTTP server, the M-Pesa client talking to it,
// and the bot talking to a fake Telegram Bot API, all built by buildApp (src/app.ts) as the service
// builds itself, with the fakes given in its deps. Updates go in as Telegram would send them.
// With MPESA_ENVIRONMENT=sandbox or production (and their keys) the service runs as configured for
// Safaricom, but its client still talks to the simulator: nothing leaves the machine.
import { globalAgent } from "node:http";
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { Bot } from "grammy";
import type { InlineKeyboardButton, Update } from "grammy/types";
import { buildApp, type AppDeps } from "../../src/app.js";
import { parseConfig, SIMULATOR_PREFIX, type Config } from "../../src/config/index.js";
import { openDb, type Db } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { createDarajaClient } from "../../src/mpesa/daraja-client.js";
import type { DarajaSimulator } from "../../src/mpesa/simulator/index.js";
import type { Services } from "../../src/services/index.js";
import type { ServiceContext } from "../../src/services/context.js";
import type { MpesaGateway } from "../../src/services/prompts.js";
import type { ReceiptStatusGateway } from "../../src/services/receipt-checks.js";
import { reconcilePending, type ReconcileReport } from "../../src/services/reconcile.js";
import type { OutboxSender } from "../../src/notify/outbox-sender.js";
import type { CallbackApplier } from "../../src/jobs/callback-applier.js";
import type { NoticeApplier } from "../../src/jobs/notice-applier.js";
import type { StaffRole } from "../../src/services/staff.js";
import type { BotContext } from "../../src/bot/context.js";
import { TestClock } from "./clock.js";
import { FAKE_BOT, FAKE_BOT_INFO, FAKE_TOKEN, FakeTelegram } from "./fake-telegram.js";
import { freePort } from "./service-process.js";
import { migratedDatabaseUrl } from "./temp.js";

const newDatabaseUrl = migratedDatabaseUrl();

export interface TestUser {
  id: number;
  first_name: string;
  is_bot: false;
  /** The language of their Telegram app, as Telegram sends it ("sw", "en-GB"). */
  language_code?: string;
}

export interface Harness {
  config: Config;
  db: Db;
  context: ServiceContext;
  services: Services;
  /** The service's HTTP server: health, M-Pesa callback, simulator (and the webhook with PUBLIC_URL). */
  app: FastifyInstance;
  /** Base URL of `app`. */
  url: string;
  telegram: FakeTelegram;
  simulator: DarajaSimulator;
  /** The M-Pesa client the service uses (talking to the simulator). */
  mpesa: MpesaGateway;
  bot: Bot<BotContext>;
  /** The services' clock: `now()`, and `advance` as below. */
  clock: TestClock;
  /** Every wait the services asked for (the harness does not wait: it moves the clock on instead). */
  sleeps: number[];
  /**
   * The pretend customers answer every prompt sent so far (the simulator POSTs its callbacks, and they
   * are applied). `newestFirst`: one at a time, the newest prompt's answer applied before the next one's.
   */
  customersAnswer(options?: { newestFirst?: boolean }): Promise<void>;
  /**
   * Resolves once every callback the route has acknowledged so far has been applied (the callback
   * applier runs in the harness as in the service; the other jobs do not).
   */
  callbacksApplied(): Promise<void>;
  /** The running service's callback applier. */
  callbackApplier: CallbackApplier;
  /** Resolves once every notice the routes have acknowledged so far has been applied (the notice applier runs as in the service). */
  noticesApplied(): Promise<void>;
  /** The running service's notice applier. */
  noticeApplier: NoticeApplier;
  /**
   * Applies the callbacks and notices acknowledged so far, then runs the outbox sender until nothing is due; returns
   * how many messages went out. Where only Telegram's pace holds messages back (a chat's second message
   * within a second), the clock moves on to when they may go, as it would while they are sent.
   */
  deliverNotifications(): Promise<number>;
  /**
   * Starts the outbox sender's loop, as the service's jobs do, but looking for due rows only every hour:
   * what it sends sooner, it sent because a service woke it. close() stops it.
   */
  startOutbox(): void;
  /** One reconciliation pass over pending prompts. */
  reconcile(): Promise<ReconcileReport>;
  /** Moves the services' clock forward. */
  advance(ms: number): void;
  user(id: number, firstName: string, languageCode?: string): TestUser;
  addStaff(user: TestUser, role: StaffRole): Promise<number>;
  /** Sends a text message from `user` (commands get their entity, as Telegram sends them). */
  send(user: TestUser, text: string): Promise<void>;
  /** The update Telegram sends for a text message from `user`, with a new update id (send() hands it to the bot). */
  messageUpdate(user: TestUser, text: string): Update;
  /** Presses the button whose text matches `label` on the newest message to `user` that has one. */
  press(user: TestUser, label: string | RegExp): Promise<void>;
  /** Presses a button by its callback data on a given message. */
  pressData(user: TestUser, data: string, messageId: number): Promise<void>;
  /** Texts of the messages the bot sent to `user` (sendMessage, in order). */
  sent(user: TestUser): string[];
  /** The bot's newest message in `user`'s chat, as it reads now (edits applied). */
  latest(user: TestUser): { messageId: number; text: string; buttons: InlineKeyboardButton[] };
  /**
   * A new bot and outbox sender on the same database, as after a process restart. The HTTP server stays,
   * so a webhook update posted to it still reaches the first bot: use restart() to test a webhook restart.
   */
  restartBot(): void;
  /**
   * The whole service stopped and built again on the same database and port: new services, HTTP server
   * (callback route, simulator), bot and outbox sender. The old simulator's customers who had not
   * answered yet are forgotten by it, as when the process stops.
   */
  restart(): Promise<void>;
  /**
   * Another instance of the service on the same database, as another process behind a load balancer:
   * its own services, bot, HTTP server (not listening: use `inject`), callback applier and outbox sender,
   * built by buildApp. It shares the harness's database client (two SQLite connections in one process
   * can wait on each other forever) and clock; `sleep` replaces the clock's waits, `serviceDb` the client
   * it gets. close() stops it too.
   */
  anotherInstance(options?: InstanceOptions): Promise<Instance>;
  close(): Promise<void>;
}

interface InstanceOptions {
  sleep?: (ms: number) => Promise<void>;
  serviceDb?: (db: Db) => Db;
}

export interface Instance {
  context: ServiceContext;
  services: Services;
  bot: Bot<BotContext>;
  app: FastifyInstance;
  outbox: OutboxSender;
  callbackApplier: CallbackApplier;
  noticeApplier: NoticeApplier;
}

export interface HarnessOptions {
  /**
   * Who answers receipt checks' Transaction Status queries: the simulator unless given; a fake (the
   * rest of M-Pesa stays the simulator's); null: no Transaction Status credentials, so checks use only
   * what M-Pesa sent.
   */
  receiptStatus?: ReceiptStatusGateway | null;
  /** The database client the service gets (e.g. with queries made to fail, test/support/db-faults.ts); `h.db` stays the plain one. */
  serviceDb?: (db: Db) => Db;
}

export async function createHarness(env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const databaseUrl = await newDatabaseUrl();
  const db = await openDb(databaseUrl);
  const telegram = await new FakeTelegram().start();
  const port = await freePort();
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: telegram.url,
    HOST: "127.0.0.1",
    PORT: String(port),
    MPESA_SIMULATOR_DELAY_MS: "0",
    // Callbacks come back to this server, whatever the environment.
    MPESA_CALLBACK_URL: `http://127.0.0.1:${port}/mpesa/callback/`,
    DATABASE_URL: databaseUrl,
    ...env,
  });
  const config: Config = options.receiptStatus === null ? { ...parsed, mpesa: { ...parsed.mpesa, initiator: undefined } } : parsed;
  const logger = createLogger({
    level: process.env.TEST_LOG_LEVEL ?? "silent",
    format: "json",
    secrets: [FAKE_TOKEN],
    destination: process.env.TEST_LOG_LEVEL ? process.stderr : new PassThrough(),
  });
  const clock = new TestClock(new Date("2026-11-28T06:00:00.000Z"));
  const { now } = clock;

  // Customers answer prompts only when the test says so (customersAnswer), never on a timer.
  const answers: (() => void)[] = [];
  const schedule = (task: () => void) => {
    answers.push(task);
    return () => answers.splice(answers.indexOf(task), 1);
  };
  const client = createDarajaClient({ ...config.mpesa, baseUrl: `http://127.0.0.1:${port}${SIMULATOR_PREFIX}` }, { now, logger });
  const fakeStatus = options.receiptStatus;
  const mpesa: MpesaGateway = fakeStatus
    ? {
        stkPush: (request) => client.stkPush(request),
        stkQuery: (checkoutRequestId) => client.stkQuery(checkoutRequestId),
        registerC2bUrls: () => client.registerC2bUrls(),
        transactionStatus: (receipt) => fakeStatus.transactionStatus(receipt),
      }
    : client;
  const deps: AppDeps = {
    config,
    logger,
    db: options.serviceDb?.(db) ?? db,
    clock,
    mpesa,
    botInfo: FAKE_BOT_INFO,
    simulator: { callbackDelayMs: 0, schedule },
  };
  let outbox: OutboxSender;
  /** Builds the service and listens on the harness's port; returns the parts the harness shows. */
  async function start(): Promise<Pick<Harness, "context" | "services" | "app" | "simulator" | "bot" | "callbackApplier" | "noticeApplier">> {
    const built = buildApp(deps);
    if (!built.simulator) throw new Error("the harness always serves the Daraja simulator");
    outbox = built.outbox;
    await built.server.listen({ host: "127.0.0.1", port });
    // What the last run left RECEIVED is applied before the test goes on, as the start-up sweep does.
    built.callbacks.start();
    built.notices.start();
    await built.callbacks.idle();
    await built.notices.idle();
    return {
      context: built.context,
      services: built.services,
      app: built.server,
      simulator: built.simulator,
      bot: built.bot,
      callbackApplier: built.callbacks,
      noticeApplier: built.notices,
    };
  }
  const started = await start();
  const others: Awaited<ReturnType<typeof buildApp>>[] = [];

  let nextUpdateId = 1;
  let nextMessageId = 1;
  const harness: Harness = {
    ...started,
    config,
    db,
    url: `http://127.0.0.1:${port}`,
    telegram,
    mpesa,
    clock,
    sleeps: clock.sleeps,
    callbacksApplied: () => harness.callbackApplier.idle(),
    noticesApplied: () => harness.noticeApplier.idle(),
    async deliverNotifications() {
      await harness.callbacksApplied();
      await harness.noticesApplied();
      let total = 0;
      for (;;) {
        const sent = await outbox.tick();
        total += sent;
        if (sent > 0) continue;
        const pacedUntil = outbox.pacedUntil();
        if (!pacedUntil) return total;
        clock.advance(Math.max(0, pacedUntil.getTime() - now().getTime()));
      }
    },
    startOutbox: () => outbox.start(60 * 60_000),
    reconcile: () => reconcilePending(harness.context, mpesa),
    async customersAnswer({ newestFirst = false } = {}) {
      const due = answers.splice(0);
      for (const answer of newestFirst ? due.reverse() : due) {
        if (!newestFirst) {
          answer();
          continue;
        }
        // The next answer goes only once this one's callback has arrived and been applied.
        const delivered = new Promise<void>((resolve) => {
          const stop = harness.simulator.onDelivery(() => {
            stop();
            resolve();
          });
        });
        answer();
        await delivered;
        await harness.callbacksApplied();
      }
      await harness.simulator.whenIdle();
      await harness.callbacksApplied();
    },
    advance: clock.advance,
    user: (id, firstName, languageCode) => ({ id, first_name: firstName, is_bot: false, ...(languageCode ? { language_code: languageCode } : {}) }),
    async addStaff(user, role) {
      const staff = await db.staff.create({ data: { telegramId: BigInt(user.id), name: user.first_name, role } });
      return staff.id;
    },
    async send(user, text) {
      await harness.bot.handleUpdate(harness.messageUpdate(user, text));
    },
    messageUpdate(user, text) {
      const command = /^\/\w+(@\w+)?/.exec(text);
      return {
        update_id: nextUpdateId++,
        message: {
          message_id: nextMessageId++,
          date: Math.floor(now().getTime() / 1000),
          chat: { id: user.id, type: "private", first_name: user.first_name },
          from: user,
          text,
          ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command[0].length }] } : {}),
        },
      };
    },
    async pressData(user, data, messageId) {
      const stored = telegram.message(user.id, messageId);
      const update: Update = {
        update_id: nextUpdateId++,
        callback_query: {
          id: String(nextUpdateId),
          from: user,
          chat_instance: `ci-${user.id}`,
          data,
          message: {
            message_id: messageId,
            date: stored?.date ?? Math.floor(now().getTime() / 1000),
            chat: { id: user.id, type: "private", first_name: user.first_name },
            from: { ...FAKE_BOT },
            text: stored?.text ?? "",
          },
        },
      };
      await harness.bot.handleUpdate(update);
    },
    async press(user, label) {
      const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
      const messages = telegram.messagesIn(user.id).reverse();
      for (const message of messages) {
        const button = buttonsOf(message.reply_markup).find((b) => matches(b.text));
        if (button && "callback_data" in button) return harness.pressData(user, button.callback_data, message.message_id);
      }
      throw new Error(`no button ${String(label)} in ${user.first_name}'s chat; latest: ${JSON.stringify(messages[0])}`);
    },
    sent(user) {
      return telegram
        .callsOf("sendMessage")
        .filter((c) => Number(c.params.chat_id) === user.id)
        .map((c) => String(c.params.text));
    },
    latest(user) {
      const message = telegram.messagesIn(user.id).at(-1);
      if (!message) throw new Error(`no message to ${user.first_name}`);
      return { messageId: message.message_id, text: message.text ?? "", buttons: buttonsOf(message.reply_markup) };
    },
    restartBot() {
      // Another build on the same deps, as another process would be; its bot and outbox sender take over
      // (the HTTP server stays: restart() replaces it too).
      const fresh = buildApp(deps);
      harness.bot = fresh.bot;
      outbox = fresh.outbox;
    },
    async restart() {
      await outbox.stop();
      await harness.app.close();
      await harness.callbackApplier.stop();
      await harness.noticeApplier.stop();
      // The M-Pesa client's kept-alive connections went with the old server, as with a process that stopped.
      globalAgent.destroy();
      Object.assign(harness, await start());
    },
    async anotherInstance(options = {}) {
      const built = buildApp({
        ...deps,
        db: options.serviceDb?.(db) ?? deps.db,
        clock: { now, sleep: options.sleep ?? clock.sleep },
      });
      others.push(built);
      await built.server.ready();
      built.callbacks.start();
      built.notices.start();
      return {
        context: built.context,
        services: built.services,
        bot: built.bot,
        app: built.server,
        outbox: built.outbox,
        callbackApplier: built.callbacks,
        noticeApplier: built.notices,
      };
    },
    async close() {
      for (const other of others) {
        await other.outbox.stop();
        await other.server.close();
        await other.callbacks.stop();
        await other.notices.stop();
      }
      await outbox.stop();
      harness.simulator.close();
      await harness.app.close();
      await harness.callbackApplier.stop();
      await harness.noticeApplier.stop();
      await telegram.stop();
      await db.$disconnect();
    },
  };
  return harness;
}

/** The id of the café's computer called `name`, listing it first if it is not listed yet. */
export async function computerId(h: Harness, name: string): Promise<number> {
  await h.services.computers.addComputers([name], null);
  return (await h.db.computer.findUniqueOrThrow({ where: { name } })).id;
}

function buttonsOf(markup: unknown): InlineKeyboardButton[] {
  const rows = (markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? [];
  return rows.flat();
}
