// The process: config (or exit), logger, the database named, checked (its SQLite file claimed for this
// process, or the PostgreSQL server reached) and migrated, the app built (src/app.ts), then Telegram
// (bot identity, commands, polling or webhook), the HTTP server listening, the background jobs, and a
// clean stop on SIGTERM or SIGINT.
import { run, type RunnerHandle } from "@grammyjs/runner";
import { GrammyError, type Bot } from "grammy";
import { buildApp } from "./app.js";
import { loadConfigOrSay, secretsOf, type Config } from "./config/index.js";
import { createLogger, type Logger } from "./logger.js";
import { applyMigrations } from "./db/migrations.js";
import { claimDatabaseFile, DatabaseInUseError, type DatabaseClaim } from "./db/file-claim.js";
import { openDb } from "./db/client.js";
import { DatabaseUnreachableError, describeDatabase } from "./db/provider.js";
import { ALLOWED_UPDATES } from "./bot/index.js";
import { registerCommands } from "./bot/commands.js";
import type { BotContext } from "./bot/context.js";
import { inviteLink } from "./bot/views.js";
import { WEBHOOK_PATH } from "./server/routes/telegram-webhook.js";
import type { Services } from "./services/index.js";

/** How long to wait for Telegram at start-up before saying that it cannot be reached. */
const TELEGRAM_PATIENCE_MS = 10_000;

function readConfigOrExit(): Config {
  return loadConfigOrSay() ?? process.exit(1);
}

function claimDatabaseOrExit(databaseUrl: string, logger: Logger): DatabaseClaim {
  try {
    return claimDatabaseFile(databaseUrl);
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Applies the migrations not yet applied; returns their names. Their first step reads the database, so
 * a PostgreSQL server that does not answer is found here: said in one sentence, and the process ends.
 */
async function migrateOrExit(databaseUrl: string, logger: Logger): Promise<string[]> {
  try {
    return await applyMigrations(databaseUrl);
  } catch (error) {
    if (error instanceof DatabaseUnreachableError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function initBot(bot: Bot<BotContext>, logger: Logger): Promise<void> {
  // grammY keeps retrying while Telegram cannot be reached; the person starting the service hears why it waits.
  const waiting = setTimeout(
    () => logger.warn("Telegram cannot be reached yet (no internet, or a wrong TELEGRAM_API_ROOT); still trying"),
    TELEGRAM_PATIENCE_MS,
  );
  try {
    await bot.init();
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 401) {
      logger.fatal("Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather");
    } else {
      logger.fatal({ err: error }, "The bot could not start");
    }
    process.exit(1);
  } finally {
    clearTimeout(waiting);
  }
}

/**
 * With no manager yet, someone has to become the first. The link that makes them so is a credential:
 * it goes to the log only where a person is watching it (a terminal) or outside production. A
 * production log, which others may read or collect, says how to get one instead.
 */
async function offerFirstManagerLink(config: Config, services: Services, bot: Bot<BotContext>, logger: Logger): Promise<void> {
  if (config.service.production && !process.stdout.isTTY) {
    logger.warn(
      "No manager yet: run `npm run invite -- manager` on this server for a one-time link, or put your Telegram id in ADMIN_TELEGRAM_IDS and restart",
    );
    return;
  }
  const code = await services.staff.firstManagerInvite();
  if (code) {
    logger.warn(
      { link: inviteLink(bot.botInfo.username, code) },
      "No manager yet: open this link in Telegram (or send the bot /start followed by the code) to become the first manager",
    );
  }
}

/**
 * The runner retries getUpdates on its own while Telegram cannot be reached. It would print each
 * failure with console.error, the request URL (and so the bot token) included; it is told to keep
 * quiet, and the failures go to the log, which redacts the token.
 */
function logPollingFailures(bot: Bot<BotContext>, logger: Logger): void {
  bot.api.config.use(async (call, method, payload, signal) => {
    if (method !== "getUpdates") return call(method, payload, signal);
    try {
      const response = await call(method, payload, signal);
      if (!response.ok) logger.warn({ errorCode: response.error_code, description: response.description }, "Telegram refused to give updates; trying again");
      return response;
    } catch (error) {
      // Stopping aborts the poll in flight: nothing failed.
      if (!signal?.aborted) logger.warn({ err: error }, "Telegram cannot be reached for updates; still trying");
      throw error;
    }
  });
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({ level: config.service.logLevel, format: config.service.logFormat, secrets: secretsOf(config) });

  const { databaseUrl, databasePoolSize } = config.service;
  const database = describeDatabase(databaseUrl);
  logger.info({ database }, "opening the database");
  const claim = claimDatabaseOrExit(databaseUrl, logger);
  const applied = await migrateOrExit(databaseUrl, logger);
  if (applied.length > 0) logger.info({ migrations: applied }, "database migrated");
  const db = await openDb(databaseUrl, { poolSize: databasePoolSize });

  const { services, bot, server, jobs } = buildApp({ config, logger, db });
  await services.staff.bootstrapManagers(config.telegram.adminIds);

  await initBot(bot, logger);
  const managers = await services.recipients.managerChatIds();
  const staff = (await services.staff.listStaff()).filter((person) => person.active);
  await registerCommands(bot.api, staff, config.service.defaultLocale);
  if (managers.length === 0) await offerFirstManagerLink(config, services, bot, logger);

  await server.listen({ host: config.service.host, port: config.service.port });
  const { publicUrl, webhookSecret } = config.telegram;

  let poller: RunnerHandle | undefined;
  let stopping = false;
  if (publicUrl !== undefined) {
    await bot.api.setWebhook(publicUrl + WEBHOOK_PATH, { secret_token: webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
  } else {
    // The runner polls and handles several chats' updates at once (sequentialize keeps each chat in order).
    await bot.api.deleteWebhook();
    logPollingFailures(bot, logger);
    // "quadratic" waits 100 ms longer after each failed poll: after a 10-minute internet outage the next
    // try comes within seconds. The default doubles the wait each time, leaving the bot deaf for about
    // as long again as the outage lasted.
    poller = run(bot, { runner: { silent: true, retryInterval: "quadratic", fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    logger.info("polling Telegram for updates");
    // The runner gives up on an error it cannot retry (another instance polling, a revoked token), or
    // after many hours without Telegram: its error goes to the log too, not to Node's default printer.
    const pollingEnded = (error?: unknown) => {
      if (stopping) return;
      logger.fatal(error === undefined ? {} : { err: error }, "polling Telegram stopped");
      void shutdown("polling failure", 1);
    };
    void poller.task()?.then(() => pollingEnded(), pollingEnded);
  }

  await jobs.start();
  // Kept for every signal, not once: Ctrl-C under `npm start` reaches the service twice (from the
  // terminal, and forwarded by npm), and a second one must not cut the graceful stop short. Listening
  // before saying it runs: whoever reads that line may stop it at once.
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  logger.info(
    {
      bot: bot.botInfo.username,
      database,
      mpesa: config.mpesa.environment,
      prompts: `${config.mpesa.shortcodeType} ${config.mpesa.partyB}`,
      mode: publicUrl ? "webhook" : "polling",
    },
    "café desk is running",
  );

  async function shutdown(reason: string, exitCode = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "shutting down");
    // Stop taking requests and updates, let the ones in flight finish, then stop the background work.
    await server.close();
    if (poller?.isRunning()) await poller.stop().catch((error: unknown) => logger.warn({ err: error }, "polling did not stop cleanly"));
    await jobs.stop();
    await db.$disconnect();
    claim.release();
    logger.info("stopped");
    logger.flush();
    process.exit(exitCode);
  }
}

await main();
