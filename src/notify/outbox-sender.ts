// Delivers the notification outbox to Telegram.
//
// Rows are written by the services (src/services/outbox.ts) in the same transaction as the change they
// announce, and the services wake the sender once committed (ServiceContext.messagesQueued); the loop
// also looks every `intervalMs` for retries coming due and for rows other instances left, and when a
// chat's pace allows its next message. Rounds are ROUND_REST_MS apart at least. Each round claims the
// rows it will send with one conditional update (so several app instances on one database never both
// take a row), calls Telegram outside any transaction, and records each outcome at once.
//
// Delivery guarantee: at-least-once, with a small window. A row is marked SENT right after Telegram
// answers; if the process dies between Telegram's answer and that write (or a request times out after
// Telegram processed it), the row is sent again once its claim expires. Edits are naturally idempotent
// (the repeat answers "message is not modified", which counts as delivered); a new message may then
// appear twice. Nothing is lost: a claimed row whose sender died is taken over after `claimMs`.
//
// Order per chat: rows of a chat are sent in the order they were written (by id), one at a time: only
// the oldest PENDING row of a chat is a candidate, and only while it is due and nobody holds it. So a
// row is not sent while an older row of its chat is still PENDING, whether another sender holds it or it
// is backing off after a failure: otherwise a retried older edit ("unknown") could overwrite the newer
// result ("paid") in the operator's message. A DEAD row no longer holds its chat up.
//
// Fairness and Telegram's limits: a round takes the oldest row of every chat with rows due (not the
// oldest rows overall), so a chat's backlog never delays another chat. Each chat is paced on the
// injected clock: a private chat gets a message at most every second, a group chat (a negative id) every
// 3 s (20 a minute); new messages are paced to 30 a second for the bot (Telegram's limit for messages to
// many users; edits of a message are paced per chat only). A round sends its oldest pick first, and the
// others (at most one per chat) together only once that one went through: a Telegram outage costs one
// request per round. Pacing is per process: instances sharing a database may together go past a limit,
// and then Telegram's 429 paces them. A 429 pushes every pending message of that chat to the time
// Telegram gives (not a failed attempt); a 5xx or network error counts an attempt and backs off (2 s
// doubling, capped at 5 min).
//
// Summaries: a manager's routine notices (payments and their failures, cash taken: the payloads that
// carry a `summary` fact and edit no message) are coalesced into one summary message when more than
// COALESCE_ABOVE of them wait at the chat's turn (sent one a second, the last would come seconds late).
// After a summary, that chat's routine notices wait until SUMMARY_EVERY_MS after it and go out as the
// next summary, unless something else (not coalescible) waits behind them. The rows a summary covers are
// marked SENT with `coalesced` set: nothing is lost, each is counted in exactly one summary. Edits of an
// operator's message are never coalesced (each edits a different message), nor notices that ask for
// action or name what to act on (amount mismatch, paid twice, unmatched money, adjustments).
//
// Photos: a row carrying a chart (the daily summary's) is drawn when it is sent (src/charts/) and goes out
// as a photo with the row's text as its caption, paced as a new message.
//
// Recipients: a message to someone taken off the staff since it was written is not sent (given up as
// DEAD). Messages go to staff's private chats, whose id is their Telegram id.
//
// Times (nextAttemptAt, claimedUntil, pacing) come from the injected clock of each instance: instances
// sharing a database should have synchronised clocks (claims are a minute long, so NTP-level skew is
// harmless).
import { GrammyError, InputFile, type Api } from "grammy";
import { takingsChartPng } from "../charts/takings-chart.js";
import type { Db } from "../db/client.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { OutboxChart, OutboxPayload } from "../services/outbox.js";
import { localeOf, type Locale } from "../domain/locale.js";
import { inLocale } from "../texts/i18n.js";
import { texts } from "../texts/index.js";
import { inlineKeyboard, readPayload } from "./payload.js";
import { cannotEdit, classify, describeError, isNotModified, type Outcome } from "./telegram-outcome.js";

