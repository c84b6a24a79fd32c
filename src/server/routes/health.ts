// GET /healthz: 200 while the database answers, 503 when it does not.
import type { FastifyInstance } from "fastify";
import { isDatabaseReachable } from "../../db/client.js";

export default async function health(app: FastifyInstance): Promise<void> {
  app.get("/healthz", async (_request, reply) => {
    const database = await isDatabaseReachable(app.db);
    return reply.code(database ? 200 : 503).send({ status: database ? "ok" : "unavailable", database: database ? "ok" : "unreachable" });
  });
}
