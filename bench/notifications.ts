// The notification-latency benchmark (`npm run bench:notifications`): a steady stream of paid M-Pesa
// callbacks into the real service (buildApp, its HTTP route and background jobs, the outbox sender
// included, in a child process of its own: this file with "service" as argument), each for a prompt
// whose "waiting for PIN" message sits in one of many operators' chats, with a fake Telegram that
// enforces Telegram's limits (429 with retry_after past them). Measures the time from a callback's
// request to the edit of the operator's message reaching Telegram, and what the managers received.
// Prints figures; asserts nothing: they depend on the machine.
//
// BENCH_NOTIFY_RATE callbacks per second (default 50) for BENCH_NOTIFY_SECONDS (default 20), spread over
// BENCH_NOTIFY_OPERATORS operators' chats (default 500), with BENCH_NOTIFY_MANAGERS managers (default 2).
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { applyMigrations } from "../src/db/migrations.js";
import { projectRoot } from "../src/project-root.js";
import { FAKE_BOT_INFO, FAKE_TOKEN, FakeTelegram } from "../test/support/fake-telegram.js";
import { freePort } from "../test/support/service-process.js";
import { MANAGER_CHAT, OPERATOR_CHAT, paidCallback, seedPendingPrompts } from "./fixtures.js";

/** After the last callback, how long the edits still missing are waited for. */
const GRACE_MS = 60_000;

/** The service as src/main.ts builds it, with its background jobs, talking to the fake Telegram; reports its port. */
async function serve(): Promise<void> {
  const [{ buildApp }, { parseConfig }, { openDb }, { createLogger }] = await Promise.all([
    import("../src/app.js"),
    import("../src/config/index.js"),
    import("../src/db/client.js"),
    import("../src/logger.js"),
  ]);
  const port = await freePort();
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
  const config = parseConfig({
    TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
    TELEGRAM_API_ROOT: process.env.BENCH_TELEGRAM_URL ?? "",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    MPESA_ENVIRONMENT: "simulator",
  });
  const logger = createLogger({ level: "silent", format: "json", secrets: [FAKE_TOKEN] });
  const db = await openDb(databaseUrl);
  const app = buildApp({ config, logger, db, botInfo: FAKE_BOT_INFO });
  await app.server.listen({ host: "127.0.0.1", port });
  await app.jobs.start();
  process.on("message", () => {
    void (async () => {
      await app.jobs.stop();
      await app.server.close();
      await db.$disconnect();
      process.exit(0);
    })();
  });
  process.send?.({ port });
}

