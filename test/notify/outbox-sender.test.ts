import { PassThrough } from "node:stream";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDb, type Db } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { OutboxSender, outboxRetryDelayMs, type OutboxSenderOptions } from "../../src/notify/outbox-sender.js";
import { enqueueMessages, type OutboxEntry, type OutboxPayload } from "../../src/services/outbox.js";
import { TestClock } from "../support/clock.js";
import { interceptQueries } from "../support/db-faults.js";
import { FAKE_TOKEN, FakeTelegram } from "../support/fake-telegram.js";
import { migratedDatabaseUrl } from "../support/temp.js";

const newDatabaseUrl = migratedDatabaseUrl();
const T0 = new Date("2026-12-01T08:00:00.000Z");
const OPERATOR = 5001;
const MANAGER = 6001;
const OTHER_MANAGER = 6002;

/** A logger whose JSON lines the test can read back. */
function capturedLogger() {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  const logger = createLogger({ level: "info", format: "json", secrets: [FAKE_TOKEN], destination: stream });
  return { logger, lines, flush: () => new Promise<void>((resolve) => setImmediate(resolve)) };
}

/** Lets the event loop run (I/O callbacks, stream events) without waiting for any amount of time. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("outboxRetryDelayMs", () => {
  it("backs off 2 s, doubling, capped at 5 minutes", () => {
    expect([1, 2, 3, 4, 8, 9, 60].map(outboxRetryDelayMs)).toEqual([2000, 4000, 8000, 16_000, 256_000, 300_000, 300_000]);
  });
});

describe("OutboxSender", () => {
  let telegram: FakeTelegram;
  let url: string;
  let db: Db;
  let clock: TestClock;
  let log: ReturnType<typeof capturedLogger>;
  const extraDbs: Db[] = [];

  beforeEach(async () => {
    telegram = await new FakeTelegram().start();
    url = await newDatabaseUrl();
    db = await openDb(url);
    clock = new TestClock(T0);
    log = capturedLogger();
  });

  afterEach(async () => {
    await db.$disconnect();
    for (const other of extraDbs.splice(0)) await other.$disconnect();
    await telegram.stop();
  });

  function api(apiRoot = telegram.url): Api {
    return new Api(FAKE_TOKEN, { apiRoot });
  }

  function sender(options: Partial<OutboxSenderOptions> = {}): OutboxSender {
    return new OutboxSender({ db, api: api(), now: clock.now, logger: log.logger, instanceId: "sender-1", defaultLocale: "en", ...options });
  }

  async function openAnotherDb(): Promise<Db> {
    const other = await openDb(url);
    extraDbs.push(other);
    return other;
  }

  async function enqueue(...entries: OutboxEntry[]): Promise<void> {
    await db.$transaction(async (tx) => enqueueMessages(tx, entries, clock.now()));
  }

  function entry(dedupeKey: string, chatId: number, text: string, extra: Partial<OutboxPayload> = {}): OutboxEntry {
    return { dedupeKey, chatId, payload: () => ({ text, ...extra }) };
  }

  function row(dedupeKey: string) {
    return db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });
  }

  /** Texts Telegram accepted with sendMessage (failed calls are in `calls` too, so count the stored messages). */
  function delivered(chatId: number): string[] {
    return telegram.messagesIn(chatId).map((message) => message.text ?? "");
  }

  it("sends a new message with its buttons as an inline keyboard, marks it SENT and never sends it again", async () => {
    await enqueue(
      entry("stk:1:FAILED:chat:5001", OPERATOR, "Failed: cancelled by the customer", {
        buttons: [
          [
            { text: "Resend", data: "resend:1" },
            { text: "Cash", data: "cash:1" },
          ],
        ],
      }),
    );
    const outbox = sender();

    clock.advance(1000);
    expect(await outbox.tick()).toBe(1);

    const [call] = telegram.callsOf("sendMessage");
    expect(call?.params).toMatchObject({
      chat_id: OPERATOR,
      text: "Failed: cancelled by the customer",
      reply_markup: {
        inline_keyboard: [
          [
            { text: "Resend", callback_data: "resend:1" },
            { text: "Cash", callback_data: "cash:1" },
          ],
        ],
      },
    });
    const sent = await row("stk:1:FAILED:chat:5001");
    expect(sent).toMatchObject({ status: "SENT", sentAt: clock.now(), claimedBy: null, claimedUntil: null, attempts: 0 });

    clock.advance(60 * 60_000);
    expect(await outbox.tick()).toBe(0);
    expect(telegram.callsOf("sendMessage")).toHaveLength(1);
  });

  it("edits the 'waiting for PIN' message into the result, with buttons on failure and without them on success", async () => {
    const waitingMarkup = { inline_keyboard: [[{ text: "Check now", callback_data: "check:1" }]] };
    const first = await api().sendMessage(OPERATOR, "Waiting for the customer's PIN…", { reply_markup: waitingMarkup });
    const second = await api().sendMessage(OPERATOR, "Waiting for the customer's PIN…", { reply_markup: waitingMarkup });
    await enqueue(
      entry("stk:1:FAILED:chat:5001", OPERATOR, "Failed: cancelled by the customer", {
        editMessageId: first.message_id,
        buttons: [
          [
            { text: "Resend", data: "resend:1" },
            { text: "Cash", data: "cash:1" },
          ],
        ],
      }),
    );
    const outbox = sender();

    expect(await outbox.tick()).toBe(1);
    expect(telegram.message(OPERATOR, first.message_id)).toMatchObject({
      text: "Failed: cancelled by the customer",
      reply_markup: {
        inline_keyboard: [
          [
            { text: "Resend", callback_data: "resend:1" },
            { text: "Cash", callback_data: "cash:1" },
          ],
        ],
      },
    });

    await enqueue(entry("stk:2:PAID:chat:5001", OPERATOR, "Paid: KES 150, receipt QJK1", { editMessageId: second.message_id }));
    clock.advance(1000); // the chat's pace
    expect(await outbox.tick()).toBe(1);
    const paid = telegram.message(OPERATOR, second.message_id);
    expect(paid?.text).toBe("Paid: KES 150, receipt QJK1");
    expect(paid?.reply_markup).toBeUndefined();

    // Only the two set-up messages were ever sent: the results were edits.
    expect(telegram.callsOf("sendMessage")).toHaveLength(2);
    expect(telegram.callsOf("editMessageText")).toHaveLength(2);
    expect((await row("stk:1:FAILED:chat:5001")).status).toBe("SENT");
    expect((await row("stk:2:PAID:chat:5001")).status).toBe("SENT");
  });

  it("sends and edits without link previews, whatever the text holds", async () => {
    const waiting = await api().sendMessage(OPERATOR, "Waiting for the customer's PIN…");
    await enqueue(
      entry("edit", OPERATOR, "Paid, see https://evil.example/refund", { editMessageId: waiting.message_id }),
      entry("new", MANAGER, "Paid, see https://evil.example/refund"),
    );
    expect(await sender().tick()).toBe(2);
    const calls = [...telegram.callsOf("editMessageText"), ...telegram.callsOf("sendMessage").filter((call) => Number(call.params.chat_id) === MANAGER)];
    expect(calls).toHaveLength(2);
    for (const call of calls) expect(call.params.link_preview_options).toEqual({ is_disabled: true });
  });

  it("sends a new message when the message to edit is gone or cannot be edited", async () => {
    const old = await api().sendMessage(MANAGER, "Waiting for the customer's PIN…");
    await enqueue(entry("missing", OPERATOR, "Paid: receipt QJK1", { editMessageId: 999_999, buttons: [[{ text: "Receipt", data: "r:1" }]] }));
    const outbox = sender();

    // The fake answers "Bad Request: message to edit not found".
    expect(await outbox.tick()).toBe(1);
    // Telegram refuses edits of messages older than 48 hours.
    await enqueue(entry("too-old", MANAGER, "Paid: receipt QJK2", { editMessageId: old.message_id }));
    telegram.failNext(1, { status: 400, description: "Bad Request: message can't be edited" });
    expect(await outbox.tick()).toBe(1);

    expect(telegram.callsOf("editMessageText").map((call) => call.params.message_id)).toEqual([999_999, old.message_id]);
    const sends = telegram.callsOf("sendMessage").slice(1);
    expect(sends.map((call) => [call.params.chat_id, call.params.text])).toEqual([
      [OPERATOR, "Paid: receipt QJK1"],
      [MANAGER, "Paid: receipt QJK2"],
    ]);
    expect(sends[0]?.params.reply_markup).toEqual({ inline_keyboard: [[{ text: "Receipt", callback_data: "r:1" }]] });
    expect(telegram.message(MANAGER, old.message_id)?.text).toBe("Waiting for the customer's PIN…");
    expect(await row("missing")).toMatchObject({ status: "SENT", attempts: 0 });
    expect(await row("too-old")).toMatchObject({ status: "SENT", attempts: 0 });
  });

  it("counts 'message is not modified' as delivered without sending a new message", async () => {
    const already = await api().sendMessage(OPERATOR, "Paid: receipt QJK1");
    await enqueue(entry("same", OPERATOR, "Paid: receipt QJK1", { editMessageId: already.message_id }));

    expect(await sender().tick()).toBe(1);

    expect(telegram.callsOf("editMessageText")).toHaveLength(1);
    expect(telegram.callsOf("sendMessage")).toHaveLength(1);
    expect(await row("same")).toMatchObject({ status: "SENT", attempts: 0 });
  });

  it("sends the oldest row of every chat at once, and a chat's next row a second later (its pace)", async () => {
    await enqueue(entry("c", OTHER_MANAGER, "third chat, oldest"));
    clock.advance(1000);
    await enqueue(entry("a1", OPERATOR, "operator 1"));
    clock.advance(1000);
    await enqueue(entry("m", MANAGER, "manager"));
    clock.advance(1000);
    await enqueue(entry("a2", OPERATOR, "operator 2"));
    const outbox = sender();

    expect(await outbox.tick()).toBe(3);
    expect(await outbox.tick()).toBe(0);
    expect(outbox.pacedUntil()).toEqual(new Date(clock.now().getTime() + 1000));
    clock.advance(999);
    expect(await outbox.tick()).toBe(0);
    clock.advance(1);
    expect(await outbox.tick()).toBe(1);
    expect(outbox.pacedUntil()).toBeUndefined();

    expect(telegram.callsOf("sendMessage").map((call) => call.params.text)).toEqual(["third chat, oldest", "operator 1", "manager", "operator 2"]);
  });

  it("one chat's backlog does not delay the others: every chat with a due row gets its oldest in the same round", async () => {
    telegram.enforceLimits({ now: () => clock.now().getTime() });
    await enqueue(...Array.from({ length: 100 }, (_, i) => entry(`m${i}`, MANAGER, `manager ${i}`)));
    const operators = Array.from({ length: 20 }, (_, i) => 7000 + i);
    await enqueue(...operators.map((chat) => entry(`o${chat}`, chat, `operator ${chat}`)));
    const outbox = sender();

    expect(await outbox.tick()).toBe(21);

    for (const chat of operators) expect(delivered(chat)).toEqual([`operator ${chat}`]);
    expect(delivered(MANAGER)).toEqual(["manager 0"]);
    expect(telegram.rateLimited).toBe(0);
  });

  it("a manager's flood of routine notices becomes one summary a minute; each notice is counted once and none is lost", async () => {
    telegram.enforceLimits({ now: () => clock.now().getTime() });
    const paid = (i: number, amountKes: number) => entry(`paid:${i}`, MANAGER, `✅ KES ${amountKes} paid ${i}`, { summary: { kind: "mpesa_paid", amountKes } });
    await enqueue(...Array.from({ length: 30 }, (_, i) => paid(i, 100)), entry("cash", MANAGER, "💵 cash", { summary: { kind: "cash_paid", amountKes: 50 } }));
    const waiting = await api().sendMessage(OPERATOR, "Waiting for the customer's PIN…");
    await enqueue(entry("edit", OPERATOR, "✅ Paid", { editMessageId: waiting.message_id }));
    clock.advance(1000);
    const outbox = sender();

    expect(await outbox.tick()).toBe(2);
    expect(delivered(MANAGER)).toEqual([
      ["In the last minute (one message for 31):", "✅ 30 M-Pesa payments, KES 3,000", "💵 1 cash payment, KES 50", "/payments lists each one."].join("\n"),
    ]);
    expect(telegram.message(OPERATOR, waiting.message_id)?.text).toBe("✅ Paid");
    expect(await db.outboxMessage.count({ where: { chatId: MANAGER, status: "SENT", coalesced: true } })).toBe(31);

    // More come within the minute: gathered, not sent one by one, and not before the minute is over.
    await enqueue(paid(100, 200), paid(101, 200));
    clock.advance(30_000);
    expect(await outbox.tick()).toBe(0);
    expect(outbox.pacedUntil()).toEqual(new Date(clock.now().getTime() + 30_000));
    clock.advance(30_000);
    expect(await outbox.tick()).toBe(1);
    expect(delivered(MANAGER)[1]).toContain("✅ 2 M-Pesa payments, KES 400");

    clock.advance(10 * 60_000);
    expect(await outbox.tick()).toBe(0);
    expect(delivered(MANAGER)).toHaveLength(2);
    expect(await db.outboxMessage.count({ where: { status: { not: "SENT" } } })).toBe(0);
    expect(telegram.rateLimited).toBe(0);
  });

  it("never coalesces edits or notices without a summary fact, and sends a few routine notices one by one", async () => {
    const routine = (i: number) => entry(`paid:${i}`, MANAGER, `paid ${i}`, { summary: { kind: "mpesa_paid", amountKes: 100 } });
    await enqueue(routine(1), routine(2), routine(3), entry("ask", MANAGER, "Approve?"), ...[4, 5, 6].map(routine));
    const outbox = sender();
    let sent = 0;
    for (let second = 0; second < 10; second++) {
      sent += await outbox.tick();
      clock.advance(1000);
    }
    expect(sent).toBe(7);
    expect(delivered(MANAGER)).toEqual(["paid 1", "paid 2", "paid 3", "Approve?", "paid 4", "paid 5", "paid 6"]);
  });

  it("honours a 429 from Telegram's limits: the chat waits retry_after, the others go on", async () => {
    telegram.enforceLimits({ now: () => clock.now().getTime() });
    // Another instance (or the bot answering a tap) has just written to the operator's chat.
    await api().sendMessage(OPERATOR, "answer to a tap");
    await enqueue(entry("a", OPERATOR, "to operator"), entry("m", MANAGER, "to manager"));
    const outbox = sender();

    expect(await outbox.tick()).toBe(0); // the oldest goes first, alone, and is refused
    expect(await row("a")).toMatchObject({ status: "PENDING", attempts: 0, nextAttemptAt: new Date(clock.now().getTime() + 1000) });
    expect(await outbox.tick()).toBe(1);
    expect(delivered(MANAGER)).toEqual(["to manager"]);
    clock.advance(1000);
    expect(await outbox.tick()).toBe(1);
    expect(delivered(OPERATOR)).toEqual(["answer to a tap", "to operator"]);
    expect(telegram.rateLimited).toBe(1);
  });

  it("waits as long as a 429 says, without counting it as a failure, then sends once", async () => {
    await enqueue(entry("a1", OPERATOR, "operator 1"), entry("a2", OPERATOR, "operator 2"));
    clock.advance(10);
    await enqueue(entry("m", MANAGER, "manager"));
    telegram.failNext(1, { status: 429, description: "Too Many Requests: retry after 30", retryAfter: 30 });
    const outbox = sender();
    const limitedAt = clock.now();

    expect(await outbox.tick()).toBe(0);
    expect(await row("a1")).toMatchObject({
      status: "PENDING",
      attempts: 0,
      nextAttemptAt: new Date(limitedAt.getTime() + 30_000),
      claimedBy: null,
      lastError: "429: Too Many Requests: retry after 30",
    });
    // The rest of that chat waits too; other chats go on at the next tick.
    expect((await row("a2")).nextAttemptAt).toEqual(new Date(limitedAt.getTime() + 30_000));
    expect(await outbox.tick()).toBe(1);
    expect(delivered(MANAGER)).toEqual(["manager"]);

    clock.advance(29_999);
    expect(await outbox.tick()).toBe(0);
    expect(delivered(OPERATOR)).toEqual([]);
    expect(telegram.callsOf("sendMessage")).toHaveLength(2); // the refused one and the manager's

    clock.advance(1);
    expect(await outbox.tick()).toBe(1);
    clock.advance(1000);
    expect(await outbox.tick()).toBe(1);
    clock.advance(60_000);
    expect(await outbox.tick()).toBe(0);

    expect(delivered(OPERATOR)).toEqual(["operator 1", "operator 2"]);
    expect(await row("a1")).toMatchObject({ status: "SENT", attempts: 0 });
  });

  it("keeps each chat's order: a newer row waits while an older one of its chat backs off or is held by another sender", async () => {
    const waiting = await api().sendMessage(OPERATOR, "Waiting for the customer's PIN…");
    await enqueue(entry("a1", OPERATOR, "❓ No final answer yet", { editMessageId: waiting.message_id }));
    clock.advance(10);
    await enqueue(entry("a2", OPERATOR, "✅ Paid", { editMessageId: waiting.message_id }), entry("m", MANAGER, "to manager"));
    telegram.failNext(1, { status: 502, description: "Bad Gateway" });
    const outbox = sender();

    expect(await outbox.tick()).toBe(0);
    expect(await row("a1")).toMatchObject({ status: "PENDING", attempts: 1 });
    // a1 is backing off: a2 must not go out before it (the retried a1 would then overwrite it).
    expect(await outbox.tick()).toBe(1);
    expect(delivered(MANAGER)).toEqual(["to manager"]);
    expect(await outbox.tick()).toBe(0);
    expect(await row("a2")).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(telegram.callsOf("editMessageText")).toHaveLength(1); // the failed a1

    // a1 is due again but another sender holds it: a2 still waits.
    clock.advance(outboxRetryDelayMs(1));
    await db.outboxMessage.update({
      where: { dedupeKey: "a1" },
      data: { claimedBy: "other-instance", claimedUntil: new Date(clock.now().getTime() + 60_000) },
    });
    expect(await outbox.tick()).toBe(0);
    expect(await row("a2")).toMatchObject({ status: "PENDING" });

    // Released: both go out, in order, and the message ends with the newer result.
    await db.outboxMessage.update({ where: { dedupeKey: "a1" }, data: { claimedBy: null, claimedUntil: null } });
    expect(await outbox.tick()).toBe(1);
    expect(await outbox.tick()).toBe(0); // the chat's pace: a second between its messages
    clock.advance(1000);
    expect(await outbox.tick()).toBe(1);
    expect(telegram.callsOf("editMessageText").map((call) => call.params.text)).toEqual(["❓ No final answer yet", "❓ No final answer yet", "✅ Paid"]);
    expect(telegram.message(OPERATOR, waiting.message_id)?.text).toBe("✅ Paid");
    expect(await row("a1")).toMatchObject({ status: "SENT" });
    expect(await row("a2")).toMatchObject({ status: "SENT" });
  });

  it("records a huge error text from Telegram cut short, in time that grows with its length only", async () => {
    // 100,000 letters with no URL in them: a URL pattern tried from every letter takes minutes on this.
    await enqueue(entry("huge", OPERATOR, "to operator"));
    telegram.failNext(1, { status: 400, description: `Bad Request: ${"a".repeat(100_000)}` });
    const started = performance.now();
    await sender().tick();
    const hugeMs = performance.now() - started;
    expect((await row("huge")).lastError).toHaveLength(500);

    await enqueue(entry("small", MANAGER, "to manager"));
    telegram.failNext(1, { status: 400, description: "Bad Request: chat not found" });
    const smallStarted = performance.now();
    await sender().tick();
    const smallMs = performance.now() - smallStarted;
    // A ratio, not a wall time: the same tick with a short text, plus room for reading 100 KB.
    expect(hugeMs).toBeLessThan(20 * smallMs + 200);
  });

  it("delivers every message exactly once after Telegram was down for a while (502s), backing off exponentially", async () => {
    await enqueue(entry("a", OPERATOR, "to operator"), entry("m1", MANAGER, "to manager 1"), entry("m2", OTHER_MANAGER, "to manager 2"));
    telegram.failNext(7, { status: 502, description: "Bad Gateway" });
    const outbox = sender();

    // The first failure ends the tick: the others are not hammered while Telegram is down.
    expect(await outbox.tick()).toBe(0);
    expect(telegram.callsOf("sendMessage")).toHaveLength(1);
    expect(await row("a")).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "502: Bad Gateway",
      claimedBy: null,
      nextAttemptAt: new Date(T0.getTime() + 2000),
    });
    await outbox.tick();
    await outbox.tick();
    // Everything is backing off now: no call until the first retry is due.
    expect(await outbox.tick()).toBe(0);
    clock.advance(1999);
    expect(await outbox.tick()).toBe(0);
    expect(telegram.callsOf("sendMessage")).toHaveLength(3);

    clock.advance(1);
    expect(await outbox.tick()).toBe(0);
    expect(await row("a")).toMatchObject({ attempts: 2, nextAttemptAt: new Date(clock.now().getTime() + 4000) });

    let sent = 0;
    for (let second = 0; second < 600 && sent < 3; second++) {
      sent += await outbox.tick();
      clock.advance(1000);
    }

    expect(sent).toBe(3);
    expect(delivered(OPERATOR)).toEqual(["to operator"]);
    expect(delivered(MANAGER)).toEqual(["to manager 1"]);
    expect(delivered(OTHER_MANAGER)).toEqual(["to manager 2"]);
    expect(telegram.callsOf("sendMessage")).toHaveLength(7 + 3);
    for (const key of ["a", "m1", "m2"]) expect((await row(key)).status).toBe("SENT");
    clock.advance(60 * 60_000);
    expect(await outbox.tick()).toBe(0);
    expect(telegram.callsOf("sendMessage")).toHaveLength(10);
  });

  it("retries after a network error, storing an error without the bot token or the URL", async () => {
    const unreachable = await new FakeTelegram().start();
    const deadRoot = unreachable.url;
    await unreachable.stop();
    await enqueue(entry("a", OPERATOR, "to operator"));

    expect(await sender({ api: api(deadRoot) }).tick()).toBe(0);
    const failed = await row("a");
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, claimedBy: null, nextAttemptAt: new Date(T0.getTime() + 2000) });
    expect(failed.lastError).toMatch(/Network request for 'sendMessage' failed/);
    expect(failed.lastError).not.toContain(FAKE_TOKEN);
    expect(failed.lastError).not.toContain(FAKE_TOKEN.split(":")[1]);
    expect(failed.lastError).not.toMatch(/https?:|127\.0\.0\.1/);

    // Telegram is reachable again (a fresh process, say): sent once when due.
    const back = sender({ instanceId: "sender-2" });
    expect(await back.tick()).toBe(0);
    clock.advance(2000);
    expect(await back.tick()).toBe(1);
    expect(delivered(OPERATOR)).toEqual(["to operator"]);
    await log.flush();
    expect(JSON.stringify(log.lines)).not.toContain(FAKE_TOKEN);
  });

  it.each([
    { status: 403, description: "Forbidden: bot was blocked by the user" },
    { status: 400, description: "Bad Request: chat not found" },
  ])("gives up on a permanent refusal ($status) at once, logs it, and still sends to the other chats", async (failure) => {
    await enqueue(entry("blocked", OPERATOR, "to operator"), entry("m", MANAGER, "to manager"));
    telegram.failNext(1, failure);
    const outbox = sender();

    expect(await outbox.tick()).toBe(1);

    expect(await row("blocked")).toMatchObject({ status: "DEAD", attempts: 1, lastError: `${failure.status}: ${failure.description}`, claimedBy: null });
    expect(delivered(MANAGER)).toEqual(["to manager"]);
    clock.advance(24 * 60 * 60_000);
    expect(await outbox.tick()).toBe(0);
    expect(telegram.callsOf("sendMessage")).toHaveLength(2);
    await log.flush();
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 40, dedupeKey: "blocked", error: `${failure.status}: ${failure.description}` }));
  });

  it("gives up on a row whose payload cannot be read, without blocking the others", async () => {
    await db.outboxMessage.create({ data: { dedupeKey: "broken", chatId: BigInt(OPERATOR), payload: { buttons: "nope" }, nextAttemptAt: T0, createdAt: T0 } });
    await enqueue(entry("m", MANAGER, "to manager"));

    expect(await sender().tick()).toBe(1);

    expect(await row("broken")).toMatchObject({ status: "DEAD", lastError: "invalid payload" });
    expect(telegram.callsOf("sendMessage").map((call) => call.params.chat_id)).toEqual([MANAGER]);
  });

  it("gives up as DEAD after maxAttempts transient failures", async () => {
    await enqueue(entry("a", OPERATOR, "to operator"));
    telegram.failNext(100, { status: 502, description: "Bad Gateway" });
    const outbox = sender({ maxAttempts: 4 });

    for (let i = 0; i < 20; i++) {
      await outbox.tick();
      clock.advance(outboxRetryDelayMs(10));
    }

    expect(await row("a")).toMatchObject({ status: "DEAD", attempts: 4, lastError: "502: Bad Gateway" });
    expect(telegram.callsOf("sendMessage")).toHaveLength(4);
    await log.flush();
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 40, dedupeKey: "a", attempts: 4 }));
  });

  it("after a restart, takes over a row claimed by a dead sender once its claim expired, and repeats nothing already sent", async () => {
    await enqueue(entry("a", OPERATOR, "to operator"), entry("m1", MANAGER, "to manager 1"), entry("m2", OTHER_MANAGER, "to manager 2"));
    // The first process claims the three, sends one message, and dies before the other requests leave.
    const dyingApi = api();
    let calls = 0;
    let died!: () => void;
    const deathReached = new Promise<void>((resolve) => (died = resolve));
    dyingApi.config.use((prev, method, payload, signal) => {
      calls++;
      if (calls >= 2) {
        died();
        return new Promise(() => {});
      }
      return prev(method, payload, signal);
    });
    const claimMs = 60_000;
    void sender({ api: dyingApi, instanceId: "dead-process", claimMs }).tick();
    await deathReached;

    // The requests of one round go out together: "a" is marked SENT while the others are on their way.
    await vi.waitFor(async () => expect(await row("a")).toMatchObject({ status: "SENT" }));
    for (const key of ["m1", "m2"])
      expect(await row(key)).toMatchObject({ status: "PENDING", claimedBy: "dead-process", claimedUntil: new Date(T0.getTime() + claimMs) });

    // A new process on the same database.
    const restarted = new OutboxSender({
      db: await openAnotherDb(),
      api: api(),
      now: clock.now,
      logger: log.logger,
      instanceId: "new-process",
      defaultLocale: "en",
      claimMs,
    });
    clock.advance(1000);
    expect(await restarted.tick()).toBe(0); // still held
    expect(delivered(MANAGER)).toEqual([]);

    clock.advance(claimMs);
    expect(await restarted.tick()).toBe(2);
    expect(await restarted.tick()).toBe(0);

    expect(delivered(OPERATOR)).toEqual(["to operator"]);
    expect(delivered(MANAGER)).toEqual(["to manager 1"]);
    expect(delivered(OTHER_MANAGER)).toEqual(["to manager 2"]);
    for (const key of ["a", "m1", "m2"]) expect(await row(key)).toMatchObject({ status: "SENT", claimedBy: null, claimedUntil: null });
  });

  it("a crash between Telegram's answer and the SENT mark repeats the call after the claim expires (at-least-once): an edit stays one message", async () => {
    const waiting = await api().sendMessage(OPERATOR, "Waiting for the customer's PIN…");
    // Each of two processes claims a message, gets Telegram's answer, then dies before recording it.
    const answeredBeforeDying = (): { api: Api; answered: Promise<void> } => {
      const dyingApi = api();
      let answered!: () => void;
      const promise = new Promise<void>((resolve) => (answered = resolve));
      dyingApi.config.use(async (prev, method, payload, signal) => {
        await prev(method, payload, signal);
        answered();
        return new Promise<never>(() => {});
      });
      return { api: dyingApi, answered: promise };
    };
    await enqueue(entry("edit", OPERATOR, "Paid: receipt QJK1", { editMessageId: waiting.message_id }));
    const first = answeredBeforeDying();
    void sender({ api: first.api, instanceId: "dead-process-1" }).tick();
    await first.answered;
    await enqueue(entry("new", MANAGER, "Paid: receipt QJK1"));
    const second = answeredBeforeDying();
    void sender({ api: second.api, instanceId: "dead-process-2", db: await openAnotherDb() }).tick();
    await second.answered;
    expect(telegram.message(OPERATOR, waiting.message_id)?.text).toBe("Paid: receipt QJK1");

    const restarted = sender({ instanceId: "new-process", db: await openAnotherDb() });
    clock.advance(60_001);
    expect(await restarted.tick()).toBe(2);

    // The edit was repeated, Telegram said "not modified": still one message in the operator's chat.
    expect(telegram.callsOf("editMessageText")).toHaveLength(2);
    expect(delivered(OPERATOR)).toEqual(["Paid: receipt QJK1"]);
    // A new message is the documented window: it is not lost, but it may arrive twice.
    expect(delivered(MANAGER)).toEqual(["Paid: receipt QJK1", "Paid: receipt QJK1"]);
    expect((await row("edit")).status).toBe("SENT");
    expect((await row("new")).status).toBe("SENT");
  });

  it("two senders running on one database: one dies mid-send, the other goes on with every other chat at once and takes over its rows once their claim expired", async () => {
    await enqueue(
      entry("x1", OPERATOR, "first"),
      entry("x2", OPERATOR, "second"),
      entry("m1", MANAGER, "to manager 1"),
      entry("m2", OTHER_MANAGER, "to manager 2"),
    );
    // Instance A sends its first pick, then dies with the requests of its other picks on their way.
    const dyingApi = api();
    let calls = 0;
    let died!: () => void;
    const deathReached = new Promise<void>((resolve) => (died = resolve));
    dyingApi.config.use((prev, method, payload, signal) => {
      if (++calls === 1) return prev(method, payload, signal);
      died();
      return new Promise(() => {});
    });
    const claimMs = 60_000;
    void sender({ api: dyingApi, instanceId: "instance-a", claimMs }).tick();
    await deathReached;
    // A's first pick is marked SENT while its other requests are on their way (on PostgreSQL, maybe after).
    await vi.waitFor(async () => expect(await row("x1")).toMatchObject({ status: "SENT" }));
    const b = sender({ instanceId: "instance-b", claimMs });

    // A second later, B sends the operator's next message; the managers' wait for A's claims to expire.
    clock.advance(1000);
    expect(await b.tick()).toBe(1);
    expect(delivered(OPERATOR)).toEqual(["first", "second"]);
    expect(delivered(MANAGER)).toEqual([]);
    expect(await row("m1")).toMatchObject({ status: "PENDING", claimedBy: "instance-a" });

    clock.advance(claimMs);
    expect(await b.tick()).toBe(2);
    expect(await b.tick()).toBe(0);
    expect(delivered(MANAGER)).toEqual(["to manager 1"]);
    expect(delivered(OTHER_MANAGER)).toEqual(["to manager 2"]);
    expect(telegram.callsOf("sendMessage")).toHaveLength(4);
    for (const key of ["x1", "x2", "m1", "m2"]) expect(await row(key)).toMatchObject({ status: "SENT", claimedBy: null });
  });

  it("two senders ticking at once on one database send each message once", async () => {
    const chats = [7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008];
    await enqueue(...chats.map((chat) => entry(`n:${chat}`, chat, `hello ${chat}`)));
    // Both senders read the same due rows before either claims one: only the conditional claim can keep
    // them from both sending.
    let arrived = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const barrier = (target: Db): Db =>
      interceptQueries(target, ["outboxMessage.findMany"], async (query, args) => {
        const rows = await query(...args);
        if (++arrived === 2) release();
        await bothRead;
        return rows;
      });
    const a = sender({ db: barrier(db), instanceId: "instance-a" });
    const b = sender({ db: barrier(await openAnotherDb()), instanceId: "instance-b", api: api() });

    const [sentByA, sentByB] = await Promise.all([a.tick(), b.tick()]);

    expect(sentByA + sentByB).toBe(chats.length);
    expect(telegram.callsOf("sendMessage")).toHaveLength(chats.length);
    for (const chat of chats) expect(delivered(chat)).toEqual([`hello ${chat}`]);
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(chats.length);
  });

  it("three senders on one database, ticking together while the clock moves, send each of many messages once and each chat in order", async () => {
    const chats = Array.from({ length: 12 }, (_, i) => 8000 + i);
    await enqueue(...chats.flatMap((chat) => [1, 2, 3, 4].map((n) => entry(`n:${chat}:${n}`, chat, `${chat} #${n}`))));
    const senders = [
      sender({ instanceId: "a" }),
      sender({ instanceId: "b", db: await openAnotherDb() }),
      sender({ instanceId: "c", db: await openAnotherDb() }),
    ];

    for (let second = 0; second < 10; second++) {
      await Promise.all(senders.map((each) => each.tick()));
      clock.advance(1000);
    }

    for (const chat of chats) expect(delivered(chat)).toEqual([1, 2, 3, 4].map((n) => `${chat} #${n}`));
    expect(telegram.callsOf("sendMessage")).toHaveLength(chats.length * 4);
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(chats.length * 4);
  });

  it("runs as a loop: start ticks, wake sends what was just enqueued, stop waits for the tick in flight", async () => {
    const gatedApi = api();
    let gate: (() => void) | undefined;
    let gateReached!: () => void;
    const reached = new Promise<void>((resolve) => (gateReached = resolve));
    gatedApi.config.use(async (prev, method, payload, signal) => {
      if ((payload as { text?: string }).text === "third") {
        await new Promise<void>((resolve) => {
          gate = resolve;
          gateReached();
        });
      }
      return prev(method, payload, signal);
    });
    const outbox = sender({ api: gatedApi });
    await enqueue(entry("1", OPERATOR, "first"));

    outbox.start(60 * 60_000); // a long interval: only start and wake can explain the sends below
    await telegram.waitForCall((call) => call.params.text === "first");

    await enqueue(entry("2", OPERATOR, "second"));
    clock.advance(1000); // the chat's pace: a second after "first"
    outbox.wake();
    await telegram.waitForCall((call) => call.params.text === "second");

    await enqueue(entry("3", MANAGER, "third"));
    outbox.wake();
    await reached;
    let stopped = false;
    const stopping = outbox.stop().then(() => (stopped = true));
    for (let i = 0; i < 5; i++) await turn();
    expect(stopped).toBe(false);
    gate?.();
    await stopping;

    expect(await row("3")).toMatchObject({ status: "SENT" });
    expect(delivered(OPERATOR)).toEqual(["first", "second"]);
    expect(delivered(MANAGER)).toEqual(["third"]);
  });
});
