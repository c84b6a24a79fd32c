// Every setting, read once from the environment (and ./.env), validated, typed and frozen.
// Nothing else in the code reads process.env.
import { config as loadDotenv } from "dotenv";
import { BlockList, isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { projectRoot } from "../db/paths.js";

export type MpesaEnvironment = "sandbox" | "production" | "simulator";
export type ShortcodeType = "paybill" | "till_number";
export type RoundingRule = "HALF_UP" | "UP" | "DOWN";
/** No proxy; a number of proxies in front; or the proxies' addresses and CIDR blocks. */
export type TrustProxy = false | number | readonly string[];

export interface Config {
  readonly telegram: {
    readonly botToken: string;
    readonly apiRoot: string;
    /** Set: webhook mode at `${publicUrl}/telegram/webhook`. Unset: long polling. */
    readonly publicUrl: string | undefined;
    readonly webhookSecret: string | undefined;
    readonly adminIds: readonly number[];
  };
  readonly mpesa: {
    readonly environment: MpesaEnvironment;
    /** Where the Daraja client sends its requests (Safaricom, or the built-in simulator; no trailing slash). */
    readonly baseUrl: string;
    readonly consumerKey: string;
    readonly consumerSecret: string;
    /** BusinessShortCode of a push: the paybill, or for a till the store number. */
    readonly businessShortCode: string;
    /** PartyB of a push: the paybill, or the till number. */
    readonly partyB: string;
    readonly shortcodeType: ShortcodeType;
    readonly passkey: string;
    /** The URL given to Daraja: the callback path, with the secret when one is set. */
    readonly callbackUrl: string;
    /** When set, only /mpesa/callback/<secret>/ is accepted. */
    readonly callbackSecret: string | undefined;
    /** Addresses and CIDR blocks allowed to post callbacks (see addressMatcher); empty: any. */
    readonly callbackAllowedIps: readonly string[];
    readonly simulatorDelayMs: number;
    /** A prompt with no result this long is checked with an STK query. */
    readonly reconcileAfterMs: number;
    /** A prompt with no final answer this long becomes "unknown: check the statement". */
    readonly reconcileGiveUpMs: number;
  };
  readonly service: {
    readonly databaseUrl: string;
    readonly host: string;
    readonly port: number;
    readonly logLevel: string;
    readonly logFormat: "json" | "pretty";
    /** NODE_ENV=production: the log is not the place for credentials such as the first manager's link. */
    readonly production: boolean;
    readonly timezone: string;
    /** Which X-Forwarded-For entries to believe: none, the last `n`, or those added by these proxies (addresses/CIDR blocks). */
    readonly trustProxy: TrustProxy;
  };
  readonly billing: {
    readonly ratePerHourKes: number;
    readonly minimumChargeKes: number;
    readonly rounding: RoundingRule;
    /** How many shillings an operator may take off a payment without a manager's approval. */
    readonly maxOperatorDiscountKes: number;
  };
}

export const DARAJA_HOSTS = {
  sandbox: "https://sandbox.safaricom.co.ke",
  production: "https://api.safaricom.co.ke",
} as const;

/** Path under which the built-in Daraja simulator is served by this service. */
export const SIMULATOR_PREFIX = "/daraja-simulator";
export const CALLBACK_PATH = "/mpesa/callback/";

/** Safaricom's published sandbox shortcode and passkey: what the simulator accepts by default. */
export const SIMULATOR_DEFAULTS = {
  consumerKey: "simulator-consumer-key",
  consumerSecret: "simulator-consumer-secret",
  shortcode: "174379",
  passkey: "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919",
} as const;

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

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());

function wholeNumber(name: string, fallback: number, min: number, max: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, `${name} must be a whole number`)
      .transform(Number)
      .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
      .optional()
      .default(fallback),
  );
}

function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.preprocess(
    (value) => (typeof blankToUndefined(value) === "string" ? String(value).trim().toLowerCase() : undefined),
    z.enum(values, { error: () => `${name} must be one of: ${values.join(", ")}` }).optional(),
  );
}