export interface OutboxSenderOptions {
  db: Db;
  api: Api;
  now: () => Date;
  logger: Logger;
  /** Written to `claimedBy`; unique per running process (e.g. hostname + pid + random). */
  instanceId: string;
  /** The language of chats whose staff member chose none: summaries and charts are written when sent. */
  defaultLocale: Locale;
  /** How long a claim holds a row before another sender may take it over (default 60 s). */
  claimMs?: number;
  /** Failed attempts (5xx, network) before a row is given up as DEAD (default 60: hours of outage). */
  maxAttempts?: number;
  /** A Telegram request is abandoned after this long; must stay well below `claimMs` (default claimMs / 2). */
  requestTimeoutMs?: number;
}

const DEFAULT_CLAIM_MS = 60_000;
const DEFAULT_MAX_ATTEMPTS = 60;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;
/** Telegram: about one message a second in a private chat, 20 a minute in a group, 30 new messages a second for the bot. */
const PRIVATE_CHAT_GAP_MS = 1_000;
const GROUP_CHAT_GAP_MS = 3_000;
const NEW_MESSAGES_PER_SECOND = 30;
/** Requests a round makes at most (edits are not limited per bot): what is left goes in the next round, at once. */
const MAX_REQUESTS_PER_ROUND = 100;
/** The loop's rest between two rounds (a wake while it is idle starts a round at once). */
const ROUND_REST_MS = 100;
/** More routine notices than this waiting in a chat at its turn are sent as one summary. */
const COALESCE_ABOVE = 5;
/** After a summary, the chat's routine notices are gathered for this long into the next one. */
const SUMMARY_EVERY_MS = 60_000;

/** Wait before the next try after `attempts` failed ones: 2 s, 4 s, 8 s, … capped at 5 min. */
export function outboxRetryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

type GrammySignal = Parameters<Api["sendMessage"]>[3];

/** What a round sends to one chat: its oldest row, or (a summary) the run of routine notices it starts. */
interface Pick {
  chatKey: string;
  head: OutboxMessage;
  /** The rows a summary covers, head first; empty for a single row. */
  summarised: OutboxMessage[];
}

export class OutboxSender {
  private readonly db: Db;
  private readonly api: Api;
  private readonly now: () => Date;
  private readonly logger: Logger;
  private readonly instanceId: string;
  private readonly defaultLocale: Locale;
  private readonly claimMs: number;
  private readonly maxAttempts: number;
  private readonly requestTimeoutMs: number;

  /** When each chat may get its next message (ms on the injected clock); past entries are dropped. */
  private readonly chatFreeAt = new Map<string, number>();
  /** Chats whose routine notices are gathered for their next summary: since the last one, and the newest row seen. */
  private readonly gathering = new Map<string, { since: number; seenUpTo: number }>();
  /** When the new messages of the last second went out. */
  private newMessagesAt: number[] = [];
  /** The earliest time the last round left due messages waiting for a pace (a chat's, the bot's, a summary's). */
  private pacedUntilMs: number | undefined;

  private running = false;
  private intervalMs = 1000;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private wokenDuringTick = false;

  constructor(options: OutboxSenderOptions) {
    this.db = options.db;
    this.api = options.api;
    this.now = options.now;
    this.logger = options.logger;
    this.instanceId = options.instanceId;
    this.defaultLocale = options.defaultLocale;
    this.claimMs = options.claimMs ?? DEFAULT_CLAIM_MS;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.requestTimeoutMs = options.requestTimeoutMs ?? Math.floor(this.claimMs / 2);
    if (this.claimMs < 1 || this.maxAttempts < 1) throw new Error("OutboxSender: claimMs and maxAttempts must be positive");
    if (this.requestTimeoutMs >= this.claimMs) throw new Error("OutboxSender: requestTimeoutMs must be shorter than claimMs");
  }

