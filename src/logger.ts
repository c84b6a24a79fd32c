import { pino, stdSerializers, type Logger } from "pino";

export type { Logger };

const REDACTED = "[redacted]";
/** A bot token, alone or inside a Telegram API URL (`/bot<token>/sendMessage`). */
const BOT_TOKEN_PATTERN = /\d{5,}:[A-Za-z0-9_-]{30,}/g;

/** Replaces bot tokens and the given secret values wherever they appear in a string. */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text.replace(BOT_TOKEN_PATTERN, REDACTED);
  for (const secret of secrets) if (secret) result = result.split(secret).join(REDACTED);
  return result;
}

function redactDeep(value: unknown, secrets: readonly string[], seen: WeakSet<object>): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (value === null || typeof value !== "object") return value;
  const plain: object = value instanceof Error ? stdSerializers.err(value) : value;
  if (seen.has(plain)) return "[circular]";
  seen.add(plain);
  if (Array.isArray(plain)) return plain.map((item) => redactDeep(item, secrets, seen));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(plain)) {
    out[key] = /authorization|password|passkey|secret|token$/i.test(key) && typeof inner === "string"
      ? REDACTED
      : redactDeep(inner, secrets, seen);
  }
  return out;
}

export interface LoggerOptions {
  level: string;
  format: "json" | "pretty";
  /** Values that must never be written, wherever they appear (bot token, consumer secret, passkey). */
  secrets: readonly string[];
  /** Where JSON lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: NodeJS.WritableStream;
}

export function createLogger({ level, format, secrets, destination }: LoggerOptions): Logger {
  const options = {
    level,
    // Runs before pino's serializers, so errors are serialized (and redacted) here.
    formatters: { log: (object: Record<string, unknown>) => redactDeep(object, secrets, new WeakSet()) as Record<string, unknown> },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(this, args.map((arg) => (typeof arg === "string" ? redactText(arg, secrets) : arg)));
      },
    },
  };
  if (format === "pretty" && !destination) {
    return pino({ ...options, transport: { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" } } });
  }
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}