const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: optionalText,
  PUBLIC_URL: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  ADMIN_TELEGRAM_IDS: optionalText,
  MPESA_ENVIRONMENT: oneOf("MPESA_ENVIRONMENT", ["sandbox", "production", "simulator"]),
  MPESA_CONSUMER_KEY: optionalText,
  MPESA_CONSUMER_SECRET: optionalText,
  MPESA_SHORTCODE: optionalText,
  MPESA_EXPRESS_SHORTCODE: optionalText,
  MPESA_SHORTCODE_TYPE: oneOf("MPESA_SHORTCODE_TYPE", ["paybill", "till_number"]),
  MPESA_PASSKEY: optionalText,
  MPESA_CALLBACK_URL: optionalText,
  MPESA_CALLBACK_SECRET: optionalText,
  MPESA_CALLBACK_ALLOWED_IPS: optionalText,
  MPESA_SIMULATOR_DELAY_MS: wholeNumber("MPESA_SIMULATOR_DELAY_MS", 3000, 0, 600_000),
  MPESA_RECONCILE_AFTER_S: wholeNumber("MPESA_RECONCILE_AFTER_S", 60, 5, 3600),
  MPESA_RECONCILE_GIVE_UP_S: wholeNumber("MPESA_RECONCILE_GIVE_UP_S", 600, 60, 86_400),
  TRUST_PROXY: optionalText,
  DATABASE_URL: optionalText,
  HOST: optionalText,
  PORT: wholeNumber("PORT", 3000, 1, 65535),
  LOG_LEVEL: oneOf("LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  LOG_FORMAT: oneOf("LOG_FORMAT", ["json", "pretty"]),
  NODE_ENV: optionalText,
  BUSINESS_TIMEZONE: optionalText,
  BILLING_RATE_PER_HOUR: wholeNumber("BILLING_RATE_PER_HOUR", 100, 1, 100_000),
  BILLING_MINIMUM_CHARGE: wholeNumber("BILLING_MINIMUM_CHARGE", 1, 1, 100_000),
  BILLING_ROUNDING: oneOf("BILLING_ROUNDING", ["half_up", "up", "down"]),
  MAX_OPERATOR_DISCOUNT_KES: wholeNumber("MAX_OPERATOR_DISCOUNT_KES", 50, 0, 100_000),
});

type Env = Record<string, string | undefined>;

const BOT_TOKEN = /^\d+:[A-Za-z0-9_-]{20,}$/;
const WEBHOOK_SECRET = /^[A-Za-z0-9_-]{1,256}$/;
const MAX_PROXY_HOPS = 10;

/** True for an empty callback URL or one still holding the example's placeholder. */
function isPlaceholderUrl(url: string | undefined): boolean {
  return url === undefined || /[<>]|your-domain|public-domain/i.test(url);
}

function parseHttpUrl(value: string, name: string, problems: string[], requireHttps = false): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("not http");
    if (requireHttps && url.protocol !== "https:") {
      problems.push(`${name} must be an https:// URL (Safaricom and Telegram only call public HTTPS addresses); it is ${value}`);
      return undefined;
    }
    if (/\s/.test(value)) throw new Error("spaces");
    return value.replace(/\/+$/, "");
  } catch {
    problems.push(`${name} must be a full URL such as https://cafe.example.com; it is "${value}"`);
    return undefined;
  }
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** An address (`196.201.214.200`, `2001:db8::1`) or a CIDR block (`196.201.212.0/24`, `2001:db8::/32`); undefined when it is neither. */
function addressRange(entry: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | undefined {
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const bits = version === 4 ? 32 : 128;
  if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits)) return undefined;
  return { address, prefix: prefix === undefined ? bits : Number(prefix), family: version === 4 ? "ipv4" : "ipv6" };
}

