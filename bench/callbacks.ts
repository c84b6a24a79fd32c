// The callback benchmark (`npm run bench`): Safaricom-shaped STK callbacks against the real service,
// built by buildApp as src/main.ts builds it, side by side with a bare Fastify 5 route that parses the
// same body and answers the same acknowledgement. Each server runs in a child process of its own (this
// file, with "service" or "bare" as argument), so that the load generator shares neither its event loop
// nor its memory figures. Prints figures; asserts nothing: they depend on the machine.
//
// It runs compiled, as `npm start` runs the service: `npm run bench` builds dist/ and compiles this file
// to dist/bench/ (tsconfig.bench.json), and the service's modules are loaded from dist/.
//
// BENCH_PROMPTS pending prompts in the database (default 200,000), BENCH_SECONDS per round (default 10).
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pathToFileURL } from "node:url";
import type autocannon from "autocannon";
import type Database from "better-sqlite3";
import Fastify, { type FastifyInstance } from "fastify";
import pino from "pino";
import { FAKE_BOT_INFO, FAKE_TOKEN } from "../test/support/fake-telegram.js";
import { paidCallback, seedPendingPrompts } from "./fixtures.js";
import { serviceNodeFlags } from "./node-flags.js";

const CALLBACK_PATH = "/mpesa/callback/";
const CONNECTIONS = 50;
const ROUNDS = 3;
const OPERATORS = 20;
const RSS_SAMPLE_EVERY_MS = 100;

type Target = "service" | "bare";

/** Parent → child. */
type Command = { type: "rss" } | { type: "sample"; on: boolean } | { type: "idle" } | { type: "stop" };
/** Child → parent. `drainMs`: from the idle command to the last accepted callback applied (the service). */
type Report =
  | { type: "listening"; port: number; processStartToListeningMs: number; buildToListeningMs: number }
  | { type: "rss"; rss: number; peak: number }
  | { type: "idle"; drainMs: number };

/** The project folder: this file runs compiled, from dist/bench/bench/. */
const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A module of the service as built in dist/ (`src/app.ts` → `app.js`), as `npm start` runs it. */
const fromDist = <M>(module: string): Promise<M> => import(pathToFileURL(path.join(projectRoot, "dist", module)).href) as Promise<M>;

// ---------------------------------------------------------------------------------------------------
// The servers (child processes)

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until what the server accepted has been applied (nothing to wait for on the bare route). */
type Drain = () => Promise<void>;

/**
 * The service as src/main.ts builds it (migrations checked, database opened, app built), minus Telegram
 * and the jobs but the callback applier, which applies what the route stores.
 */
async function buildService(databaseUrl: string): Promise<{ server: FastifyInstance; port: number; drain: Drain }> {
  // Loaded here, as src/main.ts loads them at its start: the bare route's process never loads them.
  const [{ buildApp }, { parseConfig }, { openDb }, { applyMigrations }, { createLogger }] = await Promise.all([
    fromDist<typeof import("../src/app.js")>("app.js"),
    fromDist<typeof import("../src/config/index.js")>("config/index.js"),
    fromDist<typeof import("../src/db/client.js")>("db/client.js"),
    fromDist<typeof import("../src/db/migrations.js")>("db/migrations.js"),
    fromDist<typeof import("../src/logger.js")>("logger.js"),
  ]);
  const port = await freePort();
  const config = parseConfig({
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    // Nothing calls Telegram: the bot is given its identity and the outbox sender is not started.
    TELEGRAM_API_ROOT: "http://127.0.0.1:9",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    MPESA_ENVIRONMENT: "simulator",
  });
  // Logging as in production (LOG_LEVEL's default, JSON lines, two per request), into a sink: measured,
  // it cost no more than the noise between runs.
  const logger = createLogger({ level: "info", format: "json", secrets: [FAKE_TOKEN], destination: pino.destination({ dest: "/dev/null", sync: true }) });
  await applyMigrations(databaseUrl);
  const db = await openDb(databaseUrl);
  const { server, callbacks } = buildApp({ config, logger, db, botInfo: FAKE_BOT_INFO });
  callbacks.start();
  return { server, port, drain: () => callbacks.idle() };
}

async function buildBare(): Promise<{ server: FastifyInstance; port: number; drain: Drain }> {
  const { STK_CALLBACK_ACKNOWLEDGEMENT } = await fromDist<typeof import("../src/mpesa/callback.js")>("mpesa/callback.js");
  const server = Fastify();
  server.post(CALLBACK_PATH, async (request) => {
    // Fastify has parsed the JSON body already; reading it is all the route does with it.
    if (typeof request.body !== "object" || request.body === null) throw new Error("no body");
    return STK_CALLBACK_ACKNOWLEDGEMENT;
  });
  return { server, port: 0, drain: async () => {} };
}

