// The Fastify instance: what is set when it is made (body limit, proxy trust, how it closes). What it
// serves is the app plugin (app.ts), registered on it by the composition root (src/app.ts).
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { addressMatcher, type TrustProxy } from "../config/index.js";
import type { Logger } from "../logger.js";

export interface ServerOptions {
  logger: Logger;
  /** Which X-Forwarded-For entries request.ip may come from (behind a reverse proxy). */
  trustProxy?: TrustProxy;
}

/**
 * Fastify's trust function. Going from the connection back through X-Forwarded-For from its end (the
 * entry the nearest proxy added), request.ip is the first address not trusted as a proxy: everything
 * left of it was written by the caller. A number is a function here because Fastify ignores a bare
 * hop count.
 */
function proxyTrust(setting: TrustProxy): false | ((address: string, hop: number) => boolean) {
  if (setting === false) return false;
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  const isProxy = addressMatcher(setting);
  return (address) => isProxy(address);
}

/** Telegram updates and Daraja callbacks are small; anything bigger is refused before it is parsed. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export function createServer({ logger, trustProxy = false }: ServerOptions): FastifyInstance {
  // pino's logger is one Fastify takes; typed as its base logger so the instance has the usual type.
  const loggerInstance: FastifyBaseLogger = logger;
  return Fastify({
    loggerInstance,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: proxyTrust(trustProxy),
    // In-flight requests finish on close; idle keep-alive connections are dropped at once.
    forceCloseConnections: "idle",
    return503OnClosing: true,
  });
}
