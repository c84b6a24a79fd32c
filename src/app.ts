// The composition root: services, bot, HTTP server and background jobs, built from what the process
// (src/main.ts) or a test (test/support/harness.ts) gives. Building starts nothing: no request to
// Telegram or Daraja, no listening, no job running.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { FastifyInstance } from "fastify";
import type { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createBot } from "./bot/index.js";
import type { BotContext } from "./bot/context.js";
import type { Config } from "./config/index.js";
import type { Db } from "./db/client.js";
import { CallbackApplier } from "./jobs/callback-applier.js";
import { createJobs, type BackgroundJobs } from "./jobs/index.js";
import { NoticeApplier } from "./jobs/notice-applier.js";
import type { Logger } from "./logger.js";
import { createDarajaClient } from "./mpesa/daraja-client.js";
import { registerDarajaSimulator, simulatorOptionsFromConfig, type DarajaSimulator, type DarajaSimulatorOptions } from "./mpesa/simulator/index.js";
import { createNotices } from "./bot/notices.js";
import { OutboxSender } from "./notify/outbox-sender.js";
import serverApp from "./server/app.js";
import { createServer } from "./server/index.js";
import type { ServiceContext } from "./services/context.js";
import { createServices, type MpesaGateway, type Services } from "./services/index.js";

interface Clock {
  now: () => Date;
  /** Waits between retries. */
  sleep: (ms: number) => Promise<void>;
}

export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Db;
  /** The machine's clock unless given. */
  clock?: Clock;
  /** The Daraja client for config.mpesa unless given. */
  mpesa?: MpesaGateway;
  /** The bot's identity, so that it need not ask Telegram (config.telegram.apiRoot says where Telegram is). */
  botInfo?: UserFromGetMe;
  /** Given, the Daraja simulator is served whatever MPESA_ENVIRONMENT says, with these options over the config's. */
  simulator?: Partial<Pick<DarajaSimulatorOptions, "callbackDelayMs" | "schedule">>;
}

export interface App {
  context: ServiceContext;
  services: Services;
  mpesa: MpesaGateway;
  bot: Bot<BotContext>;
  server: FastifyInstance;
  /** Served when MPESA_ENVIRONMENT=simulator or `deps.simulator` is given. */
  simulator: DarajaSimulator | undefined;
  outbox: OutboxSender;
  /** Applies the callbacks the route stored; one of the jobs. */
  callbacks: CallbackApplier;
  /** Applies the notices (menu payments, Transaction Status results) the routes stored; one of the jobs. */
  notices: NoticeApplier;
  jobs: BackgroundJobs;
}

const machineClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function buildApp({ config, logger, db, clock = machineClock, mpesa, botInfo, simulator }: AppDeps): App {
  const { now, sleep } = clock;
  const context: ServiceContext = {
    db,
    now,
    sleep,
    config,
    logger,
    instanceId: `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`,
    messagesQueued: () => outbox.wake(),
    callbacksStored: (firstId) => callbacks.wake(firstId),
    noticesStored: () => notices.wake(),
    notices: createNotices(config.service.timezone, config.mpesa.environment, config.service.defaultLocale),
  };
  const gateway = mpesa ?? createDarajaClient(config.mpesa, { logger, now });
  const services = createServices(context, gateway);
  const bot = createBot({ config, services, logger, now, botInfo });

  const server = createServer({ logger, trustProxy: config.service.trustProxy });
  const darajaSimulator =
    simulator !== undefined || config.mpesa.environment === "simulator"
      ? registerDarajaSimulator(server, { ...simulatorOptionsFromConfig(config.mpesa), db, logger, now, ...simulator })
      : undefined;
  void server.register(serverApp, { config, db, services, bot });

  const outbox = new OutboxSender({ db, api: bot.api, now, logger, instanceId: context.instanceId, defaultLocale: config.service.defaultLocale });
  const callbacks = new CallbackApplier(context);
  const notices = new NoticeApplier(context);
  const jobs = createJobs({ context, mpesa: gateway, outbox, callbacks, notices });
  return { context, services, mpesa: gateway, bot, server, simulator: darajaSimulator, outbox, callbacks, notices, jobs };
}
