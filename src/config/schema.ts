// The environment variables, each read and checked on its own: a setting's schema gives its default
// and its type, so that one bad value does not hide the others.
import { z } from "zod";
import { LOCALES } from "../domain/locale.js";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());

function text(fallback: string) {
  return z.preprocess(blankToUndefined, z.string().trim().default(fallback));
}

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

/** HH:MM on a 24-hour clock, read as minutes after midnight. */
function timeOfDay(name: string, fallback: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, `${name} must be a time of day as HH:MM on a 24-hour clock, e.g. 22:00`)
      .optional()
      .default(fallback)
      .transform((time) => {
        const [hours = "", minutes = ""] = time.split(":");
        return Number(hours) * 60 + Number(minutes);
      }),
  );
}

function lowerCaseChoice(value: unknown) {
  return typeof blankToUndefined(value) === "string" ? String(value).trim().toLowerCase() : undefined;
}

function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.preprocess(lowerCaseChoice, z.enum(values, { error: () => `${name} must be one of: ${values.join(", ")}` }).optional());
}

function oneOfOr<const T extends readonly [string, ...string[]]>(name: string, values: T, fallback: T[number]) {
  return z.preprocess(lowerCaseChoice, z.enum(values, { error: () => `${name} must be one of: ${values.join(", ")}` }).default(fallback));
}

/** true or false (also yes/no, on/off, 1/0). */
/** true or false; undefined when not set (the caller decides). */
function optionalFlag(name: string) {
  return z.preprocess(
    lowerCaseChoice,
    z
      .enum(["true", "false", "yes", "no", "on", "off", "1", "0"], { error: () => `${name} must be true or false` })
      .optional()
      .transform((value) => (value === undefined ? undefined : ["true", "yes", "on", "1"].includes(value))),
  );
}

function flag(name: string, fallback: boolean) {
  return optionalFlag(name).transform((value) => value ?? fallback);
}

const ROUNDING = { half_up: "HALF_UP", up: "UP", down: "DOWN" } as const;

const C2B_RESPONSE_TYPES = { completed: "Completed", cancelled: "Cancelled" } as const;

const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: optionalText,
  PUBLIC_URL: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  ADMIN_TELEGRAM_IDS: text(""),
  MPESA_ENVIRONMENT: oneOf("MPESA_ENVIRONMENT", ["sandbox", "production", "simulator"]),
  MPESA_CONSUMER_KEY: optionalText,
  MPESA_CONSUMER_SECRET: optionalText,
  MPESA_SHORTCODE: optionalText,
  MPESA_EXPRESS_SHORTCODE: optionalText,
  MPESA_SHORTCODE_TYPE: oneOfOr("MPESA_SHORTCODE_TYPE", ["paybill", "till_number"], "paybill"),
  MPESA_PASSKEY: optionalText,
  MPESA_CALLBACK_URL: optionalText,
  MPESA_CALLBACK_SECRET: optionalText,
  MPESA_CALLBACK_ALLOWED_IPS: optionalText,
  /** Default: true with the simulator (it registers nothing for good), false with Safaricom. */
  MPESA_C2B_REGISTER: optionalFlag("MPESA_C2B_REGISTER"),
  MPESA_C2B_RESPONSE_TYPE: oneOfOr("MPESA_C2B_RESPONSE_TYPE", ["completed", "cancelled"], "completed").transform((type) => C2B_RESPONSE_TYPES[type]),
  MPESA_C2B_VALIDATE: flag("MPESA_C2B_VALIDATE", false),
  MPESA_INITIATOR_NAME: optionalText,
  MPESA_SECURITY_CREDENTIAL: optionalText,
  MPESA_SIMULATOR_DELAY_MS: wholeNumber("MPESA_SIMULATOR_DELAY_MS", 3000, 0, 600_000),
  MPESA_RECONCILE_AFTER_S: wholeNumber("MPESA_RECONCILE_AFTER_S", 60, 5, 3600),
  MPESA_RECONCILE_GIVE_UP_S: wholeNumber("MPESA_RECONCILE_GIVE_UP_S", 600, 60, 86_400),
  TRUST_PROXY: optionalText,
  DATABASE_URL: optionalText,
  DATABASE_POOL_SIZE: wholeNumber("DATABASE_POOL_SIZE", 10, 1, 1000),
  HOST: text("0.0.0.0"),
  PORT: wholeNumber("PORT", 3000, 1, 65535),
  LOG_LEVEL: oneOfOr("LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
  LOG_FORMAT: oneOf("LOG_FORMAT", ["json", "pretty"]),
  NODE_ENV: optionalText,
  BUSINESS_TIMEZONE: text("Africa/Nairobi"),
  // The daily summary is of the business day (midnight to midnight) that closes: a time in its first
  // half would summarise a day just begun.
  BUSINESS_CLOSING_TIME: timeOfDay("BUSINESS_CLOSING_TIME", "22:00").refine(
    (minute) => minute >= 12 * 60,
    "BUSINESS_CLOSING_TIME must be between 12:00 and 23:59: the daily summary is of the day from midnight, so a café open past midnight sets 23:59 (what comes in later counts on the next day)",
  ),
  DEFAULT_LOCALE: oneOfOr("DEFAULT_LOCALE", LOCALES, "en"),
  BILLING_RATE_PER_HOUR: wholeNumber("BILLING_RATE_PER_HOUR", 100, 1, 100_000),
  BILLING_MINIMUM_CHARGE: wholeNumber("BILLING_MINIMUM_CHARGE", 1, 1, 100_000),
  BILLING_ROUNDING: oneOfOr("BILLING_ROUNDING", ["half_up", "up", "down"], "half_up").transform((rounding) => ROUNDING[rounding]),
  MAX_OPERATOR_DISCOUNT_KES: wholeNumber("MAX_OPERATOR_DISCOUNT_KES", 50, 0, 100_000),
  LONG_SESSION_ALERT_HOURS: wholeNumber("LONG_SESSION_ALERT_HOURS", 8, 1, 168),
});

/** The settings as read: defaults filled in, numbers parsed, choices lower-cased (rounding as the database writes it). */
export type Env = z.output<typeof envSchema>;

/** Reads every variable; a bad one is a problem, and counts as unset while the others are checked. */
export function readEnv(env: Record<string, string | undefined>, problems: string[]): Env {
  const first = envSchema.safeParse(env);
  if (first.success) return first.data;
  problems.push(...first.error.issues.map((issue) => issue.message));
  const unset = Object.fromEntries(first.error.issues.map((issue) => [String(issue.path[0]), undefined]));
  return envSchema.parse({ ...env, ...unset });
}
