// From the environment to a Config: every problem found at once, each saying how to fix it.
import { DEFAULT_DATABASE_URL } from "../env-file.js";
import { parseTrustProxy } from "./addresses.js";
import { mpesaSettings } from "./mpesa.js";
import { readEnv } from "./schema.js";
import type { Config } from "./types.js";
import { parseHttpUrl } from "./urls.js";

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The service cannot start: ${problems.length === 1 ? "a setting needs" : `${problems.length} settings need`} attention.\n` +
        problems.map((problem) => `  - ${problem}`).join("\n") +
        "\nSet them in the environment or in the .env file at the project root (see .env.example).",
    );
    this.name = "ConfigError";
  }
}

const BOT_TOKEN = /^\d+:[A-Za-z0-9_-]{20,}$/;
const WEBHOOK_SECRET = /^[A-Za-z0-9_-]{1,256}$/;

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Validates the environment; throws a ConfigError listing every problem at once. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  const e = readEnv(env, problems);

  const botToken = e.TELEGRAM_BOT_TOKEN;
  if (!botToken) {
    problems.push("TELEGRAM_BOT_TOKEN is required: create a bot with @BotFather in Telegram and paste the token it gives you");
  } else if (!BOT_TOKEN.test(botToken)) {
    problems.push("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then about 35 letters, digits, - or _); copy it again from @BotFather");
  }

  const apiRoot = e.TELEGRAM_API_ROOT ? parseHttpUrl(e.TELEGRAM_API_ROOT, "TELEGRAM_API_ROOT", problems) : "https://api.telegram.org";
  const publicUrl = e.PUBLIC_URL ? parseHttpUrl(e.PUBLIC_URL, "PUBLIC_URL", problems, true) : undefined;
  const webhookSecret = e.TELEGRAM_WEBHOOK_SECRET;
  if (publicUrl !== undefined && !webhookSecret) {
    problems.push("TELEGRAM_WEBHOOK_SECRET is required when PUBLIC_URL is set (webhook mode): 1-256 letters, digits, _ or -, e.g. from `openssl rand -hex 32`");
  } else if (webhookSecret && !WEBHOOK_SECRET.test(webhookSecret)) {
    problems.push("TELEGRAM_WEBHOOK_SECRET may only hold 1-256 letters, digits, _ or -");
  }

  const adminIds: number[] = [];
  for (const part of e.ADMIN_TELEGRAM_IDS.split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (/^\d{1,15}$/.test(part) && Number(part) > 0) adminIds.push(Number(part));
    else
      problems.push(
        `ADMIN_TELEGRAM_IDS must be Telegram user ids separated by commas; "${part}" is not one (a manager can see their id by sending /start to the bot)`,
      );
  }

  const timezone = e.BUSINESS_TIMEZONE;
  if (!isValidTimeZone(timezone)) {
    problems.push(`BUSINESS_TIMEZONE "${timezone}" is not a time zone name; use one like Africa/Nairobi`);
  }

  const host = e.HOST;
  const port = e.PORT;
  const localBaseUrl = `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${port}`;
  const mpesa = mpesaSettings(e, { localBaseUrl, publicUrl }, problems);
  const trustProxy = parseTrustProxy(e.TRUST_PROXY, problems);

  if (e.DATABASE_URL !== undefined && !/^(file:|postgres(ql)?:\/\/)/.test(e.DATABASE_URL)) {
    problems.push("DATABASE_URL must be a SQLite file such as file:./data/cafe.db, or a PostgreSQL URL such as postgresql://cafe:secret@localhost:5432/cafe");
  }

  const production = e.NODE_ENV === "production";
  const logFormat = e.LOG_FORMAT ?? (production || !process.stdout.isTTY ? "json" : "pretty");

  if (problems.length > 0 || !botToken || apiRoot === undefined || mpesa === undefined) throw new ConfigError(problems);

  return deepFreeze({
    telegram: { botToken, apiRoot, publicUrl, webhookSecret, adminIds },
    mpesa,
    service: {
      databaseUrl: e.DATABASE_URL ?? DEFAULT_DATABASE_URL,
      databasePoolSize: e.DATABASE_POOL_SIZE,
      host,
      port,
      logLevel: e.LOG_LEVEL,
      logFormat,
      production,
      timezone,
      closingMinute: e.BUSINESS_CLOSING_TIME,
      defaultLocale: e.DEFAULT_LOCALE,
      trustProxy,
    },
    billing: {
      ratePerHourKes: e.BILLING_RATE_PER_HOUR,
      minimumChargeKes: e.BILLING_MINIMUM_CHARGE,
      rounding: e.BILLING_ROUNDING,
      maxOperatorDiscountKes: e.MAX_OPERATOR_DISCOUNT_KES,
    },
    alerts: { longSessionAfterMs: e.LONG_SESSION_ALERT_HOURS * 60 * 60 * 1000 },
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