  /**
   * One round: sends the oldest due row of every chat whose pace allows (or its summary), and records
   * each outcome right after. Returns how many messages were delivered.
   */
  async tick(): Promise<number> {
    const now = this.now();
    const nowMs = now.getTime();
    this.pacedUntilMs = undefined;
    this.forgetPast(nowMs);
    // Each chat's oldest PENDING row, whatever its state: a chat waits while it is not due or held. Read
    // with the staff taken off (a short list), so that the two take one turn on the database.
    const [chats, inactive] = await Promise.all([
      this.db.outboxMessage.groupBy({ by: ["chatId"], where: { status: "PENDING" }, _min: { id: true }, _count: { _all: true } }),
      this.db.staff.findMany({ where: { active: false }, select: { telegramId: true } }),
    ]);
    if (chats.length === 0) return 0;
    const pending = new Map(chats.map((chat) => [chat.chatId.toString(), chat._count._all]));
    // Only the heads of chats whose pace allows a message now are read.
    const headIds: number[] = [];
    for (const chat of chats) {
      const freeAt = this.chatFreeAt.get(chat.chatId.toString());
      if (freeAt !== undefined) this.pacedTill(freeAt);
      else if (chat._min.id !== null) headIds.push(chat._min.id);
    }
    const dueHeads =
      headIds.length === 0 ? [] : await this.db.outboxMessage.findMany({ where: { id: { in: headIds }, ...this.dueWhere(now) }, orderBy: { id: "asc" } });
    const heads = await this.withoutDeactivated(
      dueHeads,
      inactive.map((staff) => staff.telegramId),
      now,
    );
    const picks = await this.choose(heads, pending, nowMs);
    if (picks.length === 0) return 0;

    const claimed = await this.claim(picks.flatMap((pick) => (pick.summarised.length > 0 ? pick.summarised : [pick.head])).map((row) => row.id));
    const ready = picks.flatMap((pick): Pick[] => {
      const head = claimed.get(pick.head.id);
      if (!head) return [];
      // A summary covers the rows claimed in an unbroken run from the head (another sender may hold the rest).
      const run: OutboxMessage[] = [];
      for (const row of pick.summarised) {
        const ours = claimed.get(row.id);
        if (!ours) break;
        run.push(ours);
      }
      return [{ chatKey: pick.chatKey, head, summarised: run.length > 1 ? run : [] }];
    });
    // Rows claimed but not sent this round (behind a head or a gap another sender took) are let go at once.
    const used = new Set(ready.flatMap((pick) => [pick.head.id, ...pick.summarised.map((row) => row.id)]));
    await this.release([...claimed.values()].filter((row) => !used.has(row.id)));
    const [first, ...rest] = ready;
    if (!first) return 0;
    const probe = await this.send(first, pending);
    if (probe.outcome.kind === "rate_limited" || probe.outcome.kind === "transient") {
      // Telegram asked us to slow down, or looks unreachable: the rest waits for a later round.
      await Promise.all([probe.recorded, this.release(rest.flatMap((pick) => [pick.head, ...pick.summarised]))]);
      return 0;
    }
    // The rest go out while the first one's outcome is being written.
    const outcomes = await Promise.all([
      probe.recorded.then(() => probe.outcome),
      ...rest.map(async (pick) => {
        const { outcome, recorded } = await this.send(pick, pending);
        await recorded;
        return outcome;
      }),
    ]);
    return outcomes.filter((outcome) => outcome.kind === "sent").length;
  }

  /** When the last round left due messages waiting only for a pace to allow them; undefined if none. */
  pacedUntil(): Date | undefined {
    return this.pacedUntilMs === undefined ? undefined : new Date(this.pacedUntilMs);
  }

  /** Runs a round now, then whenever a pace allows more, or every `intervalMs`, until stop(). */
  start(intervalMs = 1000): void {
    if (this.running) return;
    this.running = true;
    this.intervalMs = intervalMs;
    this.schedule(0);
  }

