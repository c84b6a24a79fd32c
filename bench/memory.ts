// The memory benchmark (`npm run bench:memory`): the built service as `npm start` runs it (node dist/main.js,
// with the fake Telegram Bot API and the M-Pesa simulator), on a database of BENCH_PROMPTS pending prompts
// (default 20,000). Prints the time from the process's start to "café desk is running", its RSS once idle,
// and its peak RSS while paid callbacks for distinct prompts arrive (50 connections, BENCH_SECONDS, default
// 10). Node's flags are those of `npm start`, or BENCH_NODE_FLAGS to try others. Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { applyMigrations } from "../src/db/migrations.js";
import { projectRoot } from "../src/project-root.js";
import { FakeTelegram, FAKE_TOKEN } from "../test/support/fake-telegram.js";
import { freePort } from "../test/support/service-process.js";
import { paidCallback, seedPendingPrompts } from "./fixtures.js";
import { serviceNodeFlags } from "./node-flags.js";

const PROMPTS = Number(process.env.BENCH_PROMPTS ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FLAGS = serviceNodeFlags(projectRoot);
/** How long the service runs before its idle RSS is read: the start-up's garbage is collected by then. */
const SETTLE_MS = 3_000;
const RSS_SAMPLE_EVERY_MS = 100;

const megabytes = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

const dir = mkdtempSync(path.join(os.tmpdir(), "cafe-bench-memory-"));
const file = path.join(dir, "bench.db");
const telegram = await new FakeTelegram().start();
try {
  await applyMigrations(`file:${file}`);
  const sqlite = new Database(file);
  seedPendingPrompts(sqlite, { prompts: PROMPTS, managers: 1, operators: 0, nextQueryAt: new Date(Date.now() + 86_400_000) });
  sqlite.close();
  const port = await freePort();
  const service = spawn(process.execPath, [...FLAGS, "dist/main.js"], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? "",
      ENV_FILE: "/dev/null",
      LOG_FORMAT: "json",
      LOG_LEVEL: "info",
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      MPESA_ENVIRONMENT: "simulator",
      DATABASE_URL: `file:${file}`,
      HOST: "127.0.0.1",
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const pid = service.pid ?? 0;
  const started = performance.now();
  // Written once the server listens and the background jobs have started.
  await new Promise<void>((resolve, reject) => {
    let output = "";
    service.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("café desk is running")) resolve();
    });
    service.once("exit", (code) => reject(new Error(`the service exited (${String(code)})`)));
  });
  const startToRunning = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const idle = megabytes(pid);
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, megabytes(pid))), RSS_SAMPLE_EVERY_MS);
  let sent = 0;
  const load = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 50,
    duration: SECONDS,
    requests: [
      {
        method: "POST",
        path: "/mpesa/callback/",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: paidCallback(Math.min(++sent, PROMPTS)) }),
      },
    ],
  });
  clearInterval(sampler);
  console.log(`node ${[...FLAGS, "dist/main.js"].join(" ")}, ${PROMPTS} pending prompts:`);
  console.log(`  start → running ${startToRunning.toFixed(0)} ms; RSS idle ${idle.toFixed(0)} MB, peak under load ${peak.toFixed(0)} MB`);
  console.log(`  paid callbacks: ${load.requests.average.toFixed(0)} req/s, p99 ${load.latency.p99} ms, max ${load.latency.max} ms, non-2xx ${load.non2xx}`);
  service.kill("SIGTERM");
  await new Promise((resolve) => service.once("exit", resolve));
} finally {
  await telegram.stop();
  rmSync(dir, { recursive: true, force: true });
}
