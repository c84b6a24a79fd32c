import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../src/db/client.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { BODY_LIMIT_BYTES, createServer } from "../../src/server/index.js";
import health from "../../src/server/routes/health.js";
import { failingQueries } from "../support/db-faults.js";
import { migratedDatabaseUrl } from "../support/temp.js";

const logger = createLogger({ level: "silent", format: "json", secrets: [], destination: new PassThrough() });
const newDatabaseUrl = migratedDatabaseUrl();

/** The service's Fastify instance with the health route on `db`. */
function buildServer({ db, logger }: { db: Db; logger: Logger }): FastifyInstance {
  const app = createServer({ logger });
  app.decorate("db", db);
  void app.register(health);
  return app;
}

describe("server", () => {
  let db: Db;
  beforeAll(async () => {
    const url = await newDatabaseUrl();
    db = await openDb(url);
  });
  afterAll(() => db.$disconnect());

  it("GET /healthz answers 200 when the database answers", async () => {
    const app = buildServer({ db, logger });
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: "ok" });
    await app.close();
  });

  it("GET /healthz answers 503 when the database does not", async () => {
    const app = buildServer({ db: failingQueries(db, ["$queryRaw"]), logger });
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    await app.close();
  });

  it("refuses bodies over the limit before reading them", async () => {
    const app = buildServer({ db, logger });
    app.post("/echo", async () => ({ ok: true }));
    const big = JSON.stringify({ pad: "x".repeat(BODY_LIMIT_BYTES) });
    const response = await app.inject({ method: "POST", url: "/echo", payload: big, headers: { "content-type": "application/json" } });
    expect(response.statusCode).toBe(413);
    await app.close();
  });

  it("finishes a request in flight when closing, then refuses new ones", async () => {
    const app = buildServer({ db, logger });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    app.get("/slow", async () => {
      entered();
      await released;
      return { done: true };
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const slow = fetch(`${base}/slow`).then((r) => r.json());
    await inside;
    const closing = app.close();
    release();
    expect(await slow).toEqual({ done: true });
    await closing;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