/** Starts the service's process; resolves with its port and a way to stop it. */
async function spawnService(env: Record<string, string>): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = fork(fileURLToPath(import.meta.url), ["service"], { cwd: projectRoot, execArgv: ["--import", "tsx"], env: { ...process.env, ...env } });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message: { port: number }) => resolve(message.port));
    child.once("exit", (code) => reject(new Error(`the service exited (${String(code)}) before listening`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send("stop");
      await exited;
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  const rate = Number(process.env.BENCH_NOTIFY_RATE ?? 50);
  const seconds = Number(process.env.BENCH_NOTIFY_SECONDS ?? 20);
  const operators = Number(process.env.BENCH_NOTIFY_OPERATORS ?? 500);
  const managers = Number(process.env.BENCH_NOTIFY_MANAGERS ?? 2);
  const callbacks = rate * seconds;
  const dir = mkdtempSync(path.join(os.tmpdir(), "cafe-bench-notify-"));
  const file = path.join(dir, "bench.db");
  const databaseUrl = `file:${file}`;
  // The fake's clock and the load's: one monotonic clock for both ends of each measurement.
  const clock = () => performance.now();
  const telegram = await new FakeTelegram().start();
  let service: Awaited<ReturnType<typeof spawnService>> | undefined;
  try {
    console.log(
      `Notification benchmark: ${rate} paid callbacks/s for ${seconds} s (${callbacks}), over ${operators} operators' chats, ${managers} managers; ` +
        "the fake Telegram enforces 30 messages/s per bot, 1/s per chat, 20/min per group",
    );
    const messageIds: number[] = [];
    for (let n = 1; n <= callbacks; n++) messageIds[n] = telegram.addMessage(OPERATOR_CHAT + (n % operators), "⏳ Waiting for the customer's PIN…");
    await applyMigrations(databaseUrl);
    const seeding = new Database(file);
    // Not due for an STK query during the run: only the callbacks settle the prompts.
    seedPendingPrompts(seeding, {
      prompts: callbacks,
      managers,
      operators,
      nextQueryAt: new Date(Date.now() + 60 * 60_000),
      messageId: (n) => messageIds[n] ?? n,
    });
    seeding.close();
    telegram.enforceLimits({ now: clock });

    service = await spawnService({ BENCH_DATABASE_URL: databaseUrl, BENCH_TELEGRAM_URL: telegram.url });
    const { port } = service;

    // Open loop: a callback every 1/rate s whatever the answers, as M-Pesa sends them.
    const postedAt: number[] = [];
    const answerMs: number[] = [];
    const answeredAt: number[] = [];
    const answers: Promise<unknown>[] = [];
    let refused = 0;
    let failed = 0;
    const started = clock();
    for (let n = 1; n <= callbacks; n++) {
      const due = started + ((n - 1) * 1000) / rate;
      const wait = due - clock();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      postedAt[n] = clock();
      answers.push(
        fetch(`http://127.0.0.1:${port}/mpesa/callback/`, { method: "POST", headers: { "content-type": "application/json" }, body: paidCallback(n) }).then(
          async (response) => {
            const at = clock();
            answeredAt[n] = at;
            answerMs.push(at - (postedAt[n] ?? NaN));
            if (!response.ok) refused++;
            await response.arrayBuffer();
          },
          () => failed++,
        ),
      );
    }
    await Promise.all(answers);
    const loadEnded = clock();

    const edited = new Map<number, number>();
    const readEdits = () => {
      for (const call of telegram.calls) {
        if (call.method !== "editMessageText" || call.status !== 200) continue;
        const messageId = Number(call.params.message_id);
        if (!edited.has(messageId)) edited.set(messageId, call.at);
      }
    };
    readEdits();
    while (edited.size < callbacks && clock() - loadEnded < GRACE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      readEdits();
    }
    const waited = clock() - loadEnded;

    const latencies: number[] = [];
    const afterAnswer: number[] = [];
    for (let n = 1; n <= callbacks; n++) {
      const at = edited.get(messageIds[n] ?? 0);
      const posted = postedAt[n];
      const answered = answeredAt[n];
      if (at !== undefined && posted !== undefined) latencies.push(at - posted);
      if (at !== undefined && answered !== undefined) afterAnswer.push(at - answered);
    }
    latencies.sort((a, b) => a - b);
    afterAnswer.sort((a, b) => a - b);
    const managerChats = new Set(Array.from({ length: managers }, (_, i) => MANAGER_CHAT + i));
    const managerMessages = telegram.calls.filter(
      (call) => call.method === "sendMessage" && call.status === 200 && managerChats.has(Number(call.params.chat_id)),
    );
    await service.stop();
    service = undefined;
    const sqlite = new Database(file, { readonly: true });
    const outbox = sqlite
      .prepare(`SELECT "status", "coalesced", count(*) AS "count" FROM "OutboxMessage" WHERE "chatId" >= ? AND "chatId" < ? GROUP BY "status", "coalesced"`)
      .all(MANAGER_CHAT, MANAGER_CHAT + managers) as { status: string; coalesced: number; count: number }[];
    sqlite.close();

    console.log("");
    answerMs.sort((a, b) => a - b);
    console.log(
      `callbacks: ${callbacks} posted in ${((loadEnded - started) / 1000).toFixed(1)} s, ${refused} refused, ${failed} failed (no answer); ` +
        `answered p50 ${ms(percentile(answerMs, 50))}, p99 ${ms(percentile(answerMs, 99))}`,
    );
    console.log(
      `operators' edits: ${latencies.length} of ${callbacks} arrived (waited ${(waited / 1000).toFixed(1)} s after the last callback); ` +
        `callback → edit p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? NaN)}; ` +
        `answer → edit (applying and sending, after the callback was stored) p50 ${ms(percentile(afterAnswer, 50))}, p99 ${ms(percentile(afterAnswer, 99))}`,
    );
    console.log(
      `managers: ${managerMessages.length} messages received for ${callbacks * managers} notices; ` +
        `their outbox rows: ${outbox.map((group) => `${group.status}${group.coalesced ? " (in a summary)" : ""} ${group.count}`).join(", ")}`,
    );
    console.log(`429s from the fake Telegram: ${telegram.rateLimited}`);
  } finally {
    await service?.stop();
    await telegram.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "service") await serve();
else await main();
