import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_TOKEN, FakeTelegram } from "./support/fake-telegram.js";
import { freePort, runCommand, startService } from "./support/service-process.js";
import { querySql } from "./support/sql.js";
import { onPostgres, tempDatabaseUrl, tempDir } from "./support/temp.js";

const file = tempDir("cafe-main-");
/** A new, empty database of the kind the suite runs on (SQLite, or PostgreSQL with `npm run test:pg`): the service migrates it. */
const newDatabaseUrl = tempDatabaseUrl();

// Each test starts one to three real service processes (tsx compiles on each start): on a busy
// two-core machine that alone can take most of vitest's default 20 s.
/** The update Telegram sends when `from` opens a join link: `/start <code>` in their private chat. */
function startWithCode(from: { id: number; is_bot: boolean; first_name: string }, code: string): Record<string, unknown> {
  return {
    message: {
      message_id: 1,
      date: 1795900000,
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      text: `/start ${code}`,
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  };
}

describe("the service process", { timeout: 60_000 }, () => {
  const telegram = new FakeTelegram();
  beforeAll(() => telegram.start());
  afterAll(() => telegram.stop());

  it("starts with only a bot token, creates and migrates its SQLite file, answers /healthz and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const dbFile = file("data/cafe.db");
    const service = startService({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: `file:${dbFile}`,
      HOST: "127.0.0.1",
      PORT: String(port),
    });
    const running = await service.waitForLog("café desk is running");
    expect(running).toMatchObject({ bot: "cafe_desk_bot", database: `SQLite ${dbFile}`, mpesa: "simulator", mode: "polling" });
    expect(service.logs[0]).toMatchObject({ msg: "opening the database", database: `SQLite ${dbFile}` });
    expect(service.logs.find((line) => line.msg === "database migrated")).toBeDefined();

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", database: "ok" });

    expect(existsSync(dbFile)).toBe(true);
    const db = new Database(dbFile, { readonly: true });
    const migrated = db.prepare("SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL").get() as { n: number };
    db.close();
    expect(migrated.n).toBeGreaterThan(0);

    await telegram.waitForCall((call) => call.method === "getMe");
    await telegram.waitForCall((call) => call.method === "deleteWebhook");

    // No manager yet: the log carries a one-time link, and whoever opens it becomes the first manager.
    const setup = service.logs.find((line) => String(line.msg).startsWith("No manager yet"));
    const code = /start=([\w-]+)$/.exec(String(setup?.link))?.[1];
    expect(code).toBeDefined();
    const owner = { id: 424242, is_bot: false, first_name: "Wanjiru" };
    telegram.pushUpdate(startWithCode(owner, code!));
    const welcome = await telegram.waitForCall((call) => call.method === "sendMessage" && call.params.chat_id === owner.id);
    expect(String(welcome.params.text)).toContain("Hello Wanjiru. You are a manager here.");

    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
    expect(service.logs.map((line) => line.msg)).toContain("stopped");
    expect(JSON.stringify(service.logs)).not.toContain(FAKE_TOKEN);
  });

  it("with MPESA_C2B_REGISTER=true registers its C2B URLs once it listens (here with the built-in simulator) and says so", async () => {
    const port = await freePort();
    const service = startService({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: await newDatabaseUrl(),
      HOST: "127.0.0.1",
      PORT: String(port),
      MPESA_C2B_REGISTER: "true",
    });
    const registered = await service.waitForLog(/^C2B URLs registered with Daraja for 174379\. Production registers a shortcode's URLs once/);
    expect(registered).toMatchObject({
      level: 30,
      confirmationUrl: `http://127.0.0.1:${port}/payments/confirmation/`,
      validationUrl: `http://127.0.0.1:${port}/payments/validation/`,
      responseType: "Completed",
    });
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });

  it("in production, off a terminal, logs no first-manager link; `npm run invite -- manager` prints one that works", async () => {
    const databaseUrl = await newDatabaseUrl();
    const env = {
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      MPESA_ENVIRONMENT: "simulator",
    };
    const service = startService({ ...env, PORT: String(await freePort()) });
    await service.waitForLog("café desk is running");
    const setup = service.logs.find((line) => String(line.msg).startsWith("No manager yet"));
    expect(setup?.msg).toContain("npm run invite -- manager");
    expect(setup?.link).toBeUndefined();
    expect(service.stdout()).not.toContain("t.me/");
    expect(await querySql(databaseUrl, `SELECT "id" FROM "Invite"`)).toEqual([]);

    expect(await runCommand("src/invite.ts", ["boss"], env)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Usage: npm run invite -- manager") as unknown,
    });
    const invite = await runCommand("src/invite.ts", ["manager"], env);
    expect(invite.stderr).toBe("");
    expect(invite.code).toBe(0);
    expect(invite.stdout).toContain("Invite link for a manager:");
    expect(invite.stdout).not.toContain(FAKE_TOKEN);
    const code = /^https:\/\/t\.me\/cafe_desk_bot\?start=([\w-]+)$/m.exec(invite.stdout)?.[1];
    expect(code, invite.stdout).toBeDefined();
    const owner = { id: 515151, is_bot: false, first_name: "Akinyi" };
    telegram.pushUpdate(startWithCode(owner, code!));
    const welcome = await telegram.waitForCall((call) => call.method === "sendMessage" && call.params.chat_id === owner.id);
    expect(String(welcome.params.text)).toContain("Hello Akinyi. You are a manager here.");

    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });

  it("`npm run invite` says so when Telegram refuses the token (without writing it), or the database is not set up or cannot be reached", async () => {
    const token = "7000000001:AAF-this-token-was-revoked-0123456789";
    const result = await runCommand("src/invite.ts", ["operator"], {
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: await newDatabaseUrl(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Telegram refused TELEGRAM_BOT_TOKEN");
    expect(result.stdout + result.stderr).not.toContain("this-token-was-revoked");

    const fresh = await runCommand("src/invite.ts", ["operator"], {
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: await newDatabaseUrl(),
    });
    expect(fresh).toMatchObject({ code: 1, stderr: expect.stringContaining("The database is not set up yet: start the service once (npm start)") as unknown });

    const unreachable = await runCommand("src/invite.ts", ["operator"], {
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: `postgresql://cafe:pa55-w0rd@127.0.0.1:${await freePort()}/cafe`,
    });
    expect(unreachable).toMatchObject({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(/^Cannot reach the database \(PostgreSQL 127\.0\.0\.1:\d+\/cafe\): [^\n]+\n$/) as unknown,
    });
  });

  it("on a second start applies no migration again", async () => {
    const port = await freePort();
    const env = {
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: await newDatabaseUrl(),
      HOST: "127.0.0.1",
      PORT: String(port),
    };
    const first = startService(env);
    await first.waitForLog("café desk is running");
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);

    const second = startService(env);
    await second.waitForLog("café desk is running");
    expect(second.logs.find((line) => line.msg === "database migrated")).toBeUndefined();
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
  });

  it("refuses a second process on the same SQLite file in one sentence, and starts again after the first one crashed", async () => {
    const dbFile = file("shared.db");
    const env = async () => ({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: `file:${dbFile}`,
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
    });
    const first = startService(await env());
    await first.waitForLog("café desk is running");

    const second = startService(await env());
    const outcome = await Promise.race([
      second.exited,
      second.waitForLog("café desk is running").then(
        () => "running",
        () => "exited",
      ),
    ]);
    if (outcome === "running") second.child.kill("SIGTERM");
    expect(outcome).toBe(1);
    expect(second.logs.map((line) => line.msg)).toEqual([
      "opening the database",
      `Another process is using the database file ${dbFile}: one SQLite file serves one running service, so stop the other one first.`,
    ]);
    expect(second.stderr()).toBe("");

    // A crash leaves no lock behind.
    first.child.kill("SIGKILL");
    await first.exited;
    const third = startService(await env());
    await third.waitForLog("café desk is running");
    third.child.kill("SIGTERM");
    expect(await third.exited).toBe(0);
  });

  it("in webhook mode registers the webhook with its secret and the update types it handles", async () => {
    const port = await freePort();
    const service = startService({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: await newDatabaseUrl(),
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: "https://desk.example.co.ke",
      TELEGRAM_WEBHOOK_SECRET: "hook-secret-123",
      MPESA_ENVIRONMENT: "simulator",
    });
    await service.waitForLog("café desk is running");
    const call = await telegram.waitForCall((c) => c.method === "setWebhook");
    expect(call.params).toMatchObject({
      url: "https://desk.example.co.ke/telegram/webhook",
      secret_token: "hook-secret-123",
      allowed_updates: ["message", "callback_query"],
    });
    const refused = await fetch(`http://127.0.0.1:${port}/telegram/webhook`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(refused.status).toBe(401);
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });

  it("while polling, Telegram going away is logged without the bot token; nothing else prints it", async () => {
    const own = await new FakeTelegram().start();
    const service = startService({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: own.url,
      DATABASE_URL: await newDatabaseUrl(),
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
    });
    await service.waitForLog("café desk is running");
    await own.stop();
    // The runner keeps retrying: wait for two failures to be logged, or for anything on stderr.
    const failures = () => service.logs.filter((line) => /^Telegram cannot be reached for updates/.test(String(line.msg)));
    await service.waitFor(() => failures().length >= 2 || service.stderr() !== "");
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
    expect(service.stderr()).not.toContain(FAKE_TOKEN);
    expect(service.stdout()).not.toContain(FAKE_TOKEN);
    expect(service.stderr()).toBe("");
    expect(JSON.stringify(failures()[0]?.err)).toContain("getUpdates");
  });

  it("when polling cannot go on (another instance polls with the same token), logs why and stops", async () => {
    const own = await new FakeTelegram().start();
    own.failUpdates(1, { status: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" });
    const service = startService({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: own.url,
      DATABASE_URL: await newDatabaseUrl(),
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
    });
    expect(await service.exited).toBe(1);
    await own.stop();
    expect(service.stderr()).toBe("");
    const stopped = service.logs.find((line) => line.msg === "polling Telegram stopped");
    expect(JSON.stringify(stopped?.err)).toContain("Conflict: terminated by other getUpdates request");
    expect(service.logs.map((line) => line.msg)).toContain("stopped");
  });

  it("refuses a PostgreSQL server it cannot reach in one sentence that names it without its password", async () => {
    const port = await freePort();
    const service = startService({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      // Nothing listens on a port just found free.
      DATABASE_URL: `postgresql://cafe:pa55-w0rd@127.0.0.1:${await freePort()}/cafe`,
      HOST: "127.0.0.1",
      PORT: String(port),
    });
    expect(await service.exited).toBe(1);
    expect(service.logs.map((line) => line.msg)).toEqual([
      "opening the database",
      expect.stringMatching(
        /^Cannot reach the database \(PostgreSQL 127\.0\.0\.1:\d+\/cafe\): nothing accepts connections at that address\. Check DATABASE_URL/,
      ),
    ]);
    expect(service.stderr()).toBe("");
    expect(service.stdout()).not.toContain("pa55-w0rd");
  });

  it.runIf(onPostgres)("on PostgreSQL, migrates a new database, names it (host:port/database) and answers /healthz", async () => {
    const port = await freePort();
    const databaseUrl = await newDatabaseUrl();
    const service = startService({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: String(port),
    });
    const { hostname, port: databasePort, pathname } = new URL(databaseUrl);
    const running = await service.waitForLog("café desk is running");
    expect(running).toMatchObject({ database: `PostgreSQL ${hostname}:${databasePort}${pathname}` });
    expect(service.logs.find((line) => line.msg === "database migrated")).toBeDefined();
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ status: "ok", database: "ok" });
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });

  it("refuses to start without a bot token, with one clear message and no stack trace", async () => {
    const service = startService({ PORT: "eighty" });
    expect(await service.exited).toBe(1);
    const message = service.stderr();
    expect(message).toContain("The service cannot start: 2 settings need attention.");
    expect(message).toContain("TELEGRAM_BOT_TOKEN is required");
    expect(message).toContain("PORT must be a whole number");
    expect(message).not.toMatch(/\n\s+at /);
  });

  it("says so when Telegram refuses the token", async () => {
    const service = startService({
      TELEGRAM_BOT_TOKEN: "7000000001:AAF-this-token-was-revoked-0123456789",
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: await newDatabaseUrl(),
      PORT: String(await freePort()),
    });
    expect(await service.exited).toBe(1);
    expect(service.logs.map((line) => line.msg)).toContain("Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather");
    expect(JSON.stringify(service.logs)).not.toContain("this-token-was-revoked");
  });
});