/** The comma-separated addresses and CIDR blocks of a setting; each bad entry is a problem. */
function addressEntries(text: string | undefined, problem: (entry: string) => string, problems: string[]): string[] {
  const entries: string[] = [];
  for (const entry of (text ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    if (addressRange(entry)) entries.push(entry);
    else problems.push(problem(entry));
  }
  return entries;
}

/**
 * Whether an address is in a list of addresses and CIDR blocks (as checked by parseConfig). An
 * IPv4-mapped IPv6 address (`::ffff:196.201.214.200`, what a server listening on `::` sees) matches
 * its IPv4 entry; anything that is not an address matches nothing.
 */
export function addressMatcher(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const range = addressRange(entry);
    if (!range) throw new Error(`not an address or CIDR block: ${entry}`);
    list.addSubnet(range.address, range.prefix, range.family);
  }
  return (address) => {
    const version = isIP(address);
    return version !== 0 && list.check(address, version === 4 ? "ipv4" : "ipv6");
  };
}

function parseTrustProxy(value: string | undefined, problems: string[]): TrustProxy {
  if (value === undefined || value.toLowerCase() === "false") return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= MAX_PROXY_HOPS) return hops;
    problems.push(`TRUST_PROXY must be false, the number of proxies in front of the service (1-${MAX_PROXY_HOPS}), or the proxies' addresses; it is ${value}`);
    return false;
  }
  if (/^(true|yes|on)$/i.test(value)) {
    problems.push(
      `TRUST_PROXY=${value} is not allowed: it would believe the whole X-Forwarded-For header, which any caller can fill in (a forged ` +
        "callback would pass the address allow-list). Write the number of proxies in front of the service (TRUST_PROXY=1 for one " +
        "nginx or Caddy), or better their addresses or CIDR blocks (e.g. TRUST_PROXY=127.0.0.1 or TRUST_PROXY=127.0.0.1,10.0.0.0/8); " +
        "without a proxy, false",
    );
    return false;
  }
  return addressEntries(value, (entry) => `TRUST_PROXY must be false, a number of proxies, or the proxies' addresses or CIDR blocks separated by commas; "${entry}" is not an address or CIDR block`, problems);
}