async function serve(target: Target): Promise<void> {
  const send = (report: Report) => process.send?.(report);
  const buildStart = performance.now();
  const { server, port, drain } = target === "service" ? await buildService(process.env.BENCH_DATABASE_URL ?? "") : await buildBare();
  // Requests still being handled: a round's last requests (whose answers the load generator no longer
  // waits for) are finished before the next round starts. Every answer, refusals included, goes through onSend.
  let inFlight = 0;
  let whenIdle: (() => void) | undefined;
  server.addHook("onRequest", async () => {
    inFlight++;
  });
  server.addHook("onSend", async () => {
    if (--inFlight === 0) whenIdle?.();
  });
  await server.listen({ host: "127.0.0.1", port });
  const listening = performance.now();
  let peak = process.memoryUsage().rss;
  let sampler: NodeJS.Timeout | undefined;
  process.on("message", (command: Command) => {
    switch (command.type) {
      case "rss": {
        const { rss } = process.memoryUsage();
        peak = Math.max(peak, rss);
        send({ type: "rss", rss, peak });
        break;
      }
      case "sample":
        clearInterval(sampler);
        if (command.on) sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), RSS_SAMPLE_EVERY_MS);
        break;
      case "idle": {
        const asked = performance.now();
        whenIdle = () => {
          whenIdle = undefined;
          void drain().then(() => send({ type: "idle", drainMs: performance.now() - asked }));
        };
        if (inFlight === 0) whenIdle();
        break;
      }
      case "stop":
        clearInterval(sampler);
        void server.close().then(() => process.exit(0));
    }
  });
  send({
    type: "listening",
    port: (server.server.address() as AddressInfo).port,
    processStartToListeningMs: listening,
    buildToListeningMs: listening - buildStart,
  });
}

// ---------------------------------------------------------------------------------------------------
// The driver

interface Server {
  child: ChildProcess;
  port: number;
  processStartToListeningMs: number;
  buildToListeningMs: number;
  ask(command: Command): void;
  rss(): Promise<{ rss: number; peak: number }>;
  /** Resolves when the server has answered every request it received and applied what it accepted; with the ms that took. */
  idle(): Promise<number>;
}

