// The callback benchmark (`npm run bench`): Safaricom-shaped STK callbacks against the real service,
// built by buildApp as src/main.ts builds it, side by side with a bare Fastify 5 route that parses the
// same body and answers the same acknowledgement. The service runs on SQLite, on PostgreSQL, and as
// three processes on one PostgreSQL database (the load split across them), taking turns with the bare
// route in every round. Each server runs in a child process of its own (this file, with "service" or
// "bare" as argument), so that the load generator shares neither its event loop nor its memory figures.
// Prints figures; asserts nothing: they depend on the machine.
//
// It runs compiled, as `npm start` runs the service: `npm run bench` builds dist/ and compiles this file
// to dist/bench/ (tsconfig.bench.json), and the service's modules are loaded from dist/.
//
// BENCH_DATABASES: which of sqlite, postgresql, postgresql-x3 (comma-separated; default all three);
// BENCH_PROMPTS pending prompts in each database (default 200,000); BENCH_SECONDS per round (default 10).
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pathToFileURL } from "node:url";
import type autocannon from "autocannon";
import Fastify, { type FastifyInstance } from "fastify";
import pino from "pino";
import { FAKE_BOT_INFO, FAKE_TOKEN } from "../test/support/fake-telegram.js";
import { paidCallback, seedPendingPrompts, seedPendingPromptsPostgres, type PendingPrompts } from "./fixtures.js";
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
  const db = await openDb(databaseUrl, { poolSize: config.service.databasePoolSize });
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

/** How the service is deployed in a run: its database, and how many processes share it. */
const DEPLOYMENTS = {
  sqlite: { label: "SQLite", provider: "sqlite", instances: 1 },
  postgresql: { label: "PostgreSQL", provider: "postgresql", instances: 1 },
  "postgresql-x3": { label: "PostgreSQL ×3", provider: "postgresql", instances: 3 },
} as const;
type DeploymentName = keyof typeof DEPLOYMENTS;

function selectedDeployments(): DeploymentName[] {
  const names = (process.env.BENCH_DATABASES ?? Object.keys(DEPLOYMENTS).join(","))
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in DEPLOYMENTS));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`BENCH_DATABASES: ${unknown.join(", ") || "empty"}; give some of ${Object.keys(DEPLOYMENTS).join(", ")}, comma-separated`);
  }
  return [...new Set(names as DeploymentName[])];
}

/** Whoever the load is sent to, with what its request bodies need: its own counters, so that no target uses up another's prompts. */
interface LoadTarget {
  label: string;
  servers: Server[];
  prompts: number;
  sent: { paid: number; unknown: number; duplicate: number };
  /** Prompts PAID before the duplicates' case: what it sends duplicates of. */
  applied: number[];
}

interface Deployment extends LoadTarget {
  databaseUrl: string;
}

interface Totals {
  requests: number;
  seconds: number;
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
}

const emptyTotals = (): Totals => ({ requests: 0, seconds: 0, latencies: [], statuses: new Map(), errors: 0 });

/**
 * One closed-loop round of `seconds`: the connections split across `ports`, one autocannon per port,
 * all at once, each request's body from `body`; pooled into `totals` (the rate over the longest of them).
 */
async function round(load: typeof autocannon, ports: number[], seconds: number, body: () => string, totals: Totals): Promise<void> {
  const results = await Promise.all(
    ports.map(
      (port, i) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = load(
            {
              url: `http://127.0.0.1:${port}`,
              connections: Math.floor(CONNECTIONS / ports.length) + (i < CONNECTIONS % ports.length ? 1 : 0),
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
              if (error) reject(error instanceof Error ? error : new Error("autocannon failed", { cause: error }));
              else resolve(result);
            },
          );
          instance.on("response", (_client, statusCode, _bytes, responseTime) => {
            totals.latencies.push(responseTime);
            totals.statuses.set(statusCode, (totals.statuses.get(statusCode) ?? 0) + 1);
          });
        }),
    ),
  );
  totals.requests += results.reduce((sum, result) => sum + result.requests.total, 0);
  totals.seconds += Math.max(...results.map((result) => result.duration));
  totals.errors += results.reduce((sum, result) => sum + result.errors, 0);
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
/** One figure per process of a deployment, in the order they started. */
const each = <T>(values: T[], format: (value: T) => string) => values.map(format).join(" / ");
const elapsed = (sinceMs: number) => `${((performance.now() - sinceMs) / 1000).toFixed(1)} s`;

