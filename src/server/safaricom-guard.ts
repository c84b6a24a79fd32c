// The protection of every route Safaricom POSTs to (the STK callback, the C2B confirmation and
// validation, the Transaction Status result and timeout): the secret path segment
// (MPESA_CALLBACK_SECRET), the allow-list (MPESA_CALLBACK_ALLOWED_IPS, checked against request.ip,
// which TRUST_PROXY decides), bodies read as raw text, and a source whose requests keep being refused
// (4xx) answered 429 for a while. Accepted requests are never counted, so Safaricom's are not held up
// however many come. One protected context holds all those routes, so one count covers them all.
import { timingSafeEqual } from "node:crypto";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import { addressMatcher } from "../config/index.js";

/** A real Safaricom body is about 1 KiB; bigger bodies get 413 before they are stored. */
export const SAFARICOM_BODY_LIMIT_BYTES = 16 * 1024;
/** Refused requests (malformed body, wrong secret, address off the allow-list, too big) a source may make per window. */
export const SAFARICOM_REFUSALS_ALLOWED = 30;
const REFUSAL_WINDOW_MS = 15 * 60 * 1000;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `path` (ending in /) and `path:secret/`: the routes register both, the guard decides which is accepted. */
export function withSecret(path: string): string[] {
  return [path, `${path}:secret/`];
}

/**
 * A plugin holding `routes` behind the protection (encapsulated: the raw-text body parsing and the
 * hooks apply to them only). Each route registers its paths with withSecret and the body limit.
 */
export function safaricomGuard(routes: readonly FastifyPluginAsync[]): FastifyPluginAsync {
  return async function guarded(app: FastifyInstance): Promise<void> {
    const { callbackSecret, callbackAllowedIps } = app.config.mpesa;
    const isAllowed = addressMatcher(callbackAllowedIps);
    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));

    // Keyed by request.ip, the address the allow-list checks (the library counts an IPv4-mapped
    // address as its IPv4 one, and IPv6 ones by their /64). Counted in this instance's memory.
    await app.register(rateLimit, { global: false });
    const refusals = app.createRateLimit({ max: SAFARICOM_REFUSALS_ALLOWED, timeWindow: REFUSAL_WINDOW_MS });
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
          "Safaricom route source refused too often: answered 429 for a while",
        );
      }
    });
    app.addHook("preHandler", async (request, reply) => {
      const { secret } = (request.params ?? {}) as { secret?: string };
      if (callbackSecret !== undefined && !sameSecret(secret ?? "", callbackSecret)) {
        request.log.warn({ ip: request.ip, url: request.routeOptions.url }, "POST to a Safaricom route with a wrong or missing secret refused");
        return reply.code(404).send({ ResultCode: 1, ResultDesc: "Not found" });
      }
      if (callbackAllowedIps.length > 0 && !isAllowed(request.ip)) {
        request.log.warn({ ip: request.ip, url: request.routeOptions.url }, "POST to a Safaricom route from an address not on the allow-list refused");
        return reply.code(403).send({ ResultCode: 1, ResultDesc: "Forbidden" });
      }
    });
    for (const route of routes) await app.register(route);
  };
}