async function spawnServer(target: Target, env: Record<string, string>): Promise<Server> {
  const child = fork(fileURLToPath(import.meta.url), [target], {
    cwd: projectRoot,
    // Both servers run with the service's node flags (`npm start`'s), so that the figures are production's.
    execArgv: serviceNodeFlags(projectRoot),
    env: { ...process.env, ...env },
  });
  const next = <T extends Report["type"]>(type: T) =>
    new Promise<Extract<Report, { type: T }>>((resolve, reject) => {
      const onMessage = (report: Report) => {
        if (report.type !== type) return;
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(report as Extract<Report, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`the ${target} process exited (${String(code)}) before answering`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  const listening = await next("listening");
  const ask = (command: Command) => child.send(command);
  return {
    child,
    port: listening.port,
    processStartToListeningMs: listening.processStartToListeningMs,
    buildToListeningMs: listening.buildToListeningMs,
    ask,
    rss: () => {
      const answer = next("rss");
      ask({ type: "rss" });
      return answer;
    },
    idle: async () => {
      const answer = next("idle");
      ask({ type: "idle" });
      return (await answer).drainMs;
    },
  };
}

interface Totals {
  requests: number;
  seconds: number;
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
}

const emptyTotals = (): Totals => ({ requests: 0, seconds: 0, latencies: [], statuses: new Map(), errors: 0 });

/** One closed-loop round of `seconds` against `port`, each request's body from `body`; added to `totals`. */
async function round(load: typeof autocannon, port: number, seconds: number, body: () => string, totals: Totals): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const instance = load(
      {
        url: `http://127.0.0.1:${port}`,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: "POST",
            path: CALLBACK_PATH,
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: body() }),
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error("autocannon failed", { cause: error }));
          return;
        }
        totals.requests += result.requests.total;
        totals.seconds += result.duration;
        totals.errors += result.errors;
        resolve();
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      totals.latencies.push(responseTime);
      totals.statuses.set(statusCode, (totals.statuses.get(statusCode) ?? 0) + 1);
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summary(totals: Totals) {
  const sorted = Float64Array.from(totals.latencies).sort();
  const list = Array.from(sorted);
  const answered = totals.latencies.length;
  const non2xx = [...totals.statuses].filter(([status]) => status < 200 || status >= 300).reduce((sum, [, count]) => sum + count, 0);
  return {
    rate: totals.requests / totals.seconds,
    p50: percentile(list, 50),
    p99: percentile(list, 99),
    max: list.at(-1) ?? NaN,
    non2xxShare: answered === 0 ? NaN : non2xx / answered,
    acknowledged: answered - non2xx,
    statuses: [...totals.statuses].map(([status, count]) => `${status}×${count}`).join(" "),
    errors: totals.errors,
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pad = (text: string, width: number) => text.padEnd(width);

async function drive(): Promise<void> {
  const prompts = Number(process.env.BENCH_PROMPTS ?? 200_000);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const dir = mkdtempSync(path.join(os.tmpdir(), "cafe-bench-"));
  const file = path.join(dir, "bench.db");
  const databaseUrl = `file:${file}`;
  // Loaded here: the servers' processes never load them.
  const [{ default: load }, { default: Database }, { applyMigrations }] = await Promise.all([
    import("autocannon"),
    import("better-sqlite3"),
    fromDist<typeof import("../src/db/migrations.js")>("db/migrations.js"),
  ]);
  try {
    console.log(`Callback benchmark: ${prompts} pending prompts, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${seconds} s per case and server`);
    await applyMigrations(databaseUrl);
    const seeding = performance.now();
    const sqlite = new Database(file);
    seedPendingPrompts(sqlite, { prompts, managers: 1, operators: OPERATORS, nextQueryAt: new Date(Date.now() + 60_000) });
    sqlite.close();
    console.log(`seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const service = await spawnServer("service", { BENCH_DATABASE_URL: databaseUrl });
    const bare = await spawnServer("bare", {});
    const idle = { service: await service.rss(), bare: await bare.rss() };
    service.ask({ type: "sample", on: true });
    bare.ask({ type: "sample", on: true });

    // Each server has its own counters: the bare route's requests use up none of the service's prompts.
    const sent = { service: { paid: 0, unknown: 0, duplicate: 0 }, bare: { paid: 0, unknown: 0, duplicate: 0 } };
    const paid = (target: Target) => () => paidCallback(Math.min(++sent[target].paid, prompts));
    const unknown = (target: Target) => () => paidCallback(++sent[target].unknown, `ws_CO_unknown_${sent[target].unknown}`);
    let applied: number[] = [];
    const duplicate = (target: Target) => () => paidCallback(applied[sent[target].duplicate++ % applied.length] ?? 1);
    const read = <T>(query: (sqlite: Database.Database) => T): T => {
      const sqlite = new Database(file, { readonly: true });
      try {
        return query(sqlite);
      } finally {
        sqlite.close();
      }
    };
    const count = (sql: string) => read((sqlite) => (sqlite.prepare(sql).get() as { count: number }).count);
    const readPaid = () =>
      read((sqlite) => (sqlite.prepare(`SELECT "id" FROM "StkRequest" WHERE "state" = 'PAID' ORDER BY "id"`).all() as { id: number }[]).map((row) => row.id));
    /** Callbacks applied so far, whatever they turned out to be. */
    const settled = () => count(`SELECT count(*) AS "count" FROM "MpesaCallback" WHERE "status" IN ('APPLIED', 'DUPLICATE', 'UNMATCHED')`);

    const cases: { name: string; body: (target: Target) => () => string; before?: () => void }[] = [
      { name: "paid callback, distinct pending prompt", body: paid },
      { name: "duplicate of an applied callback", body: duplicate, before: () => (applied = readPaid()) },
      { name: "unknown CheckoutRequestID", body: unknown },
    ];
    const results: {
      name: string;
      service: ReturnType<typeof summary>;
      bare: ReturnType<typeof summary>;
      drain: { totalMs: number; maxMs: number; applied: number; loadSeconds: number };
    }[] = [];
    for (const benchCase of cases) {
      benchCase.before?.();
      const totals = { service: emptyTotals(), bare: emptyTotals() };
      const settledBefore = settled();
      const drains: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        await round(load, service.port, seconds, benchCase.body("service"), totals.service);
        // The service answers once a callback is stored: it applies the rest after the load stopped.
        drains.push(await service.idle());
        await round(load, bare.port, seconds, benchCase.body("bare"), totals.bare);
        await bare.idle();
      }
      results.push({
        name: benchCase.name,
        service: summary(totals.service),
        bare: summary(totals.bare),
        drain: {
          totalMs: drains.reduce((sum, drain) => sum + drain, 0),
          maxMs: Math.max(...drains),
          applied: settled() - settledBefore,
          loadSeconds: totals.service.seconds,
        },
      });
    }
    const peak = { service: await service.rss(), bare: await bare.rss() };
    const paidPrompts = readPaid().length;
    const paidPayments = count(`SELECT count(*) AS "count" FROM "Payment" WHERE "state" = 'PAID'`);
    const exactlyOnce = {
      accepted: count(`SELECT count(*) AS "count" FROM "MpesaCallback" WHERE "status" <> 'REJECTED' AND "checkoutRequestId" NOT LIKE 'ws_CO_unknown_%'`),
      notPaid: count(
        `SELECT count(*) AS "count" FROM "MpesaCallback" c JOIN "StkRequest" s ON s."checkoutRequestId" = c."checkoutRequestId" WHERE c."status" <> 'REJECTED' AND s."state" <> 'PAID'`,
      ),
      appliedTwice: count(
        `SELECT count(*) AS "count" FROM (SELECT "checkoutRequestId" FROM "MpesaCallback" WHERE "status" = 'APPLIED' GROUP BY "checkoutRequestId" HAVING count(*) > 1)`,
      ),
      paidWithoutCallback: count(
        `SELECT count(*) AS "count" FROM "StkRequest" s WHERE s."state" = 'PAID' AND NOT EXISTS (SELECT 1 FROM "MpesaCallback" c WHERE c."checkoutRequestId" = s."checkoutRequestId" AND c."status" = 'APPLIED')`,
      ),
      leftReceived: count(`SELECT count(*) AS "count" FROM "MpesaCallback" WHERE "status" = 'RECEIVED'`),
    };
    const acknowledgedPaid = results[0]?.service.acknowledged ?? 0;

    console.log("");
    console.log("Per case, over all rounds (latency percentiles pooled over every response):");
    for (const { name, service: s, bare: b, drain } of results) {
      console.log(`\n${name}`);
      for (const [label, r] of [
        ["service", s],
        ["bare", b],
      ] as const) {
        console.log(
          `  ${pad(label, 8)} ${pad(`${r.rate.toFixed(0)} req/s`, 13)} p50 ${pad(ms(r.p50), 10)} p99 ${pad(ms(r.p99), 10)} max ${pad(ms(r.max), 10)}` +
            ` non-2xx ${(r.non2xxShare * 100).toFixed(2)}%  errors ${r.errors}  statuses ${r.statuses}`,
        );
      }
      console.log(`  service/bare: ${((s.rate / b.rate) * 100).toFixed(1)}% of the rate, p99 ×${(s.p99 / b.p99).toFixed(1)}`);
      console.log(
        `  service applied ${drain.applied} callbacks: ${(drain.applied / (drain.loadSeconds + drain.totalMs / 1000)).toFixed(0)}/s over the load and the drain ` +
          `after it (${ms(drain.totalMs)} in all, at most ${ms(drain.maxMs)} after a round): the rate above is the acknowledgements'`,
      );
    }
    console.log("");
    console.log(
      `applied: ${paidPayments} payments PAID, ${paidPrompts} prompts PAID; the service acknowledged ${acknowledgedPaid} paid callbacks with 2xx ` +
        `(those in flight when a round ended were applied but not counted)${sent.service.paid > prompts ? "; ran out of prompts: later callbacks repeated the last" : ""}`,
    );
    console.log(
      `exactly once: ${exactlyOnce.accepted} callbacks for known prompts accepted; ${exactlyOnce.notPaid} of them for a prompt not PAID; ` +
        `prompts PAID by more than one callback ${exactlyOnce.appliedTwice}, by none ${exactlyOnce.paidWithoutCallback}; callbacks left RECEIVED ${exactlyOnce.leftReceived}`,
    );
    console.log(
      `service: start → listening ${ms(service.processStartToListeningMs)} from process start (${ms(service.buildToListeningMs)} of it loading the modules, checking migrations, opening the database, building, listening)`,
    );
    console.log(`service: RSS idle ${mb(idle.service.rss)}, peak under load ${mb(peak.service.peak)}`);
    console.log(`bare:    RSS idle ${mb(idle.bare.rss)}, peak under load ${mb(peak.bare.peak)}`);

    service.ask({ type: "stop" });
    bare.ask({ type: "stop" });
    await Promise.all([service.child, bare.child].map((child) => new Promise((resolve) => child.once("exit", resolve))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const role = process.argv[2];
if (role === "service" || role === "bare") await serve(role);
else await drive();