async function drive(): Promise<void> {
  const names = selectedDeployments();
  const prompts = Number(process.env.BENCH_PROMPTS ?? 200_000);
  const roundSeconds = Number(process.env.BENCH_SECONDS ?? 10);
  const dir = mkdtempSync(path.join(os.tmpdir(), "cafe-bench-"));
  // Loaded here: the servers' processes never load them.
  const [
    { default: load },
    { default: Database },
    { querySql },
    { applyMigrations },
    { startThrowawayPostgres },
    { withDatabaseName, withPostgresConnection },
  ] = await Promise.all([
    import("autocannon"),
    import("better-sqlite3"),
    import("../test/support/sql.js"),
    fromDist<typeof import("../src/db/migrations.js")>("db/migrations.js"),
    fromDist<typeof import("../src/db/throwaway-postgres.js")>("db/throwaway-postgres.js"),
    fromDist<typeof import("../src/db/postgres.js")>("db/postgres.js"),
  ]);
  const cluster = names.some((name) => DEPLOYMENTS[name].provider === "postgresql") ? await startThrowawayPostgres() : undefined;
  const servers: Server[] = [];
  try {
    const labels = names.map((name) => DEPLOYMENTS[name].label).join(", ");
    console.log(
      `Callback benchmark: ${labels}; ${prompts} pending prompts in each database, ${CONNECTIONS} connections, ` +
        `${ROUNDS} interleaved rounds of ${roundSeconds} s per case and server, each against one bare route process`,
    );
    if (cluster) {
      console.log(
        "PostgreSQL: a throwaway cluster on this machine (fsync and synchronous_commit off), its server sharing the cores with the services and the load",
      );
    }
    if (names.includes("postgresql-x3")) {
      const split = Array.from({ length: 3 }, (_, i) => Math.floor(CONNECTIONS / 3) + (i < CONNECTIONS % 3 ? 1 : 0));
      console.log(
        `PostgreSQL ×3: three service processes on one database, the ${CONNECTIONS} connections split ${split.join("/")}, one autocannon per process, run at once and pooled`,
      );
    }

    // Each deployment its own database with the same rows: PostgreSQL's seeded once, then copied.
    const seed: PendingPrompts = { prompts, managers: 1, operators: OPERATORS, nextQueryAt: new Date(Date.now() + 60_000) };
    const databaseUrls = new Map<DeploymentName, string>();
    let seededPostgres: string | undefined;
    for (const name of names) {
      const started = performance.now();
      if (DEPLOYMENTS[name].provider === "sqlite") {
        const file = path.join(dir, "bench.db");
        const databaseUrl = `file:${file}`;
        await applyMigrations(databaseUrl);
        const sqlite = new Database(file);
        seedPendingPrompts(sqlite, seed);
        sqlite.close();
        databaseUrls.set(name, databaseUrl);
        console.log(`${DEPLOYMENTS[name].label}: seeded in ${elapsed(started)}`);
        continue;
      }
      if (!cluster) throw new Error("no PostgreSQL cluster");
      const database = `cafe_bench_${name.replaceAll("-", "_")}`;
      // A copy is made before any service connects: the database copied from must have no connection.
      await withPostgresConnection(cluster.url, (client) =>
        client.query(seededPostgres === undefined ? `CREATE DATABASE "${database}"` : `CREATE DATABASE "${database}" TEMPLATE "${seededPostgres}"`),
      );
      const databaseUrl = withDatabaseName(cluster.url, database);
      databaseUrls.set(name, databaseUrl);
      if (seededPostgres === undefined) {
        await applyMigrations(databaseUrl);
        await withPostgresConnection(databaseUrl, (client) => seedPendingPromptsPostgres(client, seed));
        seededPostgres = database;
        console.log(`${DEPLOYMENTS[name].label}: seeded in ${elapsed(started)}`);
      } else {
        console.log(`${DEPLOYMENTS[name].label}: copied the seeded database in ${elapsed(started)}`);
      }
    }

    const deployments: Deployment[] = [];
    for (const name of names) {
      const databaseUrl = databaseUrls.get(name) ?? "";
      const instances: Server[] = [];
      // One after the other: each process's start → listening is its own, not three competing for the cores.
      for (let i = 0; i < DEPLOYMENTS[name].instances; i++) {
        const server = await spawnServer("service", { BENCH_DATABASE_URL: databaseUrl });
        servers.push(server);
        instances.push(server);
      }
      deployments.push({ label: DEPLOYMENTS[name].label, databaseUrl, servers: instances, prompts, sent: { paid: 0, unknown: 0, duplicate: 0 }, applied: [] });
    }
    const bareServer = await spawnServer("bare", {});
    servers.push(bareServer);
    const bare: LoadTarget = { label: "bare", servers: [bareServer], prompts, sent: { paid: 0, unknown: 0, duplicate: 0 }, applied: [] };
    const targets: LoadTarget[] = [...deployments, bare];
    const idle = new Map(await Promise.all(servers.map(async (server) => [server, await server.rss()] as const)));
    for (const server of servers) server.ask({ type: "sample", on: true });

    const paid = (target: LoadTarget) => () => paidCallback(Math.min(++target.sent.paid, target.prompts));
    const unknown = (target: LoadTarget) => () => paidCallback(++target.sent.unknown, `ws_CO_unknown_${target.sent.unknown}`);
    const duplicate = (target: LoadTarget) => () => paidCallback(target.applied[target.sent.duplicate++ % target.applied.length] ?? 1);
    const count = async (databaseUrl: string, sql: string) => Number((await querySql<{ count: number | string }>(databaseUrl, sql))[0]?.count);
    const readPaid = async (databaseUrl: string) =>
      (await querySql<{ id: number }>(databaseUrl, `SELECT "id" FROM "StkRequest" WHERE "state" = 'PAID' ORDER BY "id"`)).map((row) => row.id);
    /** Callbacks applied so far, whatever they turned out to be. */
    const settled = (databaseUrl: string) =>
      count(databaseUrl, `SELECT count(*) AS "count" FROM "MpesaCallback" WHERE "status" IN ('APPLIED', 'DUPLICATE', 'UNMATCHED')`);
    /** Waits until every process of `target` has answered what it received and applied what it accepted; the longest wait, in ms. */
    const drain = async (target: LoadTarget) => Math.max(...(await Promise.all(target.servers.map((server) => server.idle()))));

    const cases: { name: string; body: (target: LoadTarget) => () => string; before?: () => Promise<void> }[] = [
      { name: "paid callback, distinct pending prompt", body: paid },
      {
        name: "duplicate of an applied callback",
        body: duplicate,
        before: async () => {
          for (const deployment of deployments) deployment.applied = await readPaid(deployment.databaseUrl);
          // The bare route stores nothing: it sends the same bodies as the first deployment.
          bare.applied = deployments[0]?.applied ?? [];
        },
      },
      { name: "unknown CheckoutRequestID", body: unknown },
    ];
    const results: {
      name: string;
      summaries: Map<LoadTarget, ReturnType<typeof summary>>;
      drains: Map<Deployment, { totalMs: number; maxMs: number; applied: number; loadSeconds: number }>;
    }[] = [];
    for (const benchCase of cases) {
      await benchCase.before?.();
      const totals = new Map(targets.map((target) => [target, emptyTotals()]));
      const settledBefore = new Map(await Promise.all(deployments.map(async (deployment) => [deployment, await settled(deployment.databaseUrl)] as const)));
      const drains = new Map<LoadTarget, number[]>(deployments.map((deployment) => [deployment, []]));
      for (let i = 0; i < ROUNDS; i++) {
        for (const target of targets) {
          await round(
            load,
            target.servers.map((server) => server.port),
            roundSeconds,
            benchCase.body(target),
            totals.get(target) ?? emptyTotals(),
          );
          // The service answers once a callback is stored: it applies the rest after the load stopped.
          const drainMs = await drain(target);
          drains.get(target)?.push(drainMs);
        }
      }
      results.push({
        name: benchCase.name,
        summaries: new Map(targets.map((target) => [target, summary(totals.get(target) ?? emptyTotals())])),
        drains: new Map(
          await Promise.all(
            deployments.map(async (deployment) => {
              const times = drains.get(deployment) ?? [];
              return [
                deployment,
                {
                  totalMs: times.reduce((sum, time) => sum + time, 0),
                  maxMs: Math.max(...times),
                  applied: (await settled(deployment.databaseUrl)) - (settledBefore.get(deployment) ?? 0),
                  loadSeconds: totals.get(deployment)?.seconds ?? 0,
                },
              ] as const;
            }),
          ),
        ),
      });
    }
    const peak = new Map(await Promise.all(servers.map(async (server) => [server, await server.rss()] as const)));

    const width = Math.max(...targets.map((target) => target.label.length)) + 1;
    console.log("");
    console.log("Per case, over all rounds (latency percentiles pooled over every response):");
    for (const { name, summaries, drains } of results) {
      console.log(`\n${name}`);
      for (const target of targets) {
        const r = summaries.get(target);
        if (!r) continue;
        console.log(
          `  ${pad(target.label, width)} ${pad(`${r.rate.toFixed(0)} req/s`, 13)} p50 ${pad(ms(r.p50), 10)} p99 ${pad(ms(r.p99), 10)} max ${pad(ms(r.max), 10)}` +
            ` non-2xx ${(r.non2xxShare * 100).toFixed(2)}%  errors ${r.errors}  statuses ${r.statuses}`,
        );
      }
      const b = summaries.get(bare);
      for (const deployment of deployments) {
        const s = summaries.get(deployment);
        if (!s || !b) continue;
        console.log(`  ${deployment.label}/bare: ${((s.rate / b.rate) * 100).toFixed(1)}% of the rate, p99 ×${(s.p99 / b.p99).toFixed(1)}`);
      }
      for (const deployment of deployments) {
        const drain = drains.get(deployment);
        if (!drain) continue;
        console.log(
          `  ${deployment.label} applied ${drain.applied} callbacks: ${(drain.applied / (drain.loadSeconds + drain.totalMs / 1000)).toFixed(0)}/s over the load and the drain ` +
            `after it (${ms(drain.totalMs)} in all, at most ${ms(drain.maxMs)} after a round): the rate above is the acknowledgements'`,
        );
      }
    }

    for (const deployment of deployments) {
      const { databaseUrl, label } = deployment;
      const paidPrompts = (await readPaid(databaseUrl)).length;
      const paidPayments = await count(databaseUrl, `SELECT count(*) AS "count" FROM "Payment" WHERE "state" = 'PAID'`);
      const exactlyOnce = {
        accepted: await count(
          databaseUrl,
          `SELECT count(*) AS "count" FROM "MpesaCallback" WHERE "status" <> 'REJECTED' AND "checkoutRequestId" NOT LIKE 'ws_CO_unknown_%'`,
        ),
        notPaid: await count(
          databaseUrl,
          `SELECT count(*) AS "count" FROM "MpesaCallback" c JOIN "StkRequest" s ON s."checkoutRequestId" = c."checkoutRequestId" WHERE c."status" <> 'REJECTED' AND s."state" <> 'PAID'`,
        ),
        appliedTwice: await count(
          databaseUrl,
          `SELECT count(*) AS "count" FROM (SELECT "checkoutRequestId" FROM "MpesaCallback" WHERE "status" = 'APPLIED' GROUP BY "checkoutRequestId" HAVING count(*) > 1) AS twice`,
        ),
        paidWithoutCallback: await count(
          databaseUrl,
          `SELECT count(*) AS "count" FROM "StkRequest" s WHERE s."state" = 'PAID' AND NOT EXISTS (SELECT 1 FROM "MpesaCallback" c WHERE c."checkoutRequestId" = s."checkoutRequestId" AND c."status" = 'APPLIED')`,
        ),
        leftReceived: await count(databaseUrl, `SELECT count(*) AS "count" FROM "MpesaCallback" WHERE "status" = 'RECEIVED'`),
      };
      const acknowledgedPaid = results[0]?.summaries.get(deployment)?.acknowledged ?? 0;
      const processes = deployment.servers.length > 1 ? ` (${deployment.servers.length} processes, in the order they started)` : "";
      console.log("");
      console.log(
        `${label}: applied: ${paidPayments} payments PAID, ${paidPrompts} prompts PAID; the service acknowledged ${acknowledgedPaid} paid callbacks with 2xx ` +
          `(those in flight when a round ended were applied but not counted)${deployment.sent.paid > prompts ? "; ran out of prompts: later callbacks repeated the last" : ""}`,
      );
      console.log(
        `${label}: exactly once: ${exactlyOnce.accepted} callbacks for known prompts accepted; ${exactlyOnce.notPaid} of them for a prompt not PAID; ` +
          `prompts PAID by more than one callback ${exactlyOnce.appliedTwice}, by none ${exactlyOnce.paidWithoutCallback}; callbacks left RECEIVED ${exactlyOnce.leftReceived}`,
      );
      console.log(
        `${label}: start → listening ${each(deployment.servers, (server) => ms(server.processStartToListeningMs))} from process start ` +
          `(${each(deployment.servers, (server) => ms(server.buildToListeningMs))} of it loading the modules, checking migrations, opening the database, building, listening)${processes}`,
      );
    }
    console.log("");
    for (const target of targets) {
      console.log(
        `${pad(`${target.label}:`, width + 1)} RSS idle ${each(target.servers, (server) => mb(idle.get(server)?.rss ?? NaN))}, ` +
          `peak under load ${each(target.servers, (server) => mb(peak.get(server)?.peak ?? NaN))}`,
      );
    }

    for (const server of servers) server.ask({ type: "stop" });
    await Promise.all(servers.map((server) => new Promise((resolve) => server.child.once("exit", resolve))));
  } finally {
    // After a failure: no server is left listening, nor connected to the cluster being stopped.
    for (const server of servers) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const role = process.argv[2];
if (role === "service" || role === "bare") await serve(role);
else await drive();