/** Validates the environment; throws a ConfigError listing every problem at once. */
export function parseConfig(env: Env): Config {
  // Each setting is read on its own so that one bad value does not hide the others.
  const problems: string[] = [];
  const e: Partial<z.infer<typeof envSchema>> = {};
  for (const [name, schema] of Object.entries(envSchema.shape)) {
    const result = (schema as z.ZodType).safeParse(env[name]);
    if (result.success) (e as Record<string, unknown>)[name] = result.data;
    else problems.push(...result.error.issues.map((issue) => issue.message));
  }

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
  for (const part of (e.ADMIN_TELEGRAM_IDS ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    if (/^\d{1,15}$/.test(part) && Number(part) > 0) adminIds.push(Number(part));
    else problems.push(`ADMIN_TELEGRAM_IDS must be Telegram user ids separated by commas; "${part}" is not one (a manager can see their id by sending /start to the bot)`);
  }

  const timezone = e.BUSINESS_TIMEZONE ?? "Africa/Nairobi";
  if (!isValidTimeZone(timezone)) {
    problems.push(`BUSINESS_TIMEZONE "${timezone}" is not a time zone name; use one like Africa/Nairobi`);
  }

  const host = e.HOST ?? "0.0.0.0";
  const port = e.PORT ?? 3000;
  const localBaseUrl = `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${port}`;

  // The defaults are for trying the service on a laptop: a public or production service says which
  // M-Pesa it takes money through, so that the simulator is never mistaken for real payments.
  if (e.MPESA_ENVIRONMENT === undefined && (e.PUBLIC_URL !== undefined || e.NODE_ENV === "production")) {
    problems.push(
      "MPESA_ENVIRONMENT is required when PUBLIC_URL is set or NODE_ENV=production: production (real money), sandbox (Safaricom's test system) " +
        "or simulator (the built-in pretend M-Pesa: no money moves)",
    );
  }
  const environment: MpesaEnvironment = e.MPESA_ENVIRONMENT ?? (e.MPESA_CONSUMER_KEY ? "sandbox" : "simulator");
  const shortcodeType: ShortcodeType = e.MPESA_SHORTCODE_TYPE ?? "paybill";
  let consumerKey = e.MPESA_CONSUMER_KEY;
  let consumerSecret = e.MPESA_CONSUMER_SECRET;
  let passkey = e.MPESA_PASSKEY;
  let expressShortcode = e.MPESA_EXPRESS_SHORTCODE;
  let shortcode = e.MPESA_SHORTCODE;
  let baseUrl: string;
  if (environment === "simulator") {
    consumerKey ??= SIMULATOR_DEFAULTS.consumerKey;
    consumerSecret ??= SIMULATOR_DEFAULTS.consumerSecret;
    passkey ??= SIMULATOR_DEFAULTS.passkey;
    expressShortcode ??= shortcode ?? SIMULATOR_DEFAULTS.shortcode;
    shortcode ??= expressShortcode;
    baseUrl = localBaseUrl + SIMULATOR_PREFIX;
  } else {
    baseUrl = DARAJA_HOSTS[environment];
    const missing = (name: string, why: string) => problems.push(`${name} is required with MPESA_ENVIRONMENT=${environment}: ${why}`);
    if (!consumerKey) missing("MPESA_CONSUMER_KEY", "copy it from your app on the Daraja portal (developer.safaricom.co.ke)");
    if (!consumerSecret) missing("MPESA_CONSUMER_SECRET", "copy it from your app on the Daraja portal");
    if (!passkey) missing("MPESA_PASSKEY", "the Lipa na M-Pesa Online passkey Safaricom sent at go-live (sandbox: on the portal's simulator page)");
    if (shortcodeType === "paybill") {
      expressShortcode ??= shortcode;
      shortcode ??= expressShortcode;
      if (!expressShortcode) missing("MPESA_EXPRESS_SHORTCODE (or MPESA_SHORTCODE)", "your paybill number (sandbox: 174379)");
    } else {
      if (!expressShortcode) missing("MPESA_EXPRESS_SHORTCODE", "for a till, the store (head office) number that goes with the passkey");
      if (!shortcode) missing("MPESA_SHORTCODE", "for a till, the till number customers pay to");
    }
  }
  for (const [name, value] of [["MPESA_SHORTCODE", shortcode], ["MPESA_EXPRESS_SHORTCODE", expressShortcode]] as const) {
    if (value !== undefined && !/^\d{5,7}$/.test(value)) problems.push(`${name} must be the 5-7 digit shortcode; it is "${value}"`);
  }

  let callbackUrl: string | undefined;
  if (!isPlaceholderUrl(e.MPESA_CALLBACK_URL)) {
    callbackUrl = parseHttpUrl(e.MPESA_CALLBACK_URL!, "MPESA_CALLBACK_URL", problems, environment === "production");
    if (callbackUrl !== undefined && !callbackUrl.endsWith(CALLBACK_PATH.replace(/\/$/, ""))) {
      problems.push(`MPESA_CALLBACK_URL must end with ${CALLBACK_PATH}, where this service receives the callbacks (e.g. https://cafe.example.com${CALLBACK_PATH}); it is ${e.MPESA_CALLBACK_URL}`);
      callbackUrl = undefined;
    }
    if (callbackUrl !== undefined) callbackUrl += "/";
  } else if (publicUrl !== undefined) {
    callbackUrl = publicUrl + CALLBACK_PATH;
  } else if (environment === "simulator") {
    callbackUrl = localBaseUrl + CALLBACK_PATH;
  } else {
    problems.push(
      `MPESA_CALLBACK_URL (or PUBLIC_URL) is required with MPESA_ENVIRONMENT=${environment}: Safaricom must reach ${CALLBACK_PATH} on a public HTTPS address`,
    );
  }

  const callbackSecret = e.MPESA_CALLBACK_SECRET;
  if (callbackSecret !== undefined && !/^[A-Za-z0-9_-]{16,128}$/.test(callbackSecret)) {
    problems.push("MPESA_CALLBACK_SECRET must be 16-128 letters, digits, _ or - (e.g. from `openssl rand -hex 24`)");
  }
  if (callbackUrl !== undefined && callbackSecret !== undefined) callbackUrl += `${callbackSecret}/`;

  const callbackAllowedIps = addressEntries(
    e.MPESA_CALLBACK_ALLOWED_IPS,
    (entry) => `MPESA_CALLBACK_ALLOWED_IPS must be IP addresses or CIDR blocks (e.g. 196.201.214.0/24) separated by commas; "${entry}" is not one`,
    problems,
  );
  const trustProxy = parseTrustProxy(e.TRUST_PROXY, problems);

  if (environment === "production" && callbackSecret === undefined) {
    problems.push(
      "MPESA_CALLBACK_SECRET is required with MPESA_ENVIRONMENT=production: Safaricom's callbacks are unsigned, so without a secret " +
        "callback path anyone who guesses or learns a CheckoutRequestID could post a callback marking a payment paid. Set it to 16-128 " +
        "letters, digits, _ or - (e.g. from `openssl rand -hex 24`); MPESA_CALLBACK_ALLOWED_IPS (Safaricom's addresses) may be added, not instead",
    );
  }

  const reconcileAfterMs = (e.MPESA_RECONCILE_AFTER_S ?? 60) * 1000;
  const reconcileGiveUpMs = (e.MPESA_RECONCILE_GIVE_UP_S ?? 600) * 1000;
  if (reconcileGiveUpMs <= reconcileAfterMs) problems.push("MPESA_RECONCILE_GIVE_UP_S must be longer than MPESA_RECONCILE_AFTER_S");

  if (e.DATABASE_URL !== undefined && !e.DATABASE_URL.startsWith("file:")) {
    problems.push("DATABASE_URL must be a SQLite file such as file:./data/cafe.db (PostgreSQL support is planned, not there yet)");
  }

  const production = e.NODE_ENV === "production";
  let logFormat = e.LOG_FORMAT;
  logFormat ??= production || !process.stdout.isTTY ? "json" : "pretty";

  if (problems.length > 0) throw new ConfigError(problems);

  const config: Config = {
    telegram: { botToken: botToken!, apiRoot: apiRoot!, publicUrl, webhookSecret, adminIds },
    mpesa: {
      environment,
      baseUrl,
      consumerKey: consumerKey!,
      consumerSecret: consumerSecret!,
      businessShortCode: expressShortcode!,
      partyB: shortcodeType === "till_number" ? shortcode! : expressShortcode!,
      shortcodeType,
      passkey: passkey!,
      callbackUrl: callbackUrl!,
      callbackSecret,
      callbackAllowedIps,
      simulatorDelayMs: e.MPESA_SIMULATOR_DELAY_MS ?? 3000,
      reconcileAfterMs,
      reconcileGiveUpMs,
    },
    service: {
      databaseUrl: e.DATABASE_URL ?? DEFAULT_DATABASE_URL,
      host,
      port,
      logLevel: e.LOG_LEVEL ?? "info",
      logFormat,
      production,
      timezone,
      trustProxy,
    },
    billing: {
      ratePerHourKes: e.BILLING_RATE_PER_HOUR ?? 100,
      minimumChargeKes: e.BILLING_MINIMUM_CHARGE ?? 1,
      rounding: (e.BILLING_ROUNDING?.toUpperCase() ?? "HALF_UP") as RoundingRule,
      maxOperatorDiscountKes: e.MAX_OPERATOR_DISCOUNT_KES ?? 50,
    },
  };
  return deepFreeze(config);
}

/** A SQLite file under the project's data/ folder, created on first start. */
export const DEFAULT_DATABASE_URL = `file:${path.join(projectRoot, "data", "cafe.db")}`;

function loadDotenvFile(): void {
  // Values already in the environment win over the file. ENV_FILE names another file (tests use /dev/null).
  loadDotenv({ path: process.env.ENV_FILE || path.join(projectRoot, ".env"), quiet: true });
}

/** Reads ./.env and parses process.env. */
export function loadConfig(): Config {
  loadDotenvFile();
  return parseConfig(process.env);
}

/** The database setting alone, for tools that only touch the database (migrations). */
export function loadDatabaseUrl(): string {
  loadDotenvFile();
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The secrets in a config, for redaction. */
export function secretsOf(config: Config): string[] {
  const { telegram, mpesa } = config;
  return [telegram.botToken, telegram.webhookSecret, mpesa.consumerSecret, mpesa.passkey, mpesa.consumerKey, mpesa.callbackSecret].filter(
    (value): value is string => typeof value === "string" && value.length >= 6,
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