  /** Makes the loop run a round now (call after enqueueing). Does nothing when the loop is not running. */
  wake(): void {
    if (!this.running) return;
    if (this.inFlight) {
      this.wokenDuringTick = true;
      return;
    }
    this.schedule(0);
  }

  /** Stops the loop; resolves once the round in flight, if any, has finished. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runLoopTick();
    }, delayMs);
  }

  private async runLoopTick(): Promise<void> {
    if (!this.running || this.inFlight) return;
    this.wokenDuringTick = false;
    const tick = this.tick().then(
      () => undefined,
      (error: unknown) => this.logger.error({ err: error }, "outbox: tick failed"),
    );
    this.inFlight = tick;
    await tick;
    this.inFlight = undefined;
    // stop() and wake() change these while the tick is awaited; TypeScript's narrowing does not see that.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (!this.running) return;
    const paced = this.pacedUntilMs === undefined ? this.intervalMs : Math.max(0, this.pacedUntilMs - this.now().getTime());
    // Under a steady stream of wakes, a short rest between rounds lets each take what came meanwhile in
    // one go: fewer statements competing with the services for the database, for ROUND_REST_MS of delay.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    this.schedule(Math.max(ROUND_REST_MS, this.wokenDuringTick ? 0 : Math.min(this.intervalMs, paced)));
  }

  private dueWhere(now: Date) {
    return {
      status: "PENDING" as const,
      nextAttemptAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
    };
  }

  /** Notes that due messages wait until `ms` for a pace. */
  private pacedTill(ms: number): void {
    this.pacedUntilMs = Math.min(this.pacedUntilMs ?? Infinity, ms);
  }

  private forgetPast(nowMs: number): void {
    for (const [chat, at] of this.chatFreeAt) if (at <= nowMs) this.chatFreeAt.delete(chat);
    // Kept a minute past its end for the summary it gathered for; then nothing came, so no summary.
    for (const [chat, { since }] of this.gathering) if (since + 2 * SUMMARY_EVERY_MS <= nowMs) this.gathering.delete(chat);
    this.newMessagesAt = this.newMessagesAt.filter((at) => at > nowMs - 1000);
  }

  /** Which heads go out this round, each alone or as a summary, within the chats' and the bot's pace. */
  private async choose(heads: OutboxMessage[], pending: Map<string, number>, nowMs: number): Promise<Pick[]> {
    let newMessages = NEW_MESSAGES_PER_SECOND - this.newMessagesAt.length;
    const allowed = heads.map((head) => ({ head, payload: readPayload(head.payload), chatKey: head.chatId.toString() }));
    const runs = await this.routineRuns(
      allowed.filter(({ payload, chatKey }) => coalescible(payload) && (this.gathering.has(chatKey) || (pending.get(chatKey) ?? 0) > COALESCE_ABOVE)),
      new Date(nowMs),
    );
    const picks: Pick[] = [];
    for (const { head, payload, chatKey } of allowed) {
      if (picks.length >= MAX_REQUESTS_PER_ROUND) {
        this.pacedTill(nowMs);
        break;
      }
      const run = runs.get(chatKey);
      if (run === "gathering") {
        this.pacedTill((this.gathering.get(chatKey)?.since ?? nowMs) + SUMMARY_EVERY_MS);
        continue;
      }
      if (payload?.editMessageId === undefined) {
        if (newMessages <= 0) {
          this.pacedTill((this.newMessagesAt[0] ?? nowMs) + 1000);
          continue;
        }
        newMessages--;
      }
      picks.push({ chatKey, head, summarised: run ?? [] });
    }
    return picks;
  }

