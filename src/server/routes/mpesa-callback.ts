// POST /mpesa/callback/ (the original app's path), or /mpesa/callback/<secret>/ when a secret is set.
// The body is stored exactly as received, then acknowledged; the callback applier job applies it after.
// A source whose requests keep being refused (4xx) is answered 429 for a while; accepted callbacks
// are never counted, so Safaricom's are not held up however many come.
import { timingSafeEqual } from "node:crypto";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addressMatcher } from "../../config/index.js";
import { STK_CALLBACK_ACKNOWLEDGEMENT } from "../../mpesa/callback.js";

/** A real STK callback is about 1 KiB; bigger bodies get 413 before they are stored. */
export const CALLBACK_BODY_LIMIT_BYTES = 16 * 1024;
/** Refused requests (malformed body, wrong secret, address off the allow-list, too big) a source may make per window. */
export const CALLBACK_REFUSALS_ALLOWED = 30;
const CALLBACK_REFUSAL_WINDOW_MS = 15 * 60 * 1000;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// A plugin of its own (encapsulated), so the raw-text body parsing applies to these routes only.
export default async function mpesaCallback(app: FastifyInstance): Promise<void> {
  const { callbackSecret, callbackAllowedIps } = app.config.mpesa;
  const isAllowed = addressMatcher(callbackAllowedIps);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));

  // Keyed by request.ip, the address the allow-list checks (the library counts an IPv4-mapped
  // address as its IPv4 one, and IPv6 ones by their /64). Counted in this instance's memory.
  await app.register(rateLimit, { global: false });
  const refusals = app.createRateLimit({ max: CALLBACK_REFUSALS_ALLOWED, timeWindow: CALLBACK_REFUSAL_WINDOW_MS });
  app.addHook("onRequest", async (request, reply) => {
    const limit = await refusals(request, { increment: false });
    if (limit.isAllowed || limit.remaining > 0) return;
    return reply
      .code(429)
      .header("retry-after", limit.ttlInSeconds)
      .send({ ResultCode: 1, ResultDesc: `Too many refused requests; try again in ${limit.ttlInSeconds} s` });
  });
  app.addHook("onResponse", async (request, reply) => {
    if (reply.statusCode < 400 || reply.statusCode >= 500 || reply.statusCode === 429) return;
    const limit = await refusals(request);
    if (!limit.isAllowed && limit.remaining === 0) {
      request.log.warn(
        { ip: request.ip, refusals: limit.max, retryAfterSeconds: limit.ttlInSeconds },
        "M-Pesa callback source refused too often: answered 429 for a while",
      );
    }
  });

  const handle = async (request: FastifyRequest<{ Params: { secret?: string } }>, reply: FastifyReply) => {
    if (callbackSecret !== undefined && !sameSecret(request.params.secret ?? "", callbackSecret)) {
      request.log.warn({ ip: request.ip }, "M-Pesa callback with a wrong or missing secret refused");
      return reply.code(404).send({ ResultCode: 1, ResultDesc: "Not found" });
    }
    if (callbackAllowedIps.length > 0 && !isAllowed(request.ip)) {
      request.log.warn({ ip: request.ip }, "M-Pesa callback from an address not on the allow-list refused");
      return reply.code(403).send({ ResultCode: 1, ResultDesc: "Forbidden" });
    }
    const raw = typeof request.body === "string" ? request.body : "";
    const receipt = await app.services.callbacks.receiveCallback(raw, request.ip);
    if (!receipt.ok) return reply.code(400).send({ ResultCode: 1, ResultDesc: `Rejected: ${receipt.problem}` });
    return reply.send(STK_CALLBACK_ACKNOWLEDGEMENT);
  };

  for (const url of ["/mpesa/callback/", "/mpesa/callback/:secret/"]) {
    app.post<{ Params: { secret?: string } }>(url, { bodyLimit: CALLBACK_BODY_LIMIT_BYTES }, handle);
  }
}
