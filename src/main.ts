// Wires the service together: config → logger → database (migrated) → bot → HTTP server.
import { ConfigError, loadConfig, secretsOf, type Config } from "./config/index.js";
import { createLogger, type Logger } from "./logger.js";
import { applyMigrations } from "./db/migrations.js";
import { openDb, type Db } from "./db/client.js";
import { createBot, registerCommands } from "./bot/index.js";
import type { BotContext } from "./bot/context.js";
import { buildServer } from "./server/app.js";
import { createDarajaClient } from "./mpesa/daraja-client.js";
import { registerDarajaSimulator, simulatorOptionsFromConfig } from "./mpesa/simulator.js";
import { createServices } from "./services/index.js";
import { renderNotice } from "./notify/notices.js";
import { GrammyError, HttpError, type Bot } from "grammy";

function readConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(error.message + "\n");
      process.exit(1);
    }
    throw error;
  }
}

async function initBot(bot: Bot<BotContext>, logger: Logger): Promise<void> {
  try {
    await bot.init();
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 401) {
      logger.fatal("Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather");
    } else if (error instanceof HttpError) {
      logger.fatal({ err: error }, "Telegram cannot be reached; check the internet connection or TELEGRAM_API_ROOT");
    } else {
      logger.fatal({ err: error }, "The bot could not start");
    }
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({
    level: config.service.logLevel,
    format: config.service.logFormat,
    secrets: secretsOf(config),
  });

  const applied = await applyMigrations(config.service.databaseUrl);
  if (applied.length > 0) logger.info({ migrations: applied }, "database migrated");
  const db: Db = await openDb(config.service.databaseUrl);

  const now = () => new Date();
  const services = createServices({ db, now, config, logger, renderNotice }, createDarajaClient(config.mpesa, { logger }));
  await services.staff.bootstrapManagers(config.telegram.adminIds);

  const bot = createBot({ config, services, logger });
  await initBot(bot, logger);
  await registerCommands(bot, await services.staff.managerChatIds());

  const server = buildServer({ db, logger });
  if (config.mpesa.environment === "simulator") {
    registerDarajaSimulator(server, { ...simulatorOptionsFromConfig(config.mpesa), logger });
  }
  await server.listen({ host: config.service.host, port: config.service.port });
  logger.info(
    { bot: bot.botInfo.username, mpesa: config.mpesa.environment, mode: config.telegram.publicUrl ? "webhook" : "polling" },
    "café desk is running",
  );

  void bot.start({ onStart: () => logger.info("polling Telegram for updates") }).catch((error: unknown) => {
    logger.fatal({ err: error }, "polling Telegram stopped");
    void shutdown("polling failure", 1);
  });

  let stopping = false;
  async function shutdown(reason: string, exitCode = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "shutting down");
    await bot.stop().catch((error: unknown) => logger.warn({ err: error }, "bot did not stop cleanly"));
    await server.close();
    await db.$disconnect();
    logger.info("stopped");
    logger.flush();
    process.exit(exitCode);
  }
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

await main();