  /**
   * For chats whose head is a routine notice and which either have more than COALESCE_ABOVE waiting or
   * are gathering for a summary: the run a summary covers now, or "gathering" while only routine notices
   * arrived since the last summary (only the rows new since the last round are read). One query.
   */
  private async routineRuns(chats: { head: OutboxMessage; chatKey: string }[], now: Date): Promise<Map<string, OutboxMessage[] | "gathering">> {
    const runs = new Map<string, OutboxMessage[] | "gathering">();
    if (chats.length === 0) return runs;
    const rows = await this.db.outboxMessage.findMany({
      where: { status: "PENDING", OR: chats.map(({ head, chatKey }) => ({ chatId: head.chatId, id: { gt: this.gathering.get(chatKey)?.seenUpTo ?? 0 } })) },
      orderBy: { id: "asc" },
    });
    for (const { head, chatKey } of chats) {
      const chatRows = rows.filter((row) => row.chatId === head.chatId);
      const gathering = this.gathering.get(chatKey);
      if (gathering) {
        const over = gathering.since + SUMMARY_EVERY_MS <= now.getTime();
        if (!over && chatRows.every((row) => coalescible(readPayload(row.payload)))) {
          gathering.seenUpTo = chatRows.at(-1)?.id ?? gathering.seenUpTo;
          runs.set(chatKey, "gathering");
          continue;
        }
        // The minute is over, or something else waits behind the routine notices: summarise them now.
        this.gathering.delete(chatKey);
        const run = routineRun(await this.db.outboxMessage.findMany({ where: { chatId: head.chatId, status: "PENDING" }, orderBy: { id: "asc" } }), now);
        if (run.length > 1) runs.set(chatKey, run);
        continue;
      }
      const run = routineRun(chatRows, now);
      if (run.length > COALESCE_ABOVE) runs.set(chatKey, run);
    }
    return runs;
  }

  /** Gives up the due rows of recipients taken off the staff; returns the other heads. */
  private async withoutDeactivated(heads: OutboxMessage[], inactive: bigint[], now: Date): Promise<OutboxMessage[]> {
    const chats = inactive.filter((chatId) => heads.some((head) => head.chatId === chatId));
    if (chats.length === 0) return heads;
    const { count } = await this.db.outboxMessage.updateMany({
      where: { chatId: { in: chats }, ...this.dueWhere(now) },
      data: { status: "DEAD", lastError: "recipient deactivated", claimedBy: null, claimedUntil: null },
    });
    this.logger.info({ chats: chats.map(String), messages: count }, "outbox: the recipients were deactivated, not sent");
    return heads.filter((head) => !chats.includes(head.chatId));
  }

