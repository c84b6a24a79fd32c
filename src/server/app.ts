import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "../logger.js";
import { isDatabaseReachable, type Db } from "../db/client.js";

export interface ServerDeps {
  db: Db;
  logger: Logger;
  /** Believe X-Forwarded-For for request.ip (behind a reverse proxy). */
  trustProxy?: boolean;
}

/** Telegram updates and Daraja callbacks are small; anything bigger is refused before it is parsed. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export function buildServer({ db, logger, trustProxy = false }: ServerDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy,
    // In-flight requests finish on close; idle keep-alive connections are dropped at once.
    forceCloseConnections: "idle",
    return503OnClosing: true,
  });

  app.get("/healthz", async (_request, reply) => {
    const database = await isDatabaseReachable(db);
    return reply.code(database ? 200 : 503).send({ status: database ? "ok" : "unavailable", database: database ? "ok" : "unreachable" });
  });

  return app;
}
