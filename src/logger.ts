import { pino, stdSerializers, type Logger } from "pino";

export type { Logger };

const REDACTED = "[redacted]";
/**
 * A bot token, alone or inside a Telegram API URL (`/bot<token>/sendMessage`). A match starts only
 * where a run of digits starts: without `(?<!\d)` a long run of digits with no colon (a URL anyone can
 * send) is tried again from every digit in it, which takes time growing with the square of its length.
 */
const BOT_TOKEN_PATTERN = /(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}/g;

/** Replaces bot tokens and the given secret values wherever they appear in a string. */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text.replace(BOT_TOKEN_PATTERN, REDACTED);
  for (const secret of secrets) if (secret) result = result.split(secret).join(REDACTED);
  return result;
}

const SECRET_KEY = /authorization|password|passkey|secret|token$/i;

/** Blanks fields whose name says they hold a secret, in plain objects (class instances are left to their serializers). */
function redactSecretFields(value: unknown, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactSecretFields(item, seen));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && typeof inner === "string" ? REDACTED : redactSecretFields(inner, seen);
  }
  return out;
}

/** What is worth knowing of an HTTP request and reply (Fastify's request objects, or Node's). */
const httpSerializers = {
  req: (request: { method?: string; url?: string; ip?: string; socket?: { remoteAddress?: string } }) => ({
    method: request.method,
    url: request.url,
    remoteAddress: request.ip ?? request.socket?.remoteAddress,
  }),
  res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
};

export interface LoggerOptions {
  level: string;
  format: "json" | "pretty";
  /** Values that must never be written, wherever they appear (bot token, consumer secret, passkey). */
  secrets: readonly string[];
  /** Where JSON lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

export function createLogger({ level, format, secrets, destination }: LoggerOptions): Logger {
  const options = {
    level,
    serializers: { err: stdSerializers.err, error: stdSerializers.err, ...httpSerializers },
    formatters: { log: (object: Record<string, unknown>) => redactSecretFields(object, new WeakSet()) as Record<string, unknown> },
    hooks: {
      // The last word: every line, once serialized, loses bot tokens and secret values wherever they are.
      streamWrite: (line: string) => redactText(line, secrets),
    },
  };
  if (format === "pretty" && !destination) {
    return pino({ ...options, transport: { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" } } });
  }
  return destination ? pino(options, destination) : pino(options);
}