  /** Takes the rows still due that nobody holds; returns those taken, by id. */
  private async claim(ids: number[]): Promise<Map<number, OutboxMessage>> {
    const now = this.now();
    const rows = await this.db.outboxMessage.updateManyAndReturn({
      where: { id: { in: ids }, ...this.dueWhere(now) },
      data: { claimedBy: this.instanceId, claimedUntil: new Date(now.getTime() + this.claimMs) },
    });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Lets go of claimed rows not sent this round. */
  private async release(rows: OutboxMessage[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.outboxMessage.updateMany({
      where: { id: { in: rows.map((row) => row.id) }, status: "PENDING", claimedBy: this.instanceId },
      data: { claimedBy: null, claimedUntil: null },
    });
  }

  /** Sends a pick (a row, or a summary of rows) and paces its chat; `recorded` settles once its outcome is written. */
  private async send(pick: Pick, pending: Map<string, number>): Promise<{ outcome: Outcome; recorded: Promise<void> }> {
    const { head, summarised } = pick;
    // Paced from the request's start, as Telegram counts messages when they reach it.
    const freeAt = this.now().getTime() + (head.chatId < 0n ? GROUP_CHAT_GAP_MS : PRIVATE_CHAT_GAP_MS);
    this.chatFreeAt.set(pick.chatKey, freeAt);
    const outcome = summarised.length > 0 ? await this.deliverSummary(head, summarised) : await this.deliver(head);
    const doneMs = this.now().getTime();
    if ((pending.get(pick.chatKey) ?? 0) > Math.max(1, summarised.length)) this.pacedTill(freeAt);
    if (summarised.length > 0 && outcome.kind === "sent") {
      const ids = summarised.map((row) => row.id);
      this.gathering.set(pick.chatKey, { since: doneMs, seenUpTo: Math.max(...ids) });
      this.logger.info({ chatId: pick.chatKey, messages: ids.length, firstOutboxId: head.id }, "outbox: sent a summary instead of one message each");
      // Unconditional, as for one row: Telegram has the summary.
      const recorded = this.db.outboxMessage
        .updateMany({
          where: { id: { in: ids } },
          data: { status: "SENT", sentAt: new Date(doneMs), coalesced: true, claimedBy: null, claimedUntil: null },
        })
        .then(() => undefined);
      return { outcome, recorded };
    }
    return { outcome, recorded: Promise.all([this.release(summarised.slice(1)), this.record(head, outcome)]).then(() => undefined) };
  }

  /** A new message, counted towards the bot's pace. */
  private async sendNew(chatId: number, text: string, other: Parameters<Api["sendMessage"]>[2]): Promise<void> {
    this.newMessagesAt.push(this.now().getTime());
    await this.api.sendMessage(chatId, text, other, this.deadline());
  }

  private async deliverSummary(head: OutboxMessage, rows: OutboxMessage[]): Promise<Outcome> {
    const facts = rows.flatMap((row) => {
      const fact = readPayload(row.payload)?.summary;
      return fact ? [fact] : [];
    });
    const minutes = Math.max(1, Math.ceil((this.now().getTime() - head.createdAt.getTime()) / 60_000));
    const text = await this.inLanguageOf(Number(head.chatId), () => texts.notice.manager.summary(minutes, facts));
    try {
      await this.sendNew(Number(head.chatId), text, { link_preview_options: { is_disabled: true } });
      return { kind: "sent" };
    } catch (error) {
      return classify(error);
    }
  }

  /** Renders what is written at send time (a summary, a chart's labels) in the language of the chat's staff member. */
  private async inLanguageOf<T>(chatId: number, render: () => T | Promise<T>): Promise<T> {
    const staff = await this.db.staff.findUnique({ where: { telegramId: BigInt(chatId) }, select: { language: true } });
    return inLocale(localeOf(staff?.language ?? null, this.defaultLocale), render);
  }

  /** Aborts a request that hangs, so that our claim outlives it (grammY types the signal with its polyfill). */
  private deadline(): GrammySignal {
    return AbortSignal.timeout(this.requestTimeoutMs) as unknown as GrammySignal;
  }

  private async deliver(row: OutboxMessage): Promise<Outcome> {
    const payload = readPayload(row.payload);
    if (!payload) return { kind: "permanent", error: "invalid payload" };
    const chatId = Number(row.chatId);
    if (payload.chart) return this.deliverChart(chatId, payload.text, payload.chart);
    // No link previews: a notification carries names and numbers from outside (customers, callbacks),
    // and nothing in it should fetch or show a page.
    const other = {
      link_preview_options: { is_disabled: true },
      ...(payload.buttons && payload.buttons.length > 0 ? { reply_markup: inlineKeyboard(payload.buttons) } : {}),
    };
    try {
      if (payload.editMessageId !== undefined) {
        try {
          await this.api.editMessageText(chatId, payload.editMessageId, payload.text, other, this.deadline());
          return { kind: "sent" };
        } catch (error) {
          if (error instanceof GrammyError && error.error_code === 400 && isNotModified(error.description)) return { kind: "sent" };
          if (!(error instanceof GrammyError && error.error_code === 400 && cannotEdit(error.description))) throw error;
          this.logger.info({ outboxId: row.id, error: describeError(error) }, "outbox: message cannot be edited, sending a new one");
        }
      }
      await this.sendNew(chatId, payload.text, other);
      return { kind: "sent" };
    } catch (error) {
      return classify(error);
    }
  }

  /** A chart drawn now, sent as a photo with its caption. One that cannot be drawn never will be: given up. */
  private async deliverChart(chatId: number, caption: string, chart: OutboxChart): Promise<Outcome> {
    let png: Buffer;
    try {
      png = await this.inLanguageOf(chatId, () => takingsChartPng(chart));
    } catch (error) {
      return { kind: "permanent", error: `chart not drawn: ${describeError(error)}` };
    }
    try {
      this.newMessagesAt.push(this.now().getTime());
      await this.api.sendPhoto(chatId, new InputFile(png, "takings.png"), { caption }, this.deadline());
      return { kind: "sent" };
    } catch (error) {
      return classify(error);
    }
  }

  private async record(row: OutboxMessage, outcome: Outcome): Promise<void> {
    const now = this.now();
    const context = { outboxId: row.id, dedupeKey: row.dedupeKey, chatId: row.chatId.toString() };
    if (outcome.kind === "sent") {
      // Unconditional: Telegram has the message, whatever happened to our claim meanwhile.
      await this.db.outboxMessage.updateMany({
        where: { id: row.id },
        data: { status: "SENT", sentAt: now, claimedBy: null, claimedUntil: null },
      });
      return;
    }
    // Only while we still hold the row: a sender that took it over owns its outcome.
    const ours = { id: row.id, status: "PENDING" as const, claimedBy: this.instanceId };
    if (outcome.kind === "rate_limited") {
      const until = new Date(now.getTime() + outcome.retryAfterSeconds * 1000);
      await this.db.outboxMessage.updateMany({
        where: ours,
        data: { nextAttemptAt: until, lastError: outcome.error, claimedBy: null, claimedUntil: null },
      });
      // The rest of this chat waits too (keeps the order, and no request Telegram would refuse).
      await this.db.outboxMessage.updateMany({
        where: { chatId: row.chatId, status: "PENDING", nextAttemptAt: { lt: until } },
        data: { nextAttemptAt: until },
      });
      this.logger.warn({ ...context, retryAfterSeconds: outcome.retryAfterSeconds }, "outbox: Telegram rate limit, waiting");
      return;
    }
    const attempts = row.attempts + 1;
    if (outcome.kind === "permanent" || attempts >= this.maxAttempts) {
      await this.db.outboxMessage.updateMany({
        where: ours,
        data: { status: "DEAD", attempts, lastError: outcome.error, claimedBy: null, claimedUntil: null },
      });
      this.logger.warn(
        { ...context, attempts, error: outcome.error },
        outcome.kind === "permanent" ? "outbox: Telegram refused the message, giving up" : "outbox: too many failed attempts, giving up",
      );
      return;
    }
    const retryAt = new Date(now.getTime() + outboxRetryDelayMs(attempts));
    await this.db.outboxMessage.updateMany({
      where: ours,
      data: { attempts, nextAttemptAt: retryAt, lastError: outcome.error, claimedBy: null, claimedUntil: null },
    });
    const unauthorized = outcome.cause instanceof GrammyError && outcome.cause.error_code === 401;
    this.logger[unauthorized ? "error" : "info"](
      { ...context, attempts, retryAt: retryAt.toISOString(), error: outcome.error },
      "outbox: send failed, will retry",
    );
  }
}

/** A manager's routine notice, which a summary may stand for. */
function coalescible(payload: OutboxPayload | null): boolean {
  return payload?.summary !== undefined && payload.editMessageId === undefined;
}

/** The routine notices at the head of a chat's waiting rows, due and held by nobody, in order. */
function routineRun(rows: OutboxMessage[], now: Date): OutboxMessage[] {
  const run: OutboxMessage[] = [];
  for (const row of rows) {
    const free = row.claimedUntil === null || row.claimedUntil < now;
    if (!free || row.nextAttemptAt > now || !coalescible(readPayload(row.payload))) break;
    run.push(row);
  }
  return run;
}
